package io.retort.autogen;

import io.retort.entity.DbEnum;
import io.retort.entity.Jsonb;
import io.retort.entity.UnboundedVarchar;
import io.retort.ops.SqlType;
import io.retort.ops.Types;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * The Java type → column type table (the README's "Java type → PostgreSQL type"), Hibernate 6's
 * choices on PostgreSQL except where a Retort annotation says otherwise. Returns null for a type it
 * has no column type for.
 */
final class EntityTypes {
    private EntityTypes() {}

    private static final Map<Class<?>, SqlType> BASIC = Map.ofEntries(
            Map.entry(boolean.class, Types.BOOLEAN), Map.entry(Boolean.class, Types.BOOLEAN),
            Map.entry(byte.class, Types.SMALLINT), Map.entry(Byte.class, Types.SMALLINT),
            Map.entry(short.class, Types.SMALLINT), Map.entry(Short.class, Types.SMALLINT),
            Map.entry(int.class, Types.INTEGER), Map.entry(Integer.class, Types.INTEGER),
            Map.entry(long.class, Types.BIGINT), Map.entry(Long.class, Types.BIGINT),
            Map.entry(float.class, Types.REAL), Map.entry(Float.class, Types.REAL),
            Map.entry(double.class, Types.DOUBLE), Map.entry(Double.class, Types.DOUBLE),
            Map.entry(char.class, new SqlType.Char(1)), Map.entry(Character.class, new SqlType.Char(1)),
            Map.entry(BigInteger.class, new SqlType.Numeric(38, 0)),
            Map.entry(LocalDate.class, Types.DATE), Map.entry(java.sql.Date.class, Types.DATE),
            Map.entry(LocalTime.class, Types.TIME), Map.entry(java.sql.Time.class, Types.TIME),
            Map.entry(OffsetTime.class, Types.TIMETZ),
            Map.entry(LocalDateTime.class, Types.TIMESTAMP), Map.entry(java.sql.Timestamp.class, Types.TIMESTAMP),
            Map.entry(java.util.Date.class, Types.TIMESTAMP), Map.entry(java.util.Calendar.class, Types.TIMESTAMP),
            Map.entry(OffsetDateTime.class, Types.TIMESTAMPTZ), Map.entry(ZonedDateTime.class, Types.TIMESTAMPTZ),
            Map.entry(Instant.class, Types.TIMESTAMPTZ),
            Map.entry(Duration.class, new SqlType.Numeric(21, 0)),
            Map.entry(UUID.class, Types.UUID),
            Map.entry(byte[].class, Types.BYTEA), Map.entry(Byte[].class, Types.BYTEA));

    /** The column type of a basic attribute, or null when the table has none for its Java type. */
    static SqlType of(Field field, Column column, boolean unboundedByClass) {
        Class<?> type = field.getType();
        if (field.isAnnotationPresent(Jsonb.class)) {
            return Types.JSONB;
        }
        DbEnum dbEnum = field.getAnnotation(DbEnum.class);
        if (dbEnum != null) {
            return new SqlType.Enum(null, dbEnum.name(), labels(dbEnum, type), false);
        }
        if (field.isAnnotationPresent(Lob.class)) {
            return new SqlType.Simple("oid"); // Hibernate's large object on PostgreSQL, for text and bytes alike
        }
        if (type == String.class || type.isEnum() && isString(field)) {
            boolean unbounded = field.isAnnotationPresent(UnboundedVarchar.class) || unboundedByClass && type == String.class;
            return new SqlType.Varchar(unbounded ? null : column == null ? 255 : column.length());
        }
        if (type.isEnum()) {
            return Types.SMALLINT; // @Enumerated(ORDINAL), JPA's default
        }
        if (type == BigDecimal.class) {
            boolean given = column != null && column.precision() > 0;
            return new SqlType.Numeric(given ? column.precision() : 38, given ? column.scale() : 2);
        }
        Temporal temporal = field.getAnnotation(Temporal.class);
        if (temporal != null && temporal.value() != TemporalType.TIMESTAMP) {
            return temporal.value() == TemporalType.DATE ? Types.DATE : Types.TIME;
        }
        SqlType basic = BASIC.get(type);
        if (basic != null) {
            return basic;
        }
        if (type.isArray() && BASIC.containsKey(type.getComponentType())) {
            return new SqlType.Array(BASIC.get(type.getComponentType()));
        }
        if (type.isArray() && type.getComponentType() == String.class) {
            return new SqlType.Array(new SqlType.Varchar(column == null ? 255 : column.length()));
        }
        return null;
    }

    private static boolean isString(Field field) {
        Enumerated enumerated = field.getAnnotation(Enumerated.class);
        return enumerated != null && enumerated.value() == EnumType.STRING;
    }

    static java.util.List<String> labels(DbEnum dbEnum, Class<?> type) {
        if (dbEnum.labels().length > 0 || !type.isEnum()) {
            return java.util.List.of(dbEnum.labels());
        }
        return java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }
}
