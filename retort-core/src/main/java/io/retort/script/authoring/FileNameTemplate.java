package io.retort.script.authoring;

import io.retort.RetortException;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * The {@code file_template} setting: how new revision files (and so their classes) are named.
 * Fields are {@code {year} {month} {day} {hour} {minute} {second} {rev} {slug}}; the result is
 * always a legal Java class name.
 */
record FileNameTemplate(String pattern) {
    static final String DEFAULT = "R{year}_{month}_{day}_{hour}{minute}_{rev}_{slug}";
    static final int SLUG_LENGTH = 40;
    private static final Pattern FIELD = Pattern.compile("\\{([^{}]*)}");
    private static final List<String> FIELDS = List.of("year", "month", "day", "hour", "minute", "second", "rev", "slug");

    FileNameTemplate {
        Matcher m = FIELD.matcher(pattern);
        while (m.find()) {
            if (!FIELDS.contains(m.group(1))) {
                throw problem(pattern, "unknown field {" + m.group(1) + "}");
            }
        }
        if (m.replaceAll("").contains("{") || m.replaceAll("").contains("}")) {
            throw problem(pattern, "unbalanced { or }");
        }
    }

    private static RetortException problem(String pattern, String what) {
        return new RetortException("file_template \"" + pattern + "\": " + what + "; fields are {"
                + String.join("} {", FIELDS) + "}");
    }

    /** The class name (the file name without {@code .java}). */
    String className(String id, String message, LocalDateTime created) {
        Map<String, String> values = Map.of(
                "year", String.format(Locale.ROOT, "%04d", created.getYear()),
                "month", twoDigits(created.getMonthValue()),
                "day", twoDigits(created.getDayOfMonth()),
                "hour", twoDigits(created.getHour()),
                "minute", twoDigits(created.getMinute()),
                "second", twoDigits(created.getSecond()),
                "rev", id,
                "slug", slug(message));
        String raw = FIELD.matcher(pattern).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1))));
        return javaName(raw);
    }

    private static String twoDigits(int value) {
        return String.format(Locale.ROOT, "%02d", value);
    }

    /** The message lowercased, accents dropped, other non-alphanumerics as single {@code _}s. */
    static String slug(String message) {
        String plain = Normalizer.normalize(message, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = trimUnderscores(plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"));
        return slug.length() <= SLUG_LENGTH ? slug : trimUnderscores(slug.substring(0, SLUG_LENGTH));
    }

    private static String trimUnderscores(String s) {
        return s.replaceAll("^_+|_+$", "");
    }

    /**
     * Anything but ASCII letters, digits and {@code _} becomes {@code _} (file names stay portable),
     * trailing {@code _}s go, and a digit start or a keyword gets an {@code R} in front.
     */
    static String javaName(String raw) {
        String result = raw.replaceAll("[^A-Za-z0-9_]", "_").replaceAll("(?<=.)_+$", "");
        if (result.isEmpty() || Character.isDigit(result.charAt(0)) || SourceVersion.isKeyword(result)) {
            result = "R" + result;
        }
        return result;
    }
}
