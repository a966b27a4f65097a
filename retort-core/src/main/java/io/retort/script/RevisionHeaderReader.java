package io.retort.script;

import io.retort.RetortException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a revision file's {@code @Revision} header from its source text, without a compiler and
 * without loading any class. Only literal values are accepted — strings (concatenated with
 * {@code +} if wanted), {@code {...}} arrays of strings, a single string where an array is
 * expected, and {@code true}/{@code false} — because nothing else can be known without compiling.
 * Every problem is a {@link RetortException} naming the file and line.
 */
public final class RevisionHeaderReader {
    private RevisionHeaderReader() {}

    /** Reads and parses {@code file} (UTF-8). */
    public static RevisionSource read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RetortException(file + ": cannot read revision file: " + e.getMessage(), e);
        }
        return parse(file, decode(file, bytes));
    }

    /** Parses {@code text} as the content of {@code file} (which is not read). */
    public static RevisionSource parse(Path file, String text) {
        JavaTokens tokens = JavaTokens.of(file.toString(), text);
        String fileName = file.getFileName().toString();
        String stem = fileName.endsWith(".java") ? fileName.substring(0, fileName.length() - 5) : fileName;
        HeaderParser.Result result = new HeaderParser(tokens, stem).parse();
        String className = result.packageName().isEmpty() ? stem : result.packageName() + "." + stem;
        return new RevisionSource(file, className, result.header(), tokens.fingerprint());
    }

    /** The file's bytes as text; not UTF-8 is a {@link RetortException} naming the file. */
    public static String decode(Path file, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text; // the fast path: nothing was replaced, so the bytes were valid UTF-8
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RetortException(file + ": not UTF-8 text; save the revision file as UTF-8");
        }
    }
}
