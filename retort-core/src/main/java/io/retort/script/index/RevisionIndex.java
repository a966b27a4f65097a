package io.retort.script.index;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.retort.RetortException;
import io.retort.script.RevisionHeader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.net.URL;
import java.util.List;

/**
 * The {@code META-INF/retort/revisions.idx} resource: a JSON document listing the revision classes
 * of one compilation with their headers, so they can be found without a compiler or a scan.
 */
final class RevisionIndex {
    static final String RESOURCE = "META-INF/retort/revisions.idx";
    static final int FORMAT = 1;

    /** One revision class. */
    record Entry(String className, String checksum, RevisionHeader header) {}

    /** The whole resource. */
    record Document(int format, List<Entry> revisions) {}

    private RevisionIndex() {}

    private static ObjectMapper mapper() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    static void write(Writer out, List<Entry> entries) throws IOException {
        mapper().writerWithDefaultPrettyPrinter().writeValue(out, new Document(FORMAT, entries));
    }

    static List<Entry> read(URL resource) {
        try (InputStream in = resource.openStream()) {
            Document document = mapper().readValue(in, Document.class);
            if (document.format() != FORMAT || document.revisions() == null) {
                throw new RetortException(resource + ": revision index format " + document.format()
                        + " is not " + FORMAT + "; rebuild it with this Retort version");
            }
            return document.revisions();
        } catch (IOException e) {
            throw new RetortException(resource + ": cannot read the revision index: " + e.getMessage(), e);
        }
    }
}
