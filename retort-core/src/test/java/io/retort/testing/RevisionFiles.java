package io.retort.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Writes small revision files for tests. */
public final class RevisionFiles {
    private RevisionFiles() {}

    /** A revision whose upgrade creates table {@code t_<id>} and whose downgrade drops it. */
    public static Path table(Path dir, String id, String... down) {
        return write(dir, id, down, "op.execute(\"CREATE TABLE t_" + id + " (id integer)\");",
                "op.execute(\"DROP TABLE t_" + id + "\");");
    }

    /** A revision with the given Java statements as the bodies of upgrade and downgrade. */
    public static Path write(Path dir, String id, String[] down, String upgrade, String downgrade) {
        return write(dir, id, down, "", upgrade, downgrade);
    }

    /** Like {@link #write(Path, String, String[], String, String)} with extra header attributes. */
    public static Path write(Path dir, String id, String[] down, String extraHeader, String upgrade, String downgrade) {
        String cls = "R_" + id;
        String downs = Arrays.stream(down).map(d -> "\"" + d + "\"").collect(Collectors.joining(", ", "{", "}"));
        String text = """
                import io.retort.Migration;
                import io.retort.Revision;
                import io.retort.ops.*;
                import static io.retort.ops.Column.column;
                import static io.retort.ops.Types.*;

                @Revision(id = "%s", down = %s, message = "revision %s"%s)
                public class %s implements Migration {
                    @Override
                    public void upgrade(Ops op) throws Exception {
                        %s
                    }

                    @Override
                    public void downgrade(Ops op) throws Exception {
                        %s
                    }
                }
                """.formatted(id, downs, id, extraHeader.isEmpty() ? "" : ", " + extraHeader, cls, upgrade, downgrade);
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(cls + ".java");
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
