package io.retort.graph;

import io.retort.RetortException;

/** A revision graph that cannot be built, or a target that cannot be resolved or reached. */
public class GraphException extends RetortException {
    public GraphException(String message) {
        super(message);
    }
}
