package io.retort.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.testing.RevisionFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeaderCacheTest {
    @TempDir Path dir;

    @Test
    void anUnchangedFileIsNotReadAgain() throws Exception {
        Path versions = dir.resolve("versions");
        Path file = RevisionFiles.table(versions, "a");
        Path cache = dir.resolve("cache/headers.bin");
        assertThat(RevisionFolderScanner.scan(List.of(versions), cache)).extracting(RevisionSource::id).containsExactly("a");
        assertThat(cache).exists();

        // Same size and time, different text: only a cache hit can still say "a".
        FileTime time = Files.getLastModifiedTime(file);
        String text = Files.readString(file);
        Files.writeString(file, text.replace("id = \"a\"", "id = \"b\""));
        Files.setLastModifiedTime(file, time);
        assertThat(RevisionFolderScanner.scan(List.of(versions), cache)).extracting(RevisionSource::id).containsExactly("a");
    }

    @Test
    void aChangedFileIsReadAgain() throws Exception {
        Path versions = dir.resolve("versions");
        Path file = RevisionFiles.table(versions, "a");
        Path cache = dir.resolve("cache/headers.bin");
        RevisionFolderScanner.scan(List.of(versions), cache);
        Files.writeString(file, Files.readString(file).replace("revision a", "revision a, edited"));
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
        assertThat(RevisionFolderScanner.scan(List.of(versions), cache).get(0).header().message()).isEqualTo("revision a, edited");
    }

    @Test
    void aDamagedCacheIsIgnored() throws Exception {
        Path versions = dir.resolve("versions");
        RevisionFiles.table(versions, "a");
        RevisionFiles.table(versions, "b", "a");
        Path cache = dir.resolve("cache/headers.bin");
        Files.createDirectories(cache.getParent());
        Files.write(cache, new byte[] {0, 0, 0, 1, 0, 0, 0, 9, 1, 2});
        List<RevisionSource> sources = RevisionFolderScanner.scan(List.of(versions), cache);
        assertThat(sources).extracting(RevisionSource::id).containsExactly("a", "b");
        assertThat(RevisionFolderScanner.scan(List.of(versions), cache)).isEqualTo(sources);
    }
}
