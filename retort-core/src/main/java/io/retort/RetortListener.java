package io.retort;

/**
 * Receives a command's {@link RetortEvent}s: progress bars, metrics, an application's own logging.
 * It runs on the command's thread, so it should be quick; an exception it throws fails the command.
 */
@FunctionalInterface
public interface RetortListener {
    /** Hears nothing. */
    RetortListener NONE = event -> { };

    void onEvent(RetortEvent event);

    /** This listener, then {@code next}. */
    default RetortListener andThen(RetortListener next) {
        return event -> {
            onEvent(event);
            next.onEvent(event);
        };
    }
}
