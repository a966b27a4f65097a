package io.retort.runtime;

import io.retort.RetortException;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Lets another thread (a Ctrl-C handler) stop the command running now: the statement in flight is
 * cancelled by the server, and the next statement, commit or lock poll is refused, so the run fails
 * and rolls back as after any other error.
 */
final class CancelSwitch {
    private volatile boolean pulled;
    private volatile Statement running;

    /** Arms the switch again once a command has ended. */
    void reset() {
        pulled = false;
    }

    void pull() {
        pulled = true;
        Statement s = running;
        if (s != null) {
            try {
                s.cancel();
            } catch (SQLException e) {
                // The statement ended meanwhile; the next one is refused anyway.
            }
        }
    }

    /** Throws once the switch is pulled. */
    void check() {
        if (pulled) {
            throw new RetortException("the command was cancelled");
        }
    }

    /** {@code s} is about to run (null: it ended); refused when the switch is already pulled. */
    void running(Statement s) {
        running = s;
        if (s != null) {
            check(); // after publishing s: a pull from now on cancels it, one before is seen here
        }
    }
}
