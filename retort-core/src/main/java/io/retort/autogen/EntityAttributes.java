package io.retort.autogen;

import io.retort.entity.CheckConstraint;
import io.retort.entity.Comment;
import io.retort.entity.DbEnum;
import io.retort.entity.ForeignKeyAction;
import io.retort.entity.RenamedFrom;
import io.retort.entity.Sequence;
import io.retort.entity.ServerDefault;
import io.retort.entity.UnboundedVarchar;
import io.retort.ops.SqlType;
import io.retort.schema.ColumnDef;
import io.retort.schema.DatabaseSchema;
import io.retort.schema.SequenceDef;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the persistent fields of one entity class (its own and its mapped superclasses' up to the
 * next entity) into columns, keys, joins and sequences of its table.
 */
final class EntityAttributes {
    private static final Set<String> ACTIONS = Set.of("NO ACTION", "RESTRICT", "CASCADE", "SET NULL", "SET DEFAULT");
    /** Where a columnDefinition's type ends: {@code varchar(20) DEFAULT 'x' NOT NULL}. */
    private static final Pattern DEFINITION = Pattern.compile(
            "(?is)^(.*?)(?:\\s+default\\s+(.*?))?(\\s+not\\s+null)?(?:\\s+null)?\\s*$");

    private final EntityReader reader;
    private final EntityTable table;
    private final Class<?> entity;
    private final boolean subclass;

    EntityAttributes(EntityReader reader, EntityTable table, Class<?> entity, boolean subclass) {
        this.reader = reader;
        this.table = table;
        this.entity = entity;
        this.subclass = subclass;
    }

    void readOwn() {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c != entity && c.isAnnotationPresent(Entity.class)) {
                break;
            }
            if (c == entity || c.isAnnotationPresent(MappedSuperclass.class)) {
                chain.add(0, c);
            }
        }
        for (Class<?> c : chain) {
            for (java.lang.reflect.Method method : c.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Id.class) || method.isAnnotationPresent(EmbeddedId.class)) {
                    reader.problems.add(c.getName() + "." + method.getName() + "(): annotations on getters (property access)"
                            + " are not supported by the model reader; annotate the fields");
                }
            }
            for (Field field : c.getDeclaredFields()) {
                field(field, Map.of(), false);
            }
        }
    }

    private String where(Field field) {
        return field.getDeclaringClass().getName() + "." + field.getName();
    }

    private void field(Field field, Map<String, Column> overrides, boolean embeddedId) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                || field.isAnnotationPresent(Transient.class)) {
            return;
        }
        if (field.isAnnotationPresent(ElementCollection.class)) {
            problem(field, "@ElementCollection is not supported by the model reader; map the collection table as an @Entity");
        } else if (field.isAnnotationPresent(ManyToMany.class)) {
            if (field.getAnnotation(ManyToMany.class).mappedBy().isEmpty()) {
                problem(field, "@ManyToMany join tables are not supported by the model reader; map the join table as an @Entity");
            }
        } else if (field.isAnnotationPresent(OneToMany.class)) {
            if (field.getAnnotation(OneToMany.class).mappedBy().isEmpty()) {
                problem(field, "@OneToMany without mappedBy is not supported by the model reader; map it from the other side with @ManyToOne");
            }
        } else if (field.isAnnotationPresent(ManyToOne.class)) {
            join(field, field.getAnnotation(ManyToOne.class).optional(), false);
        } else if (field.isAnnotationPresent(OneToOne.class)) {
            OneToOne one = field.getAnnotation(OneToOne.class);
            if (one.mappedBy().isEmpty()) {
                join(field, one.optional(), true);
            }
        } else if (field.isAnnotationPresent(EmbeddedId.class) || field.isAnnotationPresent(Embedded.class)
                || field.getType().isAnnotationPresent(Embeddable.class)) {
            embedded(field, field.isAnnotationPresent(EmbeddedId.class));
        } else {
            basic(field, overrides.getOrDefault(field.getName(), field.getAnnotation(Column.class)), embeddedId);
        }
    }

    private void embedded(Field field, boolean id) {
        Map<String, Column> overrides = new HashMap<>();
        for (AttributeOverride o : field.getAnnotationsByType(AttributeOverride.class)) {
            overrides.put(o.name(), o.column());
        }
        for (Class<?> c = field.getType(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field inner : c.getDeclaredFields()) {
                field(inner, overrides, id);
            }
        }
    }

    private void basic(Field field, Column column, boolean embeddedId) {
        String name = column == null || column.name().isEmpty() ? field.getName().toLowerCase(Locale.ROOT) : EntityReader.unquoted(column.name());
        boolean id = embeddedId || field.isAnnotationPresent(Id.class);
        boolean notNull = !subclass && (id || field.getType().isPrimitive() || column != null && !column.nullable());
        ServerDefault serverDefault = field.getAnnotation(ServerDefault.class);
        String defaultExpression = serverDefault == null ? null : serverDefault.value();
        String type;
        if (column != null && !column.columnDefinition().isBlank()) {
            Matcher m = DEFINITION.matcher(column.columnDefinition().strip());
            m.matches();
            type = m.group(1);
            defaultExpression = defaultExpression != null ? defaultExpression : m.group(2);
            notNull |= m.group(3) != null;
        } else {
            SqlType sqlType = EntityTypes.of(field, column, table.root.isAnnotationPresent(UnboundedVarchar.class)
                    || field.getDeclaringClass().isAnnotationPresent(UnboundedVarchar.class));
            if (sqlType == null) {
                problem(field, "no column type for Java type " + field.getType().getTypeName()
                        + "; give @Column(columnDefinition = \"...\") or mark it @Transient");
                return;
            }
            type = reader.dialect.typeName(sqlType);
        }
        DbEnum dbEnum = field.getAnnotation(DbEnum.class);
        if (dbEnum != null) {
            reader.enumType(where(field), table.schema, dbEnum, field.getType());
        }
        ColumnDef.Identity identity = ColumnDef.Identity.NONE;
        GeneratedValue generated = field.getAnnotation(GeneratedValue.class);
        Sequence serial = field.getAnnotation(Sequence.class);
        if (serial != null) {
            defaultExpression = "nextval('" + serial.name() + "'::regclass)";
            ownedSequence(serial.name(), serial.type(), name);
        } else if (generated != null) {
            switch (generated.strategy()) {
                case IDENTITY -> {
                    identity = ColumnDef.Identity.BY_DEFAULT;
                    notNull = true;
                    ownedSequence(reader.names.sequence(table.name, name), type, name);
                }
                case SEQUENCE, AUTO -> generatorSequence(field, generated);
                case TABLE -> problem(field, "@GeneratedValue(strategy = TABLE) is not supported by the model reader; use SEQUENCE or IDENTITY");
                default -> { }
            }
        }
        Comment comment = field.getAnnotation(Comment.class);
        table.addColumn(new ColumnDef(name, 0, type, notNull, defaultExpression, identity, null,
                comment == null ? null : comment.value()));
        if (id) {
            table.primaryKey.add(name);
        }
        if (column != null && column.unique()) {
            reader.unique(table, reader.names.unique(table.name, List.of(name)), List.of(name));
        }
        for (CheckConstraint check : field.getAnnotationsByType(CheckConstraint.class)) {
            reader.check(table, check);
        }
        RenamedFrom renamed = field.getAnnotation(RenamedFrom.class);
        if (renamed != null) {
            reader.renames.add(new ModelRename(table.schema, table.name, name, renamed.value()));
        }
    }

    private void ownedSequence(String name, String dataType, String column) {
        String owner = (table.schema.equals(DatabaseSchema.DEFAULT_SCHEMA) ? "" : table.schema + ".")
                + table.name + "." + column;
        reader.sequences.put(table.schema + "." + name, new SequenceDef(table.schema, name, dataType, 1, 1, 1,
                maxOf(dataType), 1, false, owner));
    }

    private static long maxOf(String dataType) {
        return switch (dataType) {
            case "smallint" -> Short.MAX_VALUE;
            case "bigint" -> Long.MAX_VALUE;
            default -> Integer.MAX_VALUE;
        };
    }

    /** SEQUENCE (and AUTO on a number): Hibernate's sequence, {@code <table>_seq} by default, by 50. */
    private void generatorSequence(Field field, GeneratedValue generated) {
        if (generated.strategy() == GenerationType.AUTO && !Number.class.isAssignableFrom(box(field.getType()))) {
            return; // AUTO on a UUID: generated in Java, no sequence
        }
        SequenceGenerator generator = Arrays.stream(new SequenceGenerator[] {
                        field.getAnnotation(SequenceGenerator.class), entity.getAnnotation(SequenceGenerator.class)})
                .filter(g -> g != null && (generated.generator().isEmpty() || g.name().equals(generated.generator())))
                .findFirst().orElse(null);
        String schema = generator == null || generator.schema().isEmpty() ? table.schema : generator.schema();
        String name = generator == null ? (generated.generator().isEmpty()
                        ? table.name + "_seq" : generated.generator())
                : generator.sequenceName().isEmpty() ? generator.name() : generator.sequenceName();
        long start = generator == null ? 1 : generator.initialValue();
        long increment = generator == null ? 50 : generator.allocationSize();
        reader.sequences.put(schema + "." + name, new SequenceDef(schema, name, "bigint", start, increment,
                1, Long.MAX_VALUE, 1, false, null));
    }

    private static Class<?> box(Class<?> type) {
        return type == int.class ? Integer.class : type == long.class ? Long.class : type == short.class ? Short.class : type;
    }

    private void join(Field field, boolean optional, boolean oneToOne) {
        JoinColumn[] joinColumns = field.getAnnotationsByType(JoinColumn.class);
        List<String> columns = new ArrayList<>();
        List<String> referenced = new ArrayList<>();
        boolean nullable = true;
        String name = null;
        for (JoinColumn j : joinColumns) {
            columns.add(j.name().isEmpty() ? null : EntityReader.unquoted(j.name()));
            if (!j.referencedColumnName().isEmpty()) {
                referenced.add(EntityReader.unquoted(j.referencedColumnName()));
            }
            nullable &= j.nullable();
            if (j.foreignKey().value() == ConstraintMode.NO_CONSTRAINT) {
                name = "";
            } else if (!j.foreignKey().name().isEmpty()) {
                name = j.foreignKey().name();
            }
        }
        if (joinColumns.length == 0) {
            columns.add(null);
        }
        if (!referenced.isEmpty() && referenced.size() != columns.size()) {
            problem(field, "give referencedColumnName on every @JoinColumn or on none");
            return;
        }
        ForeignKeyAction action = field.getAnnotation(ForeignKeyAction.class);
        String onDelete = action == null ? "NO ACTION" : action.onDelete().toUpperCase(Locale.ROOT);
        String onUpdate = action == null ? "NO ACTION" : action.onUpdate().toUpperCase(Locale.ROOT);
        if (!ACTIONS.contains(onDelete) || !ACTIONS.contains(onUpdate)) {
            problem(field, "@ForeignKeyAction takes " + ACTIONS + ", not " + onDelete + "/" + onUpdate);
            return;
        }
        boolean notNull = !subclass && (!optional || !nullable || field.isAnnotationPresent(Id.class));
        table.joins.add(new EntityTable.EntityJoin(where(field), field.getName().toLowerCase(Locale.ROOT), columns,
                field.getType(), referenced, notNull, name, onDelete, onUpdate, oneToOne));
        if (field.isAnnotationPresent(Id.class)) {
            // a defaulted join column is named after the target's key: the join phase puts the name in
            columns.forEach(c -> table.primaryKey.add(c == null ? EntityTable.pendingKey(where(field)) : c));
        }
    }

    private void problem(Field field, String message) {
        reader.problems.add(where(field) + ": " + message);
    }
}
