package io.retort.script;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the last scan read from each revision file, keyed by path, size and modification time, so
 * that a command at head reads a thousand headers from one file instead of tokenizing a thousand
 * sources. A file whose size or time changed is read again; a damaged cache is ignored and
 * rewritten. It only saves work: the result is the same with or without it.
 */
final class HeaderCache {
    private static final int FORMAT = 1;

    private record Entry(long size, long modified, RevisionSource source) {}

    private final Path file;
    private final Map<Path, Entry> entries;
    private final Map<Path, Entry> seen = new HashMap<>();
    private boolean changed;

    private HeaderCache(Path file, Map<Path, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** The cache stored in {@code file}, or an empty one when it is missing or unreadable. */
    static HeaderCache open(Path file) {
        Map<Path, Entry> entries = new HashMap<>();
        if (file != null && Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                if (in.readInt() == FORMAT) {
                    int n = in.readInt();
                    for (int i = 0; i < n; i++) {
                        Path path = Path.of(in.readUTF());
                        long size = in.readLong();
                        long modified = in.readLong();
                        String className = in.readUTF();
                        String checksum = in.readUTF();
                        RevisionHeader header = new RevisionHeader(in.readUTF(), strings(in), strings(in), strings(in),
                                in.readUTF(), in.readUTF(), in.readBoolean());
                        entries.put(path, new Entry(size, modified, new RevisionSource(path, className, header, checksum)));
                    }
                }
            } catch (IOException | RuntimeException e) {
                entries.clear(); // written by another version or cut short: start afresh
            }
        }
        return new HeaderCache(file, entries);
    }

    /** The file's header, from the cache when the file is unchanged, else read from its text. */
    RevisionSource read(Path path) {
        long size;
        long modified;
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            size = attributes.size();
            modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        } catch (IOException e) {
            return RevisionHeaderReader.read(path); // reports the problem with the file's name
        }
        Entry entry = entries.get(path);
        if (entry == null || entry.size() != size || entry.modified() != modified) {
            entry = new Entry(size, modified, RevisionHeaderReader.read(path));
            changed = true;
        }
        synchronized (seen) {
            seen.put(path, entry);
        }
        return entry.source();
    }

    /** Stores what this scan saw, if anything changed; a failure to write only costs speed. */
    void save() {
        if (file == null || !(changed || seen.size() != entries.size())) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "headers", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
                out.writeInt(FORMAT);
                out.writeInt(seen.size());
                for (Map.Entry<Path, Entry> e : seen.entrySet()) {
                    RevisionSource s = e.getValue().source();
                    RevisionHeader h = s.header();
                    out.writeUTF(e.getKey().toString());
                    out.writeLong(e.getValue().size());
                    out.writeLong(e.getValue().modified());
                    out.writeUTF(s.className());
                    out.writeUTF(s.checksum());
                    out.writeUTF(h.id());
                    write(out, h.downRevisions());
                    write(out, h.branchLabels());
                    write(out, h.dependsOn());
                    out.writeUTF(h.message());
                    out.writeUTF(h.created());
                    out.writeBoolean(h.transactional());
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // Read-only project or a full disk: the next scan reads the files again.
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(in.readUTF());
        }
        return list;
    }

    private static void write(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            out.writeUTF(s);
        }
    }
}
