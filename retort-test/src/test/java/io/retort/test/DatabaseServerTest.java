package io.retort.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which server the kit makes databases on, and the URLs of those databases. */
class DatabaseServerTest {

    @Test
    void theAnnotationsUrlComesFirstThenThePropertyThenTheDefault() {
        String before = System.getProperty(DatabaseServer.URL_PROPERTY);
        try {
            System.setProperty(DatabaseServer.URL_PROPERTY, "jdbc:postgresql://from-property:5433/postgres");
            assertThat(DatabaseServer.choose("jdbc:postgresql://from-annotation/db?user=u").url())
                    .isEqualTo("jdbc:postgresql://from-annotation/db?user=u");
            assertThat(DatabaseServer.choose("").url()).isEqualTo("jdbc:postgresql://from-property:5433/postgres");
        } finally {
            if (before == null) {
                System.clearProperty(DatabaseServer.URL_PROPERTY);
            } else {
                System.setProperty(DatabaseServer.URL_PROPERTY, before);
            }
        }
    }

    @Test
    void aDatabasesUrlKeepsTheServersCredentialsAndParameters() {
        DatabaseServer server = new DatabaseServer("jdbc:postgresql://h:5432/postgres?user=u&password=p&ssl=false");

        assertThat(server.url("retort_t_x")).isEqualTo("jdbc:postgresql://h:5432/retort_t_x?user=u&password=p&ssl=false");
        assertThat(new DatabaseServer("jdbc:postgresql://h").url("d")).isEqualTo("jdbc:postgresql://h/d");
        assertThat(server.describe()).isEqualTo("jdbc:postgresql://h:5432/postgres?user=u&password=***&ssl=false");
    }
}
