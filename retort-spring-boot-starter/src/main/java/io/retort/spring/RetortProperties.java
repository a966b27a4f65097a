package io.retort.spring;

import io.retort.TransactionMode;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * The {@code spring.retort.*} properties; unset ones fall back to retort.toml (when
 * {@code config} names one) and then to Retort's defaults.
 *
 * @param enabled false skips the migration and defines no Retort beans
 * @param config a retort.toml: script locations, tables, transaction mode and lock timeout
 * @param environment an environment of that file (default {@code ./retort.toml} when no
 *     {@code config}); naming one migrates the environment's database instead of the application's
 * @param locations folders of revision files, replacing the file's {@code script_locations};
 *     without these and without {@code config}, the revisions precompiled into the class path,
 *     else {@code migrations/versions}
 * @param target what to upgrade to (default {@code head})
 * @param transactionPer {@code run} or {@code migration}
 * @param lockTimeout how long to wait for another instance's migration lock (a plain number is seconds)
 * @param url a JDBC URL to migrate instead of the application's DataSource
 * @param validateChecksums false migrates even when an applied revision's file changed since it
 *     ran (the command line's {@code --ignore-checksums}); true refuses, changing nothing
 */
@ConfigurationProperties("spring.retort")
public record RetortProperties(
        @DefaultValue("true") boolean enabled,
        String config,
        String environment,
        List<String> locations,
        @DefaultValue("head") String target,
        TransactionMode transactionPer,
        @DurationUnit(ChronoUnit.SECONDS) Duration lockTimeout,
        String url,
        String user,
        String password,
        @DefaultValue("true") boolean validateChecksums) {

    public RetortProperties {
        locations = locations == null ? List.of() : List.copyOf(locations);
    }

    @Override
    public String toString() {
        return "RetortProperties[target=" + target + ", config=" + config + ", environment=" + environment
                + ", locations=" + locations + ", url=" + (url == null ? null : "(set)") + "]";
    }
}
