package io.retort.safety;

import io.retort.RetortException;
import io.retort.runtime.RunSettings;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JDBC URL turned into libpq's environment variables ({@code PGHOST}, {@code PGPORT},
 * {@code PGUSER}, {@code PGPASSWORD}, ...) for pg_dump and pg_restore: the password goes to the
 * child's environment, never onto its command line.
 *
 * @param database the database name, given to the programs with {@code --dbname}
 * @param variables the libpq variables, password included
 */
record LibpqParameters(String database, Map<String, String> variables) {
    private static final Pattern URL = Pattern.compile("^jdbc:postgresql://([^/?]*)/([^?]*)(?:\\?(.*))?$");
    /** Driver parameters libpq reads from the environment under another name. */
    private static final Map<String, String> PASSED_ON = Map.of("user", "PGUSER", "password", "PGPASSWORD",
            "sslmode", "PGSSLMODE", "sslrootcert", "PGSSLROOTCERT", "sslcert", "PGSSLCERT", "sslkey", "PGSSLKEY");

    static LibpqParameters of(RunSettings.Database db) {
        Matcher m = URL.matcher(db.url());
        if (!m.matches() || m.group(1).isEmpty() || m.group(2).isEmpty()) {
            throw new RetortException("pg_dump and pg_restore need a jdbc:postgresql://host:port/database URL, not "
                    + db.description());
        }
        Map<String, String> variables = new LinkedHashMap<>();
        List<String> hosts = new ArrayList<>();
        List<String> ports = new ArrayList<>();
        for (String hostPort : m.group(1).split(",")) {
            int colon = hostPort.lastIndexOf(':');
            boolean hasPort = colon > hostPort.lastIndexOf(']');
            hosts.add((hasPort ? hostPort.substring(0, colon) : hostPort).replace("[", "").replace("]", ""));
            ports.add(hasPort ? hostPort.substring(colon + 1) : "5432");
        }
        variables.put("PGHOST", String.join(",", hosts));
        variables.put("PGPORT", String.join(",", ports));
        if (m.group(3) != null) {
            for (String pair : m.group(3).split("&")) {
                int eq = pair.indexOf('=');
                String variable = eq < 0 ? null : PASSED_ON.get(pair.substring(0, eq));
                if (variable != null) {
                    variables.put(variable, decode(pair.substring(eq + 1)));
                }
            }
        }
        if (db.user() != null) {
            variables.put("PGUSER", db.user());
        }
        if (db.password() != null) {
            variables.put("PGPASSWORD", db.password());
        }
        return new LibpqParameters(decode(m.group(2)), Map.copyOf(variables));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "LibpqParameters[database=" + database + ", host=" + variables.get("PGHOST") + "]";
    }
}
