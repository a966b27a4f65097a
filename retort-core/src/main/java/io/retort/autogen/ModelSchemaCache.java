package io.retort.autogen;

import io.retort.dialect.Dialect;
import io.retort.script.JavaTokens;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The {@link ModelSchema} read from compiled entity sources, kept in their cache folder so that a
 * warm read deserialises one file instead of loading and reflecting every entity class. The
 * folder is already keyed by the sources' content and the Java version; the file name adds the
 * packages, the dialect and the reader's version. A missing, stale or corrupt file is read again
 * from the classes, never an error.
 */
final class ModelSchemaCache {
    /** Raise when {@link EntityReader} maps an entity differently, so old files are not read. */
    private static final int READER_VERSION = 1;

    // Only the schema records and the JDK collections they are made of.
    private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(
            "maxdepth=20;io.retort.schema.*;io.retort.autogen.ModelSchema;io.retort.autogen.ModelRename;"
                    + "java.util.*;java.lang.String;java.lang.Boolean;java.lang.Integer;java.lang.Long;"
                    + "java.lang.Number;java.lang.Enum;java.lang.Object;!*");

    private final Path file;

    private ModelSchemaCache(Path file) {
        this.file = file;
    }

    /** The cache of the model compiled into {@code classes} and read with these settings. */
    static ModelSchemaCache in(Path classes, ModelSettings settings, Dialect dialect) {
        String key = "retort-model-" + READER_VERSION + "\n" + dialect.getClass().getName() + "\n" + settings.packages()
                + "\n" + retortBuild();
        return new ModelSchemaCache(classes.resolve("model-" + JavaTokens.sha256(key.getBytes(StandardCharsets.UTF_8)) + ".ser"));
    }

    /** The model kept earlier, or empty when there is none or it cannot be read. */
    Optional<ModelSchema> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream bytes = new BufferedInputStream(Files.newInputStream(file));
                ObjectInputStream in = new ObjectInputStream(bytes)) {
            in.setObjectInputFilter(ALLOWED);
            return Optional.of((ModelSchema) in.readObject());
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return Optional.empty(); // read again from the classes, and written anew
        }
    }

    /** Keeps {@code model}; a failure to write only costs the next read its speed. */
    void write(ModelSchema model) {
        Path temp = null;
        try {
            temp = Files.createTempFile(file.getParent(), "model-", ".tmp");
            try (OutputStream bytes = new BufferedOutputStream(Files.newOutputStream(temp));
                    ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(model);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // a read-only cache folder: the model is read from the classes each time
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // left for the next write to replace; it is never read
            }
        }
    }

    /** Retort's own jar by size and time, so a rebuilt reader does not trust an older file. */
    private static String retortBuild() {
        try {
            Path code = Path.of(EntityReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
            }
            return code.toString();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}
