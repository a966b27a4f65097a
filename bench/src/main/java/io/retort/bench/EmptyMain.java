package io.retort.bench;

/** Does nothing: timing it gives the cost of starting and stopping a JVM with the bench's class path. */
public final class EmptyMain {
    private EmptyMain() {}

    public static void main(String[] args) {
        // Intentionally empty.
    }
}
