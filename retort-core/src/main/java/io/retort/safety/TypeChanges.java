package io.retort.safety;

import io.retort.ops.SqlType;
import java.util.Objects;
import java.util.Set;

/**
 * Which column type changes PostgreSQL makes without rewriting the table: the binary-coercible
 * widenings (varchar(n) to varchar(m>n), varchar or text; a larger numeric precision, same scale;
 * a larger timestamp or time precision; cidr to inet).
 */
final class TypeChanges {
    private static final Set<String> TEXT = Set.of("text", "varchar", "character varying");

    private TypeChanges() {}

    static boolean withoutRewrite(SqlType from, SqlType to) {
        if (from.equals(to)) {
            return true;
        }
        if (from instanceof SqlType.Varchar v) {
            return to instanceof SqlType.Varchar w ? w.length() == null || v.length() != null && w.length() >= v.length()
                    : isText(to);
        }
        if (isText(from)) {
            return isText(to) || to instanceof SqlType.Varchar w && w.length() == null;
        }
        if (from instanceof SqlType.Numeric n && to instanceof SqlType.Numeric m) {
            return m.precision() == null || n.precision() != null && m.precision() >= n.precision()
                    && Objects.equals(n.scale(), m.scale());
        }
        if (from instanceof SqlType.Timestamp a && to instanceof SqlType.Timestamp b) {
            return a.withTimeZone() == b.withTimeZone() && widerPrecision(a.precision(), b.precision());
        }
        if (from instanceof SqlType.Time a && to instanceof SqlType.Time b) {
            return a.withTimeZone() == b.withTimeZone() && widerPrecision(a.precision(), b.precision());
        }
        return from instanceof SqlType.Simple a && a.name().equals("cidr") && to instanceof SqlType.Simple b
                && b.name().equals("inet");
    }

    private static boolean isText(SqlType t) {
        return t instanceof SqlType.Simple s && TEXT.contains(s.name());
    }

    private static boolean widerPrecision(Integer from, Integer to) {
        return to == null || from != null && to >= from;
    }
}
