package io.retort.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bulk-insert case: {@code rows} rows into {@code bulk (id bigint, name text, payload jsonb,
 * created_at timestamptz)}, created empty before each timed run. Every loader inserts the same
 * values.
 */
record BulkLoad(int rows) {
    static final String TABLE = "bulk";
    static final String CREATE_TABLE = "CREATE TABLE bulk (id bigint, name text, payload jsonb, created_at timestamptz)";
    static final String CREATED_AT = "2026-01-01T00:00:00Z";
    /** Rows per {@code bulkInsert} call in the Retort revision, as a user would chunk a large load. */
    static final int RETORT_CHUNK = 10_000;

    static String name(long id) {
        return "name-" + id;
    }

    static String payload(long id) {
        return "{\"i\": " + id + ", \"tag\": \"bench\"}";
    }

    /** The rows in COPY's text format, for {@code psql \copy}. */
    void writeCopyFile(Path file) {
        try {
            Files.createDirectories(file.getParent());
            try (BufferedWriter out = Files.newBufferedWriter(file)) {
                for (long id = 1; id <= rows; id++) {
                    out.write(id + "\t" + name(id) + "\t" + payload(id) + "\t" + CREATED_AT + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** A Retort project whose one revision loads the rows through {@code op.bulkInsert}. */
    RetortProject writeRetortProject(Path root) {
        WorkFolder.deleteTree(root);
        RetortProject project = new RetortProject(root);
        WorkFolder.write(project.versions().resolve("R00001_bulk.java"), """
                import static io.retort.ops.TableRef.col;
                import static io.retort.ops.TableRef.table;
                import static io.retort.ops.Types.BIGINT;
                import static io.retort.ops.Types.JSONB;
                import static io.retort.ops.Types.TEXT;
                import static io.retort.ops.Types.TIMESTAMPTZ;

                import io.retort.Migration;
                import io.retort.Revision;
                import io.retort.ops.Ops;
                import io.retort.ops.TableRef;
                import java.time.OffsetDateTime;
                import java.util.ArrayList;
                import java.util.List;
                import java.util.Map;

                @Revision(id = "r00001", message = "load %1$d rows into bulk")
                public class R00001_bulk implements Migration {
                    private static final TableRef BULK = table("bulk",
                            col("id", BIGINT), col("name", TEXT), col("payload", JSONB), col("created_at", TIMESTAMPTZ));

                    @Override
                    public void upgrade(Ops op) {
                        OffsetDateTime createdAt = OffsetDateTime.parse("%2$s");
                        List<Map<String, Object>> rows = new ArrayList<>(%3$d);
                        for (long id = 1; id <= %1$d; id++) {
                            rows.add(Map.of("id", id, "name", "name-" + id,
                                    "payload", "{\\"i\\": " + id + ", \\"tag\\": \\"bench\\"}", "created_at", createdAt));
                            if (rows.size() == %3$d) {
                                op.bulkInsert(BULK, rows);
                                rows = new ArrayList<>(%3$d);
                            }
                        }
                        if (!rows.isEmpty()) {
                            op.bulkInsert(BULK, rows);
                        }
                    }

                    @Override
                    public void downgrade(Ops op) {
                        op.execute("DELETE FROM bulk");
                    }
                }
                """.formatted(rows, CREATED_AT, RETORT_CHUNK));
        return project;
    }
}
