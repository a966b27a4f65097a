package io.retort.spring;

import io.retort.testing.TestDatabase;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartem.db.Acquisition;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.ConfigurableApplicationContext;

/** A small Boot application over SmartEM's entities, as a user of the starter writes it (see the README). */
@SpringBootApplication
@EntityScan(basePackageClasses = Acquisition.class)
class SmartemApplication {

    /** The repository root, found by walking up from the working directory. */
    static final Path ROOT = root();

    /**
     * Starts the application as the README's "Spring Boot" section configures it, on the test's
     * database, plus {@code extra} properties and configuration classes.
     */
    static ConfigurableApplicationContext start(TestDatabase db, List<Class<?>> configurations, String... extra) {
        Map<String, String> properties = new LinkedHashMap<>(readmeProperties());
        properties.put("spring.datasource.url", db.url());
        properties.put("spring.retort.locations", ROOT.resolve(properties.get("spring.retort.locations")).toString());
        properties.put("spring.main.banner-mode", "off");
        for (String property : extra) {
            properties.put(property.substring(0, property.indexOf('=')), property.substring(property.indexOf('=') + 1));
        }
        List<Class<?>> sources = new ArrayList<>(List.of(SmartemApplication.class));
        sources.addAll(configurations);
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .web(WebApplicationType.NONE)
                .properties(properties.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new))
                .run();
    }

    static ConfigurableApplicationContext start(TestDatabase db, String... extra) {
        return start(db, List.of(), extra);
    }

    /** How many revision files SmartEM has. */
    static int revisionCount() {
        try (var files = Files.list(ROOT.resolve(readmeProperties().get("spring.retort.locations")))) {
            return (int) files.filter(f -> f.toString().endsWith(".java")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The properties block of the README's "Spring Boot" section. */
    static Map<String, String> readmeProperties() {
        try {
            String readme = Files.readString(ROOT.resolve("README.md"));
            String section = readme.substring(readme.indexOf("\n## Spring Boot\n"));
            Matcher block = Pattern.compile("(?ms)^```properties\\n(.*?)^```").matcher(section);
            if (!block.find()) {
                throw new IllegalStateException("README.md: no properties block under ## Spring Boot");
            }
            Properties properties = new Properties();
            properties.load(new StringReader(block.group(1)));
            Map<String, String> result = new LinkedHashMap<>();
            properties.stringPropertyNames().forEach(name -> result.put(name, properties.getProperty(name)));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("smartem/migrations/versions"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no smartem/migrations/versions above " + Path.of("").toAbsolutePath());
    }
}
