package io.retort;

import java.util.regex.Pattern;

/** Masks passwords in URLs before they reach a message, log line or {@code toString()}. */
public final class Redaction {
    public static final String MASK = "***";
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;]password=)[^&;]*");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/:@?#]*:)[^/?#]*@");

    private Redaction() {}

    /** {@code url} with any password in it replaced by {@code ***} ({@code password=} parameters and {@code user:password@}). */
    public static String url(String url) {
        if (url == null) {
            return null;
        }
        String masked = PASSWORD_PARAMETER.matcher(url).replaceAll("$1" + MASK);
        return USER_INFO_PASSWORD.matcher(masked).replaceAll("$1" + MASK + "@");
    }
}
