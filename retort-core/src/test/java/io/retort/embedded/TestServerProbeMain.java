package io.retort.embedded;

import io.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;

/** Run in a child JVM: makes a test database through TestServer, uses it, prints its URL. */
public final class TestServerProbeMain {
    private TestServerProbeMain() {}

    public static void main(String[] args) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestServerProbeMain.class)) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE probe (id int)");
            }
            System.out.println("URL " + db.url());
        }
    }
}
