package io.retort.graph;

import java.util.List;

/** {@code head} (or {@code label@head}) named several heads; {@link #heads()} lists them. */
public class MultipleHeadsException extends GraphException {
    private final List<String> heads;

    public MultipleHeadsException(String message, List<String> heads) {
        super(message);
        this.heads = List.copyOf(heads);
    }

    public List<String> heads() {
        return heads;
    }
}
