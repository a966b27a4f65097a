package io.retort.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.RetortException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Identifiers are quoted exactly as the server's quote_ident does; literals read back as the value. */
class QuotingAndLiteralsTest {
    private static LiveDatabase db;

    enum Shade { LIGHT }

    @BeforeAll
    static void start() throws Exception {
        db = new LiveDatabase(QuotingAndLiteralsTest.class);
        db.script("SET TimeZone = 'UTC'");
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void quoteIdentifierAgreesWithQuoteIdentOnEveryKeywordAndOddName() throws Exception {
        List<String> words = new ArrayList<>();
        db.column("SELECT word FROM pg_get_keywords()").forEach(w -> words.add((String) w));
        words.addAll(List.of("user_id", "preference_key", "level", "key", "value", "timestamp", "User", "1abc", "_x", "a1",
                "x$", "a b", "we\"ird", "ünï", "semi;colon", "back\\slash", "Robert'); DROP TABLE x;--", "-", "ALL"));
        for (String word : words) {
            assertThat(db.dialect.quoteIdentifier(word)).as(word).isEqualTo(db.value("SELECT quote_ident(?)", word));
        }
        assertThatThrownBy(() -> db.dialect.quoteIdentifier("")).isInstanceOf(RetortException.class);
    }

    @Test
    void literalsReadBackAsTheirValue() throws Exception {
        Map<Object, String> cases = new LinkedHashMap<>();
        cases.put(true, "true");
        cases.put(42, "42");
        cases.put(-7L, "-7");
        cases.put(Long.MIN_VALUE, String.valueOf(Long.MIN_VALUE));
        cases.put(new BigDecimal("-12.500"), "-12.500");
        cases.put(new BigInteger("123456789012345678901234567890"), "123456789012345678901234567890");
        cases.put(1.5d, "1.5");
        cases.put(-0.25f, "-0.25");
        cases.put(Double.NaN, "NaN");
        cases.put(Float.NEGATIVE_INFINITY, "-Infinity");
        cases.put("it's", "it's");
        cases.put("C:\\path\\", "C:\\path\\");
        cases.put("a\nb\tc\\d'e\r\u0001", "a\nb\tc\\d'e\r\u0001");
        cases.put("unicode ✓ 日本 🎉", "unicode ✓ 日本 🎉");
        cases.put("", "");
        cases.put('c', "c");
        cases.put(Shade.LIGHT, "LIGHT");
        cases.put(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), "123e4567-e89b-12d3-a456-426614174000");
        cases.put(LocalDate.of(2024, 2, 29), "2024-02-29");
        cases.put(LocalDateTime.of(2024, 5, 1, 10, 15, 30, 123_456_000), "2024-05-01 10:15:30.123456");
        cases.put(OffsetDateTime.of(2024, 5, 1, 10, 15, 30, 0, ZoneOffset.ofHours(2)), "2024-05-01 08:15:30+00");
        cases.put(Instant.parse("2024-05-01T10:15:30Z"), "2024-05-01 10:15:30+00");
        cases.put(LocalTime.of(10, 15), "10:15:00");
        cases.put(OffsetTime.of(10, 15, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)), "10:15:00+05:30");
        cases.put(Duration.ofMinutes(90), "01:30:00");
        cases.put(Period.of(1, 2, 3), "1 year 2 mons 3 days");
        cases.put(new byte[] {0, (byte) 255, 10}, "\\x00ff0a");
        cases.put(new LinkedHashMap<>(Map.of("b", 1, "a", List.of(true, "x'y"))), "{\"a\":[true,\"x'y\"],\"b\":1}");
        cases.put(new int[] {1, 2}, "{\"1\",\"2\"}");
        cases.put(new String[] {"a b", "q\"x\\", null}, "{\"a b\",\"q\\\"x\\\\\",NULL}");
        for (Map.Entry<Object, String> c : cases.entrySet()) {
            String literal = db.dialect.literal(c.getKey());
            assertThat(db.value("SELECT (" + literal + ")::text")).as(literal).isEqualTo(c.getValue());
        }
        assertThat(db.value("SELECT " + db.dialect.literal(new int[] {1, 2}) + "::integer[] = ARRAY[1, 2]")).isEqualTo(true);
        assertThat(db.value("SELECT (NULL)::text")).isNull();
        assertThat(db.dialect.literal(null)).isEqualTo("NULL");
    }

    @Test
    void literalsAreWrittenPlainlyWherePossible() {
        assertThat(db.dialect.literal("it's")).isEqualTo("'it''s'");
        assertThat(db.dialect.literal("C:\\x")).isEqualTo("'C:\\x'");
        assertThat(db.dialect.literal("a\nb\\")).isEqualTo("E'a\\nb\\\\'");
        assertThat(db.dialect.literal(-1)).isEqualTo("(-1)");
        assertThat(db.dialect.literal(false)).isEqualTo("false");
        assertThat(db.dialect.literal(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")))
                .isEqualTo("'123e4567-e89b-12d3-a456-426614174000'::uuid");
        assertThat(db.dialect.literal(LocalDateTime.of(2024, 5, 1, 10, 0))).isEqualTo("'2024-05-01 10:00:00'::timestamp");
        assertThat(db.dialect.literal(Arrays.asList(1, null))).isEqualTo("'[1,null]'");
        assertThatThrownBy(() -> db.dialect.literal("nul\0")).isInstanceOf(RetortException.class).hasMessageContaining("NUL");
        assertThatThrownBy(() -> db.dialect.literal(new Object())).isInstanceOf(RetortException.class)
                .hasMessageContaining("java.lang.Object");
    }

    @Test
    void aNegativeNumberAfterAMinusIsNotAComment() throws Exception {
        assertThat(db.value("SELECT 1-" + db.dialect.literal(-1))).isEqualTo(2);
    }
}
