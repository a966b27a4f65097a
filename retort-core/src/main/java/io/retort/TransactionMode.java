package io.retort;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How migrations are grouped into transactions ({@code transaction_per} in retort.toml). */
public enum TransactionMode {
    /** One transaction for the whole run: all revisions apply, or none. The default. */
    RUN,
    /** One transaction per revision: a failure keeps the revisions before it. */
    MIGRATION;

    /** The spelling in retort.toml: {@code run} or {@code migration}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode spelled {@code value} in retort.toml, if any. */
    public static Optional<TransactionMode> fromConfigName(String value) {
        return Arrays.stream(values()).filter(mode -> mode.configName().equals(value)).findFirst();
    }
}
