package org.smartem.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.autogen.EntityModel;
import io.retort.dialect.Dialect;
import io.retort.dialect.postgres.PostgresDialect;
import io.retort.dialect.postgres.PostgresInspector;
import io.retort.entity.UnboundedVarchar;
import io.retort.schema.ColumnDef;
import io.retort.schema.DatabaseSchema;
import io.retort.schema.TableDef;
import io.retort.testing.TestDatabase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;

/**
 * The README's Java type → PostgreSQL type table agrees with Hibernate: a table made from what the
 * model reader says passes Hibernate's {@code hbm2ddl.auto=validate}, and inspects as the model.
 */
class TypeTableTest {
    static final Dialect DIALECT = new PostgresDialect();

    enum Mood { CALM, ANGRY }

    @Entity
    @Table(name = "every_type")
    static class EveryType {
        @Id Long id;
        String text;
        @UnboundedVarchar String unbounded;
        @Lob String document;
        boolean flag;
        Boolean maybe;
        short small;
        Integer number;
        long big;
        Float ratio;
        double weight;
        @Column(precision = 10, scale = 2) BigDecimal price;
        BigDecimal amount;
        BigInteger huge;
        LocalDate day;
        LocalTime clock;
        OffsetTime zonedClock;
        LocalDateTime seen;
        OffsetDateTime offsetSeen;
        Instant stamped;
        UUID token;
        byte[] picture;
        @Lob byte[] blob;
        byte tiny;
        Character letter;
        String[] names;
        java.time.ZonedDateTime zoned;
        @jakarta.persistence.Version Integer version;
        java.time.Duration span;
        java.util.Date legacy;
        int[] sizes;
        @Column(columnDefinition = "text") String notes;
        @Enumerated(EnumType.STRING) Mood mood;
        Mood ordinalMood;
    }

    @Entity(name = "Ticket")
    @Table(name = "tickets")
    static class Ticket {
        @Id @jakarta.persistence.GeneratedValue Long id;
    }

    @Test
    void hibernateValidatesTheSequenceOfAnAutoId() throws Exception {
        DatabaseSchema model = DIALECT.normalize(EntityModel.of(DIALECT, List.of(Ticket.class)));
        assertThat(model.sequences()).extracting(s -> s.name() + " by " + s.increment()).containsExactly("tickets_seq by 50");
        try (TestDatabase db = TestDatabase.create(TypeTableTest.class)) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute(createTable(model.table("tickets").orElseThrow()));
                s.execute("CREATE SEQUENCE tickets_seq INCREMENT 50");
            }
            validate(db, Ticket.class);
        }
    }

    private static void validate(TestDatabase db, Class<?> entity) {
        Configuration configuration = new Configuration()
                .setProperty("hibernate.connection.url", db.url())
                .setProperty("hibernate.hbm2ddl.auto", "validate")
                .setProperty("hibernate.connection.pool_size", "1")
                .addAnnotatedClass(entity);
        try (SessionFactory sessions = configuration.buildSessionFactory()) {
            assertThat(sessions.getMetamodel().getEntities()).hasSize(1);
        }
    }

    @Test
    void hibernateValidatesATableMadeFromTheModelAndItInspectsAsTheModel() throws Exception {
        DatabaseSchema model = DIALECT.normalize(EntityModel.of(DIALECT, List.of(EveryType.class)));
        TableDef table = model.table("every_type").orElseThrow();
        try (TestDatabase db = TestDatabase.create(TypeTableTest.class)) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute(createTable(table));
            }
            validate(db, EveryType.class);
            try (Connection c = db.connect()) {
                assertThat(DIALECT.normalize(new PostgresInspector().inspect(c)).table("every_type")).contains(table);
            }
        }
    }

    private static String createTable(TableDef table) {
        return "CREATE TABLE " + table.name() + " (" + table.columns().stream()
                .map(c -> c.name() + " " + c.type() + (c.notNull() ? " NOT NULL" : ""))
                .collect(Collectors.joining(", "))
                + ", PRIMARY KEY (" + String.join(", ", table.primaryKey().columns()) + "))";
    }
}
