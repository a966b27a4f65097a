package io.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.RetortException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionFolderScannerTest {
    @TempDir
    Path dir;

    void write(Path folder, String className, String id, String down) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(className + ".java"), RevisionHeaderReaderTest.revision(
                "id = \"" + id + "\", down = {" + (down.isEmpty() ? "" : "\"" + down + "\"") + "}").replace("R1_x", className));
    }

    @Test
    void scansJavaFilesOfEveryFolderSortedByName() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        write(a, "R3_c", "c", "b");
        write(b, "R1_a", "a", "");
        write(a, "R2_b", "b", "a");
        write(a.resolve("nested"), "R0_ignored", "z", "");
        Files.writeString(a.resolve("notes.txt"), "@Revision(id = \"x\")");

        List<RevisionSource> sources = RevisionFolderScanner.scan(List.of(a, b));

        assertThat(sources).extracting(RevisionSource::id).containsExactly("a", "b", "c");
        assertThat(sources).extracting(RevisionSource::file)
                .containsExactly(b.resolve("R1_a.java"), a.resolve("R2_b.java"), a.resolve("R3_c.java"));
        assertThat(sources.get(2).header().downRevisions()).containsExactly("b");
    }

    @Test
    void namesAMissingFolderAndABadFile() throws IOException {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> RevisionFolderScanner.scan(List.of(missing)))
                .isInstanceOf(RetortException.class)
                .hasMessage("script location " + missing + " does not exist; create it, or set script_locations in retort.toml (`retort init` writes one)");
        Files.write(dir.resolve("R1_x.java"), new byte[] {'/', '/', (byte) 0xff});
        assertThatThrownBy(() -> RevisionFolderScanner.scan(List.of(dir)))
                .hasMessage(dir.resolve("R1_x.java") + ": not UTF-8 text; save the revision file as UTF-8");
    }

    @Test
    void scansTenThousandFilesQuickly() throws IOException {
        Path versions = dir.resolve("versions");
        Files.createDirectories(versions);
        String body = """
                    @Override
                    public void upgrade(Ops op) {
                        op.createTable("acquisition",
                                column("uuid", VARCHAR).primaryKey(),
                                column("name", VARCHAR).notNull().serverDefault("'Unknown'"),
                                column("start_time", TIMESTAMP));
                        op.createIndex("ix_acquisition_name", "acquisition", "name");
                    }

                    @Override
                    public void downgrade(Ops op) {
                        op.dropIndex("ix_acquisition_name");
                        op.dropTable("acquisition");
                    }
                """.repeat(4);
        for (int i = 0; i < 10_000; i++) {
            String name = String.format("R%05d_rev", i);
            Files.writeString(versions.resolve(name + ".java"), RevisionHeaderReaderTest.revision(
                    "id = \"r" + i + "\", down = {" + (i == 0 ? "" : "\"r" + (i - 1) + "\"") + "}, message = \"revision " + i + "\"")
                    .replace("R1_x", name).replace("public void upgrade(io.retort.ops.Ops op) {}", "/* " + body + " */"));
        }
        RevisionFolderScanner.scan(List.of(versions)); // warm up the JIT and the page cache
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        List<RevisionSource> sources = RevisionFolderScanner.scan(List.of(versions));
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
        System.out.println("scanned 10,000 revision files in " + millis + " ms, " + cpuMillis + " ms of CPU");
        assertThat(sources).hasSize(10_000);
        // CPU time, not wall time: test machines are shared; on an idle one the wall time is lower still
        assertThat(cpuMillis).isLessThan(2_000);
    }
}
