package io.retort;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.autogen.CheckReport;
import io.retort.autogen.ModelSettings;
import io.retort.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} reads the catalog with set-based queries: the statements it sends are the same in
 * number for 3 tables and for 60. Counted on the client, through a proxy around the connection.
 */
class CheckQueryCountTest {
    @TempDir Path temp;

    @Test
    void theNumberOfStatementsDoesNotGrowWithTheNumberOfTables() throws Exception {
        int few = statementsOfCheck(3);
        int many = statementsOfCheck(60);

        assertThat(few).isPositive();
        assertThat(many).isEqualTo(few);
    }

    /** Creates {@code tables} tables and their entities, runs a clean {@code check}, and returns how many statements it sent. */
    private int statementsOfCheck(int tables) throws Exception {
        Path project = temp.resolve("p" + tables);
        Files.createDirectories(project.resolve("versions"));
        Path sources = project.resolve("model");
        Path folder = sources.resolve("qc/model" + tables);
        Files.createDirectories(folder);
        StringBuilder sql = new StringBuilder();
        for (int i = 1; i <= tables; i++) {
            String fk = i > 1 ? " REFERENCES q" + (i - 1) + " (id)" : "";
            sql.append("CREATE TABLE q").append(i).append(" (id bigint PRIMARY KEY, name varchar(50) NOT NULL, prev_id bigint").append(fk).append(");\n")
                    .append("CREATE INDEX ix_q").append(i).append("_name ON q").append(i).append(" (name);\n");
            Files.writeString(folder.resolve("Q" + i + ".java"), entity(tables, i));
        }
        AtomicInteger statements = new AtomicInteger();
        try (TestDatabase db = TestDatabase.create(CheckQueryCountTest.class)) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute(sql.toString());
            }
            CheckReport report = Retort.configure().url(db.url())
                    .scriptLocations(List.of(project.resolve("versions")))
                    .cacheDirectory(project.resolve(".retort/cache"))
                    .model(new ModelSettings(List.of("qc.model" + tables), List.of(sources), List.of()))
                    .connectionWrapper(c -> counting(c, statements))
                    .build()
                    .check(false);
            assertThat(report.differences()).as("the model matches the tables").isEmpty();
        }
        return statements.get();
    }

    private static String entity(int tables, int i) {
        String prev = i > 1
                ? "    @jakarta.persistence.ManyToOne @jakarta.persistence.JoinColumn(name = \"prev_id\") private Q" + (i - 1) + " prev;\n"
                : "    @Column(name = \"prev_id\") private Long prevId;\n";
        return """
                package qc.model%d;

                import jakarta.persistence.Column;
                import jakarta.persistence.Entity;
                import jakarta.persistence.Id;
                import jakarta.persistence.Index;
                import jakarta.persistence.Table;

                @Entity
                @Table(name = "q%d", indexes = @Index(name = "ix_q%d_name", columnList = "name"))
                public class Q%d {
                    @Id @Column(name = "id", nullable = false) private Long id;
                    @Column(name = "name", length = 50, nullable = false) private String name;
                %s}
                """.formatted(tables, i, i, i, prev);
    }

    /** {@code connection}, counting each statement executed through it in {@code count}. */
    static Connection counting(Connection connection, AtomicInteger count) {
        return (Connection) Proxy.newProxyInstance(CheckQueryCountTest.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(connection, method, args);
                    return result instanceof Statement statement ? countingStatement(statement, count) : result;
                });
    }

    private static Object countingStatement(Statement statement, AtomicInteger count) {
        Class<?>[] interfaces = statement instanceof java.sql.CallableStatement ? new Class<?>[] {java.sql.CallableStatement.class}
                : statement instanceof java.sql.PreparedStatement ? new Class<?>[] {java.sql.PreparedStatement.class}
                : new Class<?>[] {Statement.class};
        return Proxy.newProxyInstance(CheckQueryCountTest.class.getClassLoader(), interfaces, (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                count.incrementAndGet();
            }
            return invoke(statement, method, args);
        });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
