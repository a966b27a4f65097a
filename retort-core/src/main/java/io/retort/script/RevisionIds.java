package io.retort.script;

import io.retort.RetortException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Revision ids: making new ones and checking given ones. */
public final class RevisionIds {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_]{1,128}");

    private RevisionIds() {}

    /** A new random id: 12 lowercase hexadecimal digits, like Alembic's. */
    public static String generate() {
        byte[] bytes = new byte[6];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** True for 1 to 128 letters, digits and {@code _}. */
    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    /**
     * Returns {@code id} if it {@link #isValid is valid}.
     *
     * @throws RetortException naming the id otherwise
     */
    public static String requireValid(String id) {
        if (!isValid(id)) {
            throw new RetortException(problem("revision id", id));
        }
        return id;
    }

    /** What is wrong with {@code value}, named {@code what} in the message. */
    public static String problem(String what, String value) {
        return what + " '" + value + "' must be 1 to 128 letters, digits or _";
    }
}
