package io.retort.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarXzArchiveTest {

    @Test
    void keepsExecutableBitsAndRelativeLinksAndOpensEverythingToAll(@TempDir Path target) throws IOException {
        byte[] archive = txz(
                file("bin/postgres", 0700, "binary"),
                file("lib/libpq.so.5.15", 0600, "library"),
                link("lib/libpq.so", "libpq.so.5.15"));

        TarXzArchive.extract(new ByteArrayInputStream(archive), target);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.resolve("bin/postgres"))))
                .isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.resolve("lib/libpq.so.5.15"))))
                .isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.resolve("lib"))))
                .isEqualTo("rwxr-xr-x");
        assertThat(Files.readSymbolicLink(target.resolve("lib/libpq.so"))).isEqualTo(Path.of("libpq.so.5.15"));
        assertThat(target.resolve("lib/libpq.so")).hasContent("library");
    }

    @Test
    void refusesEntriesThatLeaveTheFolder(@TempDir Path target) throws IOException {
        byte[] archive = txz(link("lib/evil", "../../outside"));

        assertThatThrownBy(() -> TarXzArchive.extract(new ByteArrayInputStream(archive), target))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("points outside");
    }

    private record Entry(TarArchiveEntry header, byte[] content) {}

    private static Entry file(String name, int mode, String content) {
        TarArchiveEntry header = new TarArchiveEntry(name);
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        header.setMode(mode);
        header.setSize(bytes.length);
        return new Entry(header, bytes);
    }

    private static Entry link(String name, String target) {
        TarArchiveEntry header = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
        header.setLinkName(target);
        return new Entry(header, new byte[0]);
    }

    private static byte[] txz(Entry... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new XZCompressorOutputStream(bytes))) {
            for (Entry entry : entries) {
                tar.putArchiveEntry(entry.header());
                tar.write(entry.content());
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }
}
