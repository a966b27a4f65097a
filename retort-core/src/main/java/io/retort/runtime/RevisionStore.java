package io.retort.runtime;

import io.retort.graph.RevisionNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where revisions come from: source files (headers read as text, compiled only when run) or
 * classes precompiled into a jar. Reading the graph never compiles or loads a class.
 */
interface RevisionStore {

    /** Every revision's header, as graph nodes. */
    List<RevisionNode> nodes();

    /** The revisions a plan will run, ready to call; compiles or loads only these. */
    Map<String, LoadedRevision> load(Collection<String> ids);

    /** The creation date in a revision's header, or empty when it has none. */
    String created(String id);

    /** The revision's checksum as the history table records it ({@code v1:...}), or null when unknown. */
    String checksum(String id);
}
