package io.retort.autogen;

import io.retort.RetortException;
import io.retort.dialect.DefaultNames;
import io.retort.dialect.Dialect;
import io.retort.entity.CheckConstraint;
import io.retort.entity.Comment;
import io.retort.entity.DbEnum;
import io.retort.entity.IndexSpec;
import io.retort.entity.RenamedFrom;
import io.retort.ops.SqlType;
import io.retort.ops.Types;
import io.retort.schema.CheckDef;
import io.retort.schema.ColumnDef;
import io.retort.schema.DatabaseSchema;
import io.retort.schema.EnumType;
import io.retort.schema.ForeignKeyDef;
import io.retort.schema.IndexDef;
import io.retort.schema.PrimaryKeyDef;
import io.retort.schema.SchemaDef;
import io.retort.schema.SequenceDef;
import io.retort.schema.TableDef;
import io.retort.schema.UniqueDef;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns entity classes into the neutral schema model: one table per entity hierarchy, its
 * columns (read by {@link EntityAttributes}), keys, constraints and indexes, and the enum types
 * and sequences they use. Every problem is collected and reported together, one line each.
 */
final class EntityReader {
    final Dialect dialect;
    final DefaultNames names;
    final List<String> problems = new ArrayList<>();
    final Map<String, EnumType> enums = new TreeMap<>();
    final Map<String, SequenceDef> sequences = new TreeMap<>();
    final List<ModelRename> renames = new ArrayList<>();
    private final Map<Class<?>, EntityTable> tables = new LinkedHashMap<>();

    EntityReader(Dialect dialect) {
        this.dialect = dialect;
        this.names = dialect.defaultNames();
    }

    ModelSchema read(List<Class<?>> entities) {
        List<Class<?>> ordered = new ArrayList<>(entities);
        ordered.sort(Comparator.<Class<?>>comparingInt(EntityReader::depth).thenComparing(Class::getName));
        for (Class<?> entity : ordered) {
            Class<?> root = root(entity);
            EntityTable table = tables.computeIfAbsent(root, this::newTable);
            if (entity != root) {
                subclass(entity, root, table);
            }
            new EntityAttributes(this, table, entity, entity != root).readOwn();
        }
        tables.values().forEach(this::joins);
        if (!problems.isEmpty()) {
            throw new RetortException(String.join("\n", problems));
        }
        return new ModelSchema(assemble(), renames);
    }

    private EntityTable newTable(Class<?> root) {
        Table t = root.getAnnotation(Table.class);
        String schema = t == null || t.schema().isEmpty() ? DatabaseSchema.DEFAULT_SCHEMA : t.schema();
        EntityTable table = new EntityTable(schema, tableName(root), root);
        if (t != null) {
            tableFacts(root, t, table);
        }
        Comment comment = root.getAnnotation(Comment.class);
        table.comment = comment == null ? null : comment.value();
        for (CheckConstraint check : root.getAnnotationsByType(CheckConstraint.class)) {
            check(table, check);
        }
        RenamedFrom renamed = root.getAnnotation(RenamedFrom.class);
        if (renamed != null) {
            renames.add(new ModelRename(schema, table.name, null, renamed.value()));
        }
        return table;
    }

    static String tableName(Class<?> entity) {
        Table t = entity.getAnnotation(Table.class);
        if (t != null && !t.name().isEmpty()) {
            return unquoted(t.name());
        }
        return entityName(entity);
    }

    /** The JPA entity name, lower-cased as PostgreSQL folds it: Hibernate's default table name. */
    static String entityName(Class<?> entity) {
        String name = entity.getAnnotation(Entity.class).name();
        return (name.isEmpty() ? entity.getSimpleName() : name).toLowerCase(Locale.ROOT);
    }

    /** A name as the database stores it: JPA's quoted {@code "group"} or {@code `group`} is {@code group}. */
    static String unquoted(String name) {
        boolean quoted = name.length() > 1 && (name.startsWith("\"") && name.endsWith("\"") || name.startsWith("`") && name.endsWith("`"));
        return quoted ? name.substring(1, name.length() - 1) : name;
    }

    private void tableFacts(Class<?> root, Table t, EntityTable table) {
        for (UniqueConstraint u : t.uniqueConstraints()) {
            List<String> columns = Arrays.stream(u.columnNames()).map(EntityReader::unquoted).toList();
            unique(table, u.name().isEmpty() ? names.unique(table.name, columns) : u.name(), columns);
        }
        Map<String, IndexSpec> specs = new LinkedHashMap<>();
        for (IndexSpec spec : root.getAnnotationsByType(IndexSpec.class)) {
            specs.put(spec.index(), spec);
        }
        for (Index index : t.indexes()) {
            List<String> parts = Arrays.stream(index.columnList().split(",")).map(String::strip).toList();
            List<String> columns = parts.stream().map(p -> unquoted(p.split("\\s+")[0])).toList();
            String name = index.name().isEmpty() ? names.index(table.name, columns) : index.name();
            IndexSpec spec = specs.remove(name);
            List<String> keys = parts.stream().map(this::key).toList();
            table.indexes.put(name, new IndexDef(name, index.unique(), spec == null ? "btree" : spec.method(),
                    String.join(", ", keys), columns.stream().map(dialect::quoteIdentifier).toList(),
                    spec == null ? List.of() : List.of(spec.include()),
                    spec == null || spec.where().isEmpty() ? null : spec.where(), "", false));
        }
        for (String unmatched : specs.keySet()) {
            problems.add(root.getName() + ": @IndexSpec(index = \"" + unmatched
                    + "\") names no @Index of its @Table; give the @Index that name");
        }
    }

    /** {@code "a DESC"} as an index key: the column quoted as needed, the ordering as written. */
    private String key(String part) {
        String[] words = part.split("\\s+", 2);
        return dialect.quoteIdentifier(unquoted(words[0])) + (words.length > 1 ? " " + words[1].toUpperCase(Locale.ROOT) : "");
    }

    void unique(EntityTable table, String name, List<String> columns) {
        table.uniques.put(name, new UniqueDef(name, columns, false, false));
        table.indexes.put(name, backingIndex(name, columns));
    }

    void check(EntityTable table, CheckConstraint check) {
        String name = check.name().isEmpty() ? names.check(table.name, check.value()) : check.name();
        table.checks.put(name, new CheckDef(name, check.value(), true, false));
    }

    private IndexDef backingIndex(String name, List<String> columns) {
        List<String> keys = columns.stream().map(dialect::quoteIdentifier).toList();
        return new IndexDef(name, true, "btree", String.join(", ", keys), keys, List.of(), null, "", true);
    }

    /** A SINGLE_TABLE subclass: checks the strategy and adds the discriminator column once. */
    private void subclass(Class<?> entity, Class<?> root, EntityTable table) {
        Inheritance inheritance = root.getAnnotation(Inheritance.class);
        if (inheritance != null && inheritance.strategy() != InheritanceType.SINGLE_TABLE) {
            problems.add(entity.getName() + ": @Inheritance(strategy = " + inheritance.strategy()
                    + ") is not supported by the model reader; use SINGLE_TABLE");
            return;
        }
        DiscriminatorColumn d = root.getAnnotation(DiscriminatorColumn.class);
        String name = d == null ? "dtype" : d.name().toLowerCase(Locale.ROOT);
        SqlType type = d == null ? new SqlType.Varchar(31) : switch (d.discriminatorType()) {
            case STRING -> new SqlType.Varchar(d.length());
            case CHAR -> new SqlType.Char(1);
            case INTEGER -> Types.INTEGER;
        };
        String typeName = d != null && !d.columnDefinition().isEmpty() ? d.columnDefinition() : dialect.typeName(type);
        table.addColumn(new ColumnDef(name, 0, typeName, true, null, ColumnDef.Identity.NONE, null, null));
    }

    static Class<?> root(Class<?> entity) {
        Class<?> root = entity;
        for (Class<?> c = entity.getSuperclass(); c != null; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(Entity.class)) {
                root = c;
            }
        }
        return root;
    }

    private static int depth(Class<?> type) {
        int depth = 0;
        for (Class<?> c = type.getSuperclass(); c != null; c = c.getSuperclass()) {
            depth++;
        }
        return depth;
    }

    /** Resolves each join to its columns and foreign key, now that every table is read. */
    private void joins(EntityTable table) {
        for (EntityTable.EntityJoin join : table.joins) {
            EntityTable target = tables.get(root(join.target()));
            if (target == null) {
                problems.add(join.where() + ": refers to " + join.target().getName()
                        + ", which is not an @Entity of the model's packages; add its package to [model] packages");
                continue;
            }
            List<String> referenced = join.referencedColumns().isEmpty() ? target.primaryKey : join.referencedColumns();
            if (referenced.size() != join.columns().size()) {
                problems.add(join.where() + ": " + join.columns().size() + " join column(s) for the "
                        + referenced.size() + " key column(s) of " + target.name + "; give one @JoinColumn per key column");
                continue;
            }
            List<String> columns = new ArrayList<>();
            for (int i = 0; i < referenced.size(); i++) {
                String column = join.columns().get(i);
                if (column == null) {
                    column = join.field() + "_" + referenced.get(i);
                    table.resolveKey(join.where(), column);
                }
                columns.add(column);
                var targetColumn = target.columns.get(referenced.get(i));
                if (targetColumn == null) {
                    problems.add(join.where() + ": " + target.name + " has no column " + referenced.get(i));
                    continue;
                }
                table.addColumn(new ColumnDef(column, 0, targetColumn.type(), join.notNull(), null,
                        ColumnDef.Identity.NONE, null, null));
            }
            if (join.unique()) {
                unique(table, names.unique(table.name, columns), columns);
            }
            if (join.name() != null && join.name().isEmpty()) {
                continue;
            }
            String name = join.name() == null ? names.foreignKey(table.name, columns) : join.name();
            table.foreignKeys.put(name, new ForeignKeyDef(name, columns, target.schema, target.name, referenced,
                    join.onDelete(), join.onUpdate(), "SIMPLE", false, false, true));
        }
    }

    private DatabaseSchema assemble() {
        Map<String, TreeMap<String, TableDef>> bySchema = new TreeMap<>();
        for (EntityTable t : tables.values()) {
            PrimaryKeyDef pk = null;
            if (!t.primaryKey.isEmpty()) {
                String name = names.primaryKey(t.name);
                pk = new PrimaryKeyDef(name, t.primaryKey);
                t.indexes.put(name, backingIndex(name, t.primaryKey));
            }
            bySchema.computeIfAbsent(t.schema, s -> new TreeMap<>()).put(t.name, new TableDef(t.schema, t.name,
                    List.copyOf(t.columns.values()), pk, new TreeMap<>(t.foreignKeys), new TreeMap<>(t.uniques),
                    new TreeMap<>(t.checks), new TreeMap<>(t.indexes), t.comment));
        }
        enums.values().forEach(e -> bySchema.computeIfAbsent(e.schema(), s -> new TreeMap<>()));
        sequences.values().forEach(s -> bySchema.computeIfAbsent(s.schema(), x -> new TreeMap<>()));
        Map<String, SchemaDef> schemas = new TreeMap<>();
        for (var entry : bySchema.entrySet()) {
            String schema = entry.getKey();
            schemas.put(schema, new SchemaDef(schema, entry.getValue(), only(enums, schema, EnumType::schema, EnumType::name),
                    only(sequences, schema, SequenceDef::schema, SequenceDef::name), new TreeSet<>()));
        }
        return new DatabaseSchema(new TreeMap<>(schemas));
    }

    private static <T> TreeMap<String, T> only(Map<String, T> all, String schema,
            Function<T, String> schemaOf, Function<T, String> nameOf) {
        TreeMap<String, T> out = new TreeMap<>();
        all.values().stream().filter(v -> schemaOf.apply(v).equals(schema)).forEach(v -> out.put(nameOf.apply(v), v));
        return out;
    }

    /** Records an enum type a column uses; two columns that disagree on its labels are a problem. */
    void enumType(String where, String schema, DbEnum dbEnum, Class<?> javaType) {
        EnumType type = new EnumType(schema, dbEnum.name(), EntityTypes.labels(dbEnum, javaType));
        EnumType known = enums.putIfAbsent(schema + "." + dbEnum.name(), type);
        if (known != null && !known.labels().equals(type.labels())) {
            problems.add(where + ": @DbEnum(name = \"" + dbEnum.name() + "\") has labels " + type.labels()
                    + " here but " + known.labels() + " elsewhere; give the same labels");
        }
    }
}
