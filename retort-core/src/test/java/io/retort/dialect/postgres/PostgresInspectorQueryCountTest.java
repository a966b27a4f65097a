package io.retort.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.schema.DatabaseSchema;
import io.retort.schema.InspectOptions;
import io.retort.testing.SqlScripts;
import io.retort.testing.TestDatabase;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Inspection is set-based: the number of statements it executes does not grow with the tables. */
class PostgresInspectorQueryCountTest {
    private static TestDatabase db;

    @BeforeAll
    static void createSmallAndLargeSchemas() {
        db = TestDatabase.create(PostgresInspectorQueryCountTest.class);
        SqlScripts.execute(db, tables("small", 5) + tables("large", 50));
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    /** {@code count} tables in a new schema, each with a serial key, an enum, a check, an index and a foreign key. */
    private static String tables(String schema, int count) {
        StringBuilder sql = new StringBuilder("CREATE SCHEMA " + schema + ";\n")
                .append("CREATE TYPE ").append(schema).append(".state AS ENUM ('new', 'done');\n");
        for (int i = 0; i < count; i++) {
            sql.append("CREATE TABLE ").append(schema).append(".t").append(i).append(" (id serial PRIMARY KEY, ")
                    .append("state ").append(schema).append(".state NOT NULL DEFAULT 'new', amount integer CHECK (amount > 0), ")
                    .append("parent_id integer").append(i == 0 ? "" : " REFERENCES " + schema + ".t" + (i - 1))
                    .append(");\n")
                    .append("CREATE INDEX ON ").append(schema).append(".t").append(i).append(" (amount);\n");
        }
        return sql.toString();
    }

    @Test
    void executesTheSameFewStatementsFor5And50Tables() throws Exception {
        int small = statementsToInspect("small", 5);
        int large = statementsToInspect("large", 50);
        assertThat(large).isEqualTo(small);
        assertThat(small).isBetween(1, 8);
    }

    private static int statementsToInspect(String schema, int tables) throws Exception {
        AtomicInteger executions = new AtomicInteger();
        try (Connection c = db.connect()) {
            DatabaseSchema inspected = new PostgresInspector().inspect(counting(c, executions),
                    InspectOptions.defaults().withSchemas(schema));
            assertThat(inspected.tables()).hasSize(tables);
            assertThat(inspected.indexes()).hasSize(2 * tables);
            assertThat(inspected.sequences()).hasSize(tables);
        }
        return executions.get();
    }

    /** {@code target}, counting every execute call on the statements it makes. */
    private static Connection counting(Connection target, AtomicInteger executions) {
        return proxy(Connection.class, target, (result, method) -> result instanceof Statement statement
                ? proxy(method.getReturnType(), statement, (r, m) -> {
                    if (m.getName().startsWith("execute")) {
                        executions.incrementAndGet();
                    }
                    return r;
                })
                : result);
    }

    @FunctionalInterface
    private interface AfterCall {
        Object apply(Object result, Method method);
    }

    private static <T> T proxy(Class<T> type, Object target, AfterCall after) {
        InvocationHandler handler = (self, method, args) -> {
            try {
                return after.apply(method.invoke(target, args), method);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
