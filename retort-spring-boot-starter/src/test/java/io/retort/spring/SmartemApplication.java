package io.retort.spring;

import io.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.smartem.db.Acquisition;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.ConfigurableApplicationContext;

/** A small Boot application over SmartEM's entities, as a user of the starter writes it. */
@SpringBootApplication
@EntityScan(basePackageClasses = Acquisition.class)
class SmartemApplication {

    /** SmartEM's revision files, found by walking up from the working directory to the repository root. */
    static final Path VERSIONS = versions();

    /** Starts the application on the database with Hibernate validating the entities, plus {@code extra} properties. */
    static ConfigurableApplicationContext start(TestDatabase db, String... extra) {
        List<String> properties = new ArrayList<>(List.of(
                "spring.datasource.url=" + db.url(),
                "spring.jpa.hibernate.ddl-auto=validate",
                "spring.retort.locations=" + VERSIONS,
                "spring.main.banner-mode=off",
                "management.endpoints.web.exposure.include=retort"));
        properties.addAll(List.of(extra));
        return new SpringApplicationBuilder(SmartemApplication.class)
                .web(WebApplicationType.NONE)
                .properties(properties.toArray(String[]::new))
                .run();
    }

    private static Path versions() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("smartem/migrations/versions");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no smartem/migrations/versions above " + Path.of("").toAbsolutePath());
    }
}
