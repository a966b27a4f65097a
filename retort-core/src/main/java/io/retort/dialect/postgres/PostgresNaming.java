package io.retort.dialect.postgres;

import io.retort.ops.Constraint;
import io.retort.ops.ConstraintNaming;
import io.retort.ops.Operation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's rules for names: which identifiers it takes bare, and the names it chooses for a
 * constraint, index or sequence created without one ({@code <table>_pkey},
 * {@code <table>_<columns>_key}, {@code <table>_<columns>_fkey}, {@code <table>_<column>_check},
 * {@code <table>_<columns>_idx}, {@code <table>_<column>_seq}), shortened to 63 bytes as its
 * {@code makeObjectName} does. A name PostgreSQL had to number because it was taken
 * ({@code ..._key1}) is not predicted: that needs the catalog.
 */
public final class PostgresNaming implements ConstraintNaming {
    /** PostgreSQL keeps the first NAMEDATALEN - 1 bytes of a name. */
    public static final int MAX_NAME_BYTES = 63;

    public PostgresNaming() {}

    /**
     * True when PostgreSQL's {@code quote_ident} leaves the identifier bare: lower-case ASCII
     * letters, digits and underscores, not starting with a digit, and not a key word it quotes.
     */
    public static boolean isBare(String identifier) {
        if (identifier.isEmpty()) {
            return false;
        }
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || c == '_';
            if (!(letter || (i > 0 && c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return !PostgresKeywords.quoted(identifier);
    }

    /** The constraint's own name, or the one PostgreSQL gives it on {@code table}. */
    @Override
    public String nameOf(String table, Constraint constraint) {
        if (constraint.name() != null) {
            return constraint.name();
        }
        if (constraint instanceof Constraint.PrimaryKey) {
            return primaryKey(table);
        }
        if (constraint instanceof Constraint.Unique u) {
            return unique(table, u.columns());
        }
        if (constraint instanceof Constraint.ForeignKey fk) {
            return foreignKey(table, fk.columns());
        }
        return check(table, ((Constraint.Check) constraint).expression());
    }

    public static String primaryKey(String table) {
        return objectName(table, null, "pkey");
    }

    public static String unique(String table, List<String> columns) {
        return objectName(table, joined(columns), "key");
    }

    public static String foreignKey(String table, List<String> columns) {
        return objectName(table, joined(columns), "fkey");
    }

    /**
     * {@code <table>_<column>_check} when the expression mentions exactly one column, else
     * {@code <table>_check}. The columns are found by reading the expression's words, which is
     * right for the usual checks but is not PostgreSQL's parser.
     */
    public static String check(String table, String expression) {
        List<String> columns = ExpressionColumns.of(expression);
        return objectName(table, columns.size() == 1 ? stored(columns.get(0)) : null, "check");
    }

    /** The sequence of a serial or identity column. */
    public static String sequence(String table, String column) {
        return objectName(table, stored(column), "seq");
    }

    /**
     * The name of an index created without one: its key names joined, an expression named after
     * its function ({@code lower(email)} gives {@code lower}) or else {@code expr}, repeats numbered.
     */
    @Override
    public String index(String table, List<Operation.IndexKey> keys) {
        List<String> names = new ArrayList<>();
        for (Operation.IndexKey key : keys) {
            String original = stored(key.expression() ? ExpressionColumns.figureName(key.value()) : key.value());
            String name = original;
            for (int i = 1; names.contains(name); i++) {
                String suffix = Integer.toString(i);
                name = clip(original, MAX_NAME_BYTES - suffix.length()) + suffix;
            }
            names.add(name);
        }
        return objectName(table, String.join("_", names), "idx");
    }

    /** Column names as PostgreSQL stores them, joined by underscores. */
    private static String joined(List<String> columns) {
        return String.join("_", columns.stream().map(PostgresNaming::stored).toList());
    }

    /** A name as PostgreSQL stores it: cut to 63 bytes. */
    private static String stored(String name) {
        return clip(name, MAX_NAME_BYTES);
    }

    /**
     * PostgreSQL's {@code makeObjectName}: {@code name1_name2_label}, the longer of the two names
     * shortened a byte at a time until the whole fits in 63 bytes, never splitting a character.
     */
    public static String objectName(String name1, String name2, String label) {
        name1 = stored(name1);
        name2 = name2 == null ? null : stored(name2);
        int overhead = (name2 == null ? 0 : 1) + (label == null ? 0 : bytes(label) + 1);
        int available = MAX_NAME_BYTES - overhead;
        int length1 = bytes(name1);
        int length2 = name2 == null ? 0 : bytes(name2);
        while (length1 + length2 > available) {
            if (length1 > length2) {
                length1--;
            } else {
                length2--;
            }
        }
        StringBuilder out = new StringBuilder(clip(name1, length1));
        if (name2 != null) {
            out.append('_').append(clip(name2, length2));
        }
        if (label != null) {
            out.append('_').append(label);
        }
        return out.toString();
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The longest prefix of {@code s} of at most {@code maxBytes} UTF-8 bytes, whole characters only. */
    private static String clip(String s, int maxBytes) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int size = bytes(new String(Character.toChars(cp)));
            if (used + size > maxBytes) {
                break;
            }
            used += size;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }
}
