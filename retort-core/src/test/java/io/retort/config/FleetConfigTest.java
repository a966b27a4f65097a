package io.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.RetortException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FleetConfigTest {
    static final Path FILE = Path.of("retort.toml");

    @Test
    void readsTheFleetAndAnEnvironmentsOwnFleetReplacesIt() {
        RetortConfig config = RetortConfig.parse("""
                [fleet]
                schemas = "tenant_%"
                control_url = "jdbc:postgresql://control/fleet?password=${CONTROL_PASSWORD}"
                [fleet.targets.east]
                url = "jdbc:postgresql://east/smartem"
                arguments = { facility = "east", region = "eu" }
                [fleet.targets.audit]
                schema = "audit"

                [environments.development]
                database = "smartem"

                [environments.production]
                url = "jdbc:postgresql://prod/smartem"
                [environments.production.fleet]
                query = "SELECT name, url FROM facility"
                """, FILE);

        FleetConfig fleet = config.fleet("development").orElseThrow();
        assertThat(fleet.schemas()).contains("tenant_%");
        assertThat(fleet.targets()).containsExactly(
                new FleetConfig.Target("east", Optional.of("jdbc:postgresql://east/smartem"), Optional.empty(),
                        Map.of("facility", "east", "region", "eu")),
                new FleetConfig.Target("audit", Optional.empty(), Optional.of("audit"), Map.of()));
        assertThat(fleet.toString()).doesNotContain("CONTROL_PASSWORD").contains("password=***");
        assertThat(fleet.expanded(Map.of("CONTROL_PASSWORD", "s3cret"), FILE).controlUrl())
                .contains("jdbc:postgresql://control/fleet?password=s3cret");
        assertThatThrownBy(() -> fleet.expanded(Map.of(), FILE))
                .hasMessage("retort.toml: the fleet needs CONTROL_PASSWORD, which is not set");
        assertThat(config.fleet("production").orElseThrow().query()).contains("SELECT name, url FROM facility");
        assertThat(config.fleet(null)).isEqualTo(config.fleet("development"));
        assertThat(RetortConfig.parse("", FILE).fleet(null)).isEmpty();
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> RetortConfig.parse("[fleet]\n", FILE)).isInstanceOf(RetortException.class)
                .hasMessageStartingWith("retort.toml: fleet names no target: give schemas = \"tenant_%\"");
        assertThatThrownBy(() -> RetortConfig.parse("[fleet.targets.a]\nurl = \"jdbc:postgresql://x/y\"\nschema = \"s\"\n", FILE))
                .hasMessage("retort.toml: fleet.targets.a needs either url (a database) or schema (a schema of the"
                        + " environment's database), not both");
        assertThatThrownBy(() -> RetortConfig.parse("[fleet]\nshemas = \"t_%\"\n", FILE))
                .hasMessageContaining("unknown key fleet.shemas (known keys there: control_url, query, schemas, targets)");
        assertThatThrownBy(() -> RetortConfig.parse("[fleet.targets.\"a b\"]\nschema = \"s\"\n", FILE))
                .hasMessageContaining("fleet.targets.a b: a target's name may hold letters, digits and _ . @ - only");
        assertThat(List.of()).isEmpty();
    }
}
