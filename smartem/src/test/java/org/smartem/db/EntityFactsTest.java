package org.smartem.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartem.db.SmartemDatabases.*;

import io.retort.entity.DbEnum;
import io.retort.entity.Jsonb;
import io.retort.entity.Sequence;
import io.retort.entity.ServerDefault;
import io.retort.entity.UnboundedVarchar;
import io.retort.schema.ColumnDef;
import io.retort.schema.DatabaseSchema;
import io.retort.schema.ForeignKeyDef;
import io.retort.schema.IndexDef;
import io.retort.schema.SequenceDef;
import io.retort.schema.TableDef;
import io.retort.testing.TestDatabase;
import jakarta.persistence.Column;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The facts Hibernate's validation does not look at — nullability, server defaults, enum labels,
 * sequences, indexes and foreign keys — agree between the entities (JPA plus Retort's
 * {@code io.retort.entity} annotations) and the database the revisions build.
 */
class EntityFactsTest {
    static final Map<Class<?>, String> TYPES = Map.of(Integer.class, "integer", Double.class, "double precision",
            Boolean.class, "boolean", LocalDateTime.class, "timestamp without time zone", UUID.class, "uuid");

    static TestDatabase db;
    static DatabaseSchema schema;

    @BeforeAll
    static void build() {
        db = TestDatabase.create(EntityFactsTest.class);
        retort(db).upgrade("head");
        schema = inspect(db);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void columnsHaveTheTypesNullabilityAndDefaultsTheEntitiesSay() {
        List<String> wrong = new ArrayList<>();
        for (Class<?> entity : EntityMappingTest.entityClasses()) {
            TableDef table = table(entity);
            List<String> mapped = new ArrayList<>();
            for (Field field : mappedFields(entity)) {
                Column column = field.getAnnotation(Column.class);
                JoinColumn join = field.getAnnotation(JoinColumn.class);
                if (column == null && (join == null || !join.insertable())) {
                    continue;
                }
                String name = unquoted(column != null ? column.name() : join.name());
                mapped.add(name);
                ColumnDef actual = table.column(name).orElse(null);
                if (actual == null) {
                    wrong.add(table.name() + "." + name + ": no such column");
                    continue;
                }
                boolean nullable = column != null ? column.nullable() : join.nullable();
                expect(wrong, table, name, "not null", !nullable, actual.notNull());
                if (column != null) {
                    expect(wrong, table, name, "type", expectedType(entity, field), actual.type());
                    expect(wrong, table, name, "default", expectedDefault(table, field), actual.defaultExpression());
                }
            }
            assertThat(mapped).as("columns mapped by " + entity.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(table.columnNames());
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void enumLabelsAreTheJavaConstantsInOrder() {
        for (Class<?> entity : EntityMappingTest.entityClasses()) {
            for (Field field : mappedFields(entity)) {
                DbEnum dbEnum = field.getAnnotation(DbEnum.class);
                if (dbEnum != null) {
                    List<String> constants = Arrays.stream(field.getType().getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
                    assertThat(schema.enums()).filteredOn(e -> e.name().equals(dbEnum.name())).singleElement()
                            .satisfies(e -> assertThat(e.labels()).as(dbEnum.name()).containsExactlyElementsOf(constants));
                }
            }
        }
    }

    @Test
    void indexesAreTheDeclaredOnesAndNoOthers() {
        for (Class<?> entity : EntityMappingTest.entityClasses()) {
            TableDef table = table(entity);
            List<String> declared = new ArrayList<>();
            for (Index index : entity.getAnnotation(Table.class).indexes()) {
                IndexDef actual = table.indexes().get(index.name());
                assertThat(actual).as("index " + index.name()).isNotNull();
                assertThat(actual.unique()).as("unique " + index.name()).isEqualTo(index.unique());
                assertThat(actual.keyColumns().stream().map(EntityFactsTest::unquoted)).as("keys of " + index.name())
                        .containsExactlyElementsOf(Arrays.stream(index.columnList().split(",")).map(String::trim).toList());
                declared.add(index.name());
            }
            assertThat(table.indexes().values()).filteredOn(i -> !i.backsConstraint()).extracting(IndexDef::name)
                    .as("indexes of " + table.name()).containsExactlyInAnyOrderElementsOf(declared);
        }
    }

    @Test
    void foreignKeysAreTheManyToOnes() {
        for (Class<?> entity : EntityMappingTest.entityClasses()) {
            TableDef table = table(entity);
            List<String> declared = new ArrayList<>();
            for (Field field : mappedFields(entity)) {
                JoinColumn join = field.getAnnotation(JoinColumn.class);
                if (field.isAnnotationPresent(ManyToOne.class) && join != null) {
                    ForeignKeyDef fk = table.foreignKeys().get(table.name() + "_" + join.name() + "_fkey");
                    assertThat(fk).as("foreign key of " + table.name() + "." + join.name()).isNotNull();
                    assertThat(fk.referencedTable()).isEqualTo(field.getType().getAnnotation(Table.class).name());
                    assertThat(fk.onDelete()).isEqualTo("NO ACTION");
                    declared.add(fk.name());
                }
            }
            assertThat(table.foreignKeys()).as("foreign keys of " + table.name())
                    .containsOnlyKeys(declared.toArray(String[]::new));
        }
    }

    private static TableDef table(Class<?> entity) {
        String name = entity.getAnnotation(Table.class).name();
        return schema.table(name).orElseThrow(() -> new AssertionError(entity.getSimpleName() + ": no table " + name));
    }

    private static String expectedType(Class<?> entity, Field field) {
        if (field.isAnnotationPresent(DbEnum.class)) {
            return field.getAnnotation(DbEnum.class).name();
        }
        if (field.isAnnotationPresent(Jsonb.class)) {
            return "jsonb";
        }
        if (field.getType() == String.class) {
            boolean unbounded = field.isAnnotationPresent(UnboundedVarchar.class)
                    || entity.isAnnotationPresent(UnboundedVarchar.class);
            return unbounded ? "character varying" : "character varying(" + field.getAnnotation(Column.class).length() + ")";
        }
        return TYPES.get(field.getType());
    }

    /** The default as PostgreSQL prints it: the annotation's value with the column type's cast, or the sequence's nextval. */
    private static String expectedDefault(TableDef table, Field field) {
        Sequence sequence = field.getAnnotation(Sequence.class);
        if (sequence != null) {
            assertThat(schema.sequences()).filteredOn(s -> s.name().equals(sequence.name())).singleElement()
                    .extracting(SequenceDef::dataType).as("data type of " + sequence.name()).isEqualTo(sequence.type());
            return "nextval('" + sequence.name() + "'::regclass)";
        }
        ServerDefault serverDefault = field.getAnnotation(ServerDefault.class);
        if (serverDefault == null) {
            return null;
        }
        String value = serverDefault.value();
        String type = table.column(unquoted(field.getAnnotation(Column.class).name())).orElseThrow().type();
        return value.startsWith("'") ? value + "::" + type : value;
    }

    private static void expect(List<String> wrong, TableDef table, String column, String what, Object expected, Object actual) {
        if (expected == null ? actual != null : !expected.equals(actual)) {
            wrong.add(table.name() + "." + column + ": " + what + " expected " + expected + ", was " + actual);
        }
    }

    private static String unquoted(String name) {
        return name.replace("\"", "");
    }

    /** The entity's fields and those of its mapped superclasses, as JPA maps them. */
    private static List<Field> mappedFields(Class<?> entity) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            fields.addAll(Arrays.asList(c.getDeclaredFields()));
        }
        return fields;
    }
}
