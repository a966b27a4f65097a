package io.retort.dialect.postgres;

import java.util.Map;

/**
 * The catalog queries behind {@link PostgresInspector}. Each reads one kind of object for every
 * inspected schema at once (its only parameter, {@code ?}, is the text array of schema names), so
 * inspection costs the same handful of round trips for 5 tables or 5,000.
 */
final class PostgresCatalog {
    private PostgresCatalog() {}

    static final String SCHEMAS = """
            SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE n.nspname = ANY (?)
            """;

    /**
     * One row per column, or one row with null column fields for a table without columns. The
     * comments are joined, not read with {@code obj_description}/{@code col_description}: those
     * run a query of their own per row, most of this query's time at a thousand tables.
     */
    static final String TABLES_AND_COLUMNS = """
            SELECT n.nspname, c.relname, td.description AS table_comment,
                   a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull,
                   pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS default_expr, a.attidentity, a.attgenerated,
                   cd.description AS column_comment
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_description td ON td.objoid = c.oid
                  AND td.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND td.objsubid = 0
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
            LEFT JOIN pg_catalog.pg_description cd ON cd.objoid = c.oid
                  AND cd.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND cd.objsubid = a.attnum
            WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY (?)
            ORDER BY n.nspname, c.relname, a.attnum
            """;

    /** Primary key, unique, foreign key and check constraints of tables; column lists in key order. */
    static final String CONSTRAINTS = """
            SELECT n.nspname, t.relname, con.conname, con.contype,
                   ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num
                         ORDER BY k.ord) AS columns,
                   rn.nspname AS ref_schema, rt.relname AS ref_table,
                   ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num
                         ORDER BY k.ord) AS ref_columns,
                   con.confdeltype, con.confupdtype, con.confmatchtype,
                   con.condeferrable, con.condeferred, con.convalidated, con.connoinherit,
                   pg_catalog.pg_get_expr(con.conbin, con.conrelid) AS check_expr
            FROM pg_catalog.pg_constraint con
            JOIN pg_catalog.pg_class t ON t.oid = con.conrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
            LEFT JOIN pg_catalog.pg_class rt ON rt.oid = con.confrelid
            LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rt.relnamespace
            WHERE con.contype IN ('p', 'u', 'f', 'c') AND t.relkind IN ('r', 'p') AND n.nspname = ANY (?)
            ORDER BY n.nspname, t.relname, con.conname
            """;

    /** Indexes of tables, each key and INCLUDE column printed alone, and whether a constraint owns it. */
    static final String INDEXES = """
            SELECT n.nspname, t.relname, ic.relname AS index_name, i.indisunique, am.amname,
                   pg_catalog.pg_get_indexdef(i.indexrelid) AS definition,
                   pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS predicate, i.indnkeyatts,
                   ARRAY(SELECT pg_catalog.pg_get_indexdef(i.indexrelid, k, false)
                         FROM generate_series(1, i.indnatts) k ORDER BY k) AS columns,
                   EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                           WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid
                             AND con.contype IN ('p', 'u', 'x')) AS backs_constraint
            FROM pg_catalog.pg_index i
            JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_catalog.pg_am am ON am.oid = ic.relam
            JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
            WHERE t.relkind IN ('r', 'p') AND n.nspname = ANY (?)
            ORDER BY n.nspname, t.relname, ic.relname
            """;

    static final String ENUMS = """
            SELECT n.nspname, t.typname,
                   ARRAY(SELECT e.enumlabel FROM pg_catalog.pg_enum e
                         WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            WHERE t.typtype = 'e' AND n.nspname = ANY (?)
            ORDER BY n.nspname, t.typname
            """;

    /** Sequences with the column that owns them (serial: dependency 'a'; identity: 'i'). */
    static final String SEQUENCES = """
            SELECT n.nspname, c.relname, pg_catalog.format_type(s.seqtypid, NULL) AS data_type,
                   s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
                   tn.nspname AS owner_schema, t.relname AS owner_table, a.attname AS owner_column
            FROM pg_catalog.pg_sequence s
            JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                  AND d.objid = c.oid AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                  AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i')
            LEFT JOIN pg_catalog.pg_class t ON t.oid = d.refobjid
            LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
            WHERE n.nspname = ANY (?)
            ORDER BY n.nspname, c.relname
            """;

    static final String EXTENSIONS = """
            SELECT n.nspname, e.extname
            FROM pg_catalog.pg_extension e
            JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
            WHERE n.nspname = ANY (?)
            ORDER BY n.nspname, e.extname
            """;

    /** {@code pg_constraint.confdeltype}/{@code confupdtype} codes in words. */
    static final Map<String, String> FOREIGN_KEY_ACTIONS = Map.of(
            "a", "NO ACTION", "r", "RESTRICT", "c", "CASCADE", "n", "SET NULL", "d", "SET DEFAULT");

    /** {@code pg_constraint.confmatchtype} codes in words. */
    static final Map<String, String> FOREIGN_KEY_MATCHES = Map.of("s", "SIMPLE", "f", "FULL", "p", "PARTIAL");

    /**
     * The key list of an index definition, between the parentheses after {@code USING method}:
     * {@code a text_pattern_ops DESC, lower(a)} in {@code CREATE INDEX ix ON public.t USING btree
     * (a text_pattern_ops DESC, lower(a)) WHERE ...}. Quoted identifiers and literals may hold
     * parentheses, so they are skipped whole.
     */
    static String indexKeys(String definition, String method) {
        String marker = " USING " + method + " (";
        int start = definition.indexOf(marker);
        if (start < 0) {
            throw new IllegalStateException("unexpected index definition: " + definition);
        }
        start += marker.length();
        int depth = 1;
        char quote = 0;
        for (int i = start; i < definition.length(); i++) {
            char ch = definition.charAt(i);
            if (quote != 0) {
                quote = ch == quote ? 0 : quote; // a doubled quote closes and reopens: same effect
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                return definition.substring(start, i);
            }
        }
        throw new IllegalStateException("unbalanced index definition: " + definition);
    }
}
