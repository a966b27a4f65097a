package org.smartem.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A random entity model as Java source text, from a seed: one to four entities with ids of every
 * generation strategy, columns of every Java type of the README's type table (some with a server
 * default, a CHECK or a comment), many-to-one joins to earlier entities (or themselves), indexes
 * (some partial), unique constraints, table comments and checks, and a Java enum stored three ways.
 *
 * @param packageName the package every class is in
 * @param files source text by file name ({@code E0.java})
 */
record RandomEntitySources(String packageName, Map<String, String> files) {

    /** A column type: the field's Java type, the annotations it needs, whether it may be indexed. */
    private record Kind(String javaType, String annotations, boolean indexable) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("String", "", true),
            new Kind("String", "@UnboundedVarchar ", true),
            new Kind("boolean", "", true), new Kind("Boolean", "", true),
            new Kind("byte", "", true), new Kind("Short", "", true), new Kind("short", "", true),
            new Kind("int", "", true), new Kind("Integer", "", true),
            new Kind("long", "", true), new Kind("Long", "", true),
            new Kind("float", "", true), new Kind("Double", "", true), new Kind("double", "", true),
            new Kind("char", "", true), new Kind("Character", "", true),
            new Kind("java.math.BigDecimal", "", true), new Kind("java.math.BigInteger", "", true),
            new Kind("java.time.LocalDate", "", true), new Kind("java.sql.Date", "", true),
            new Kind("java.time.LocalTime", "", true), new Kind("java.sql.Time", "", true),
            new Kind("java.time.OffsetTime", "", true),
            new Kind("java.time.LocalDateTime", "", true), new Kind("java.sql.Timestamp", "", true),
            new Kind("java.util.Date", "@Temporal(TemporalType.TIMESTAMP) ", true),
            new Kind("java.util.Calendar", "@Temporal(TemporalType.TIMESTAMP) ", true),
            new Kind("java.time.OffsetDateTime", "", true), new Kind("java.time.ZonedDateTime", "", true),
            new Kind("java.time.Instant", "", true), new Kind("java.time.Duration", "", true),
            new Kind("java.util.UUID", "", true),
            new Kind("byte[]", "", true),
            new Kind("String", "@Lob ", true), new Kind("byte[]", "@Lob ", true),
            new Kind("Shade", "@Enumerated(EnumType.STRING) ", true),
            new Kind("Shade", "", true),
            new Kind("Shade", "@Enumerated(EnumType.ORDINAL) ", true),
            new Kind("Shade", "@Enumerated(EnumType.STRING) @DbEnum(name = \"shade\") ", true),
            // Hibernate reads jsonb only through a columnDefinition or its own type annotation.
            new Kind("String", "@Jsonb ", false),
            new Kind("int[]", "", true), new Kind("String[]", "", true));

    /** An id: the field's type, its annotations and the type of a join column that refers to it. */
    private record IdKind(String javaType, String annotations) {}

    private static final List<IdKind> IDS = List.of(
            new IdKind("Long", "@GeneratedValue(strategy = GenerationType.IDENTITY) "),
            new IdKind("Integer", "@GeneratedValue(strategy = GenerationType.IDENTITY) "),
            new IdKind("Long", "@GeneratedValue(strategy = GenerationType.SEQUENCE) "),
            new IdKind("long", "@GeneratedValue "),
            new IdKind("Long", "@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"%1$s_gen\") "
                    + "@SequenceGenerator(name = \"%1$s_gen\", sequenceName = \"%1$s_ids\", allocationSize = %2$d) "),
            new IdKind("String", ""),
            new IdKind("java.util.UUID", ""));

    private static final java.util.Set<String> NUMBERS = java.util.Set.of("byte", "short", "Short", "int", "Integer",
            "long", "Long", "float", "double", "Double", "java.math.BigDecimal", "java.math.BigInteger");

    /** A server default that suits the kind, as SQL; null for none. */
    private static String serverDefault(Kind kind) {
        if (kind.annotations().contains("@Lob") || kind.javaType().endsWith("[]")) {
            return null;
        }
        if (kind.annotations().contains("@Jsonb")) {
            return "'{}'::jsonb";
        }
        if (kind.javaType().equals("Shade")) {
            return kind.annotations().contains("STRING") ? "'RED'" : "0";
        }
        return switch (kind.javaType()) {
            case "String" -> "'none'";
            case "boolean", "Boolean" -> "false";
            case "java.time.LocalDateTime", "java.time.OffsetDateTime", "java.time.Instant" -> "now()";
            case "java.util.UUID" -> "gen_random_uuid()";
            default -> NUMBERS.contains(kind.javaType()) ? "0" : null;
        };
    }

    private static final List<String> WORDS = List.of("item", "box", "node", "sample", "run", "slot", "tray");

    static RandomEntitySources generate(long seed) {
        Random random = new Random(seed);
        String pkg = "gen.m" + Long.toHexString(seed);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("Shade.java", "package " + pkg + ";\n\npublic enum Shade { RED, GREEN, BLUE }\n");
        int entities = 1 + random.nextInt(4);
        List<String> tables = new ArrayList<>();
        for (int k = 0; k < entities; k++) {
            tables.add("t" + k + "_" + WORDS.get(random.nextInt(WORDS.size())));
        }
        for (int k = 0; k < entities; k++) {
            files.put("E" + k + ".java", entity(random, pkg, k, tables));
        }
        return new RandomEntitySources(pkg, files);
    }

    private static String entity(Random random, String pkg, int k, List<String> tables) {
        String table = tables.get(k);
        StringBuilder fields = new StringBuilder();
        List<String> indexable = new ArrayList<>();
        List<List<String>> unique = new ArrayList<>();
        List<String> specs = new ArrayList<>();
        IdKind id = IDS.get(random.nextInt(IDS.size()));
        fields.append("    @Id ").append(String.format(id.annotations(), table, random.nextBoolean() ? 1 : 50))
                .append("private ").append(id.javaType()).append(" id;\n");
        int columns = 1 + random.nextInt(8);
        for (int j = 0; j < columns; j++) {
            Kind kind = KINDS.get(random.nextInt(KINDS.size()));
            String column = "c" + j + "_" + WORDS.get(random.nextInt(WORDS.size()));
            boolean primitive = Character.isLowerCase(kind.javaType().charAt(0)) && !kind.javaType().contains(".")
                    && !kind.javaType().endsWith("[]");
            List<String> attributes = new ArrayList<>();
            attributes.add("name = \"" + column + "\"");
            if (!primitive && random.nextInt(3) == 0) {
                attributes.add("nullable = false");
            }
            if (kind.indexable() && random.nextInt(8) == 0) {
                attributes.add("unique = true");
                unique.add(List.of(column));
            }
            if (kind.javaType().equals("String") && kind.annotations().isEmpty() && random.nextBoolean()) {
                attributes.add("length = " + (1 + random.nextInt(400)));
            }
            if (kind.javaType().endsWith("BigDecimal") && random.nextBoolean()) {
                int precision = 1 + random.nextInt(30);
                attributes.add("precision = " + precision + ", scale = " + random.nextInt(precision + 1));
            }
            if (kind.annotations().contains("@DbEnum")) {
                attributes.add("columnDefinition = \"shade\"");
            }
            if (kind.annotations().contains("@Jsonb")) {
                attributes.add("columnDefinition = \"jsonb\"");
            }
            String serverDefault = serverDefault(kind);
            if (serverDefault != null && random.nextInt(4) == 0) {
                fields.append("    @ServerDefault(\"").append(serverDefault).append("\")\n");
            }
            if (NUMBERS.contains(kind.javaType()) && random.nextInt(4) == 0) {
                fields.append("    @CheckConstraint(\"").append(column).append(" >= 0\")\n");
            }
            if (random.nextInt(5) == 0) {
                fields.append("    @Comment(\"").append(column).append("'s value\")\n");
            }
            fields.append("    ").append(kind.annotations()).append("@Column(").append(String.join(", ", attributes))
                    .append(") private ").append(kind.javaType()).append(" f").append(j).append(";\n");
            if (kind.indexable()) {
                indexable.add(column);
            }
        }
        int joins = random.nextInt(3);
        for (int j = 0; j < joins; j++) {
            int target = random.nextInt(k + 1);
            String column = "ref" + j + "_" + tables.get(target).substring(0, 2) + "_id";
            boolean required = random.nextInt(3) == 0;
            fields.append("    @ManyToOne").append(required && random.nextBoolean() ? "(optional = false)" : "")
                    .append(" @JoinColumn(name = \"").append(column).append('"')
                    .append(required ? ", nullable = false" : "").append(") ")
                    .append(random.nextInt(4) == 0 ? "@ForeignKeyAction(onDelete = \"CASCADE\") " : "")
                    .append("private E").append(target).append(" r").append(j).append(";\n");
            indexable.add(column);
        }
        return "package " + pkg + ";\n\n"
                + "import io.retort.entity.*;\nimport io.retort.entity.CheckConstraint;\nimport jakarta.persistence.*;\n\n"
                + "@Entity\n@Table(name = \"" + table + "\"" + indexes(random, table, indexable, unique, specs) + ")\n"
                + String.join("", specs)
                + (random.nextInt(4) == 0 ? "@Comment(\"" + table + "'s rows\")\n" : "")
                + (random.nextInt(4) == 0 ? "@CheckConstraint(name = \"" + table + "_id_set\", value = \"id IS NOT NULL\")\n" : "")
                + "public class E" + k + " {\n" + fields + "}\n";
    }

    private static String indexes(Random random, String table, List<String> columns, List<List<String>> unique,
            List<String> specs) {
        int count = columns.isEmpty() ? 0 : random.nextInt(3);
        List<String> indexes = new ArrayList<>();
        List<String> uniques = new ArrayList<>();
        java.util.Set<List<String>> used = new java.util.HashSet<>(unique);
        for (int n = 0; n < count; n++) {
            List<String> keys = new ArrayList<>();
            keys.add(columns.get(random.nextInt(columns.size())));
            String second = columns.get(random.nextInt(columns.size()));
            if (random.nextBoolean() && !keys.contains(second)) {
                keys.add(second);
            }
            if (!used.add(keys)) {
                continue; // two unnamed ones on the same keys would want the same name
            }
            switch (random.nextInt(4)) {
                case 0 -> uniques.add("@UniqueConstraint(columnNames = {\"" + String.join("\", \"", keys) + "\"})");
                case 1 -> indexes.add("@Index(columnList = \"" + String.join(", ", keys) + "\")");
                default -> {
                    String name = "ix_" + table + "_" + n;
                    indexes.add("@Index(name = \"" + name + "\", columnList = \""
                            + String.join(", ", keys) + "\"" + (random.nextBoolean() ? ", unique = true" : "") + ")");
                    if (random.nextInt(3) == 0) {
                        specs.add("@IndexSpec(index = \"" + name + "\", where = \"" + keys.get(0) + " IS NOT NULL\")\n");
                    }
                }
            }
        }
        return (indexes.isEmpty() ? "" : ",\n        indexes = {" + String.join(", ", indexes) + "}")
                + (uniques.isEmpty() ? "" : ",\n        uniqueConstraints = {" + String.join(", ", uniques) + "}");
    }

    /** All files, for a failure message. */
    String text() {
        StringBuilder out = new StringBuilder();
        files.forEach((name, text) -> out.append("// ").append(name).append('\n').append(text));
        return out.toString();
    }
}
