package io.retort;

/**
 * The one family of errors a Retort user can meet. The message names the file, revision, line or
 * SQL at fault and says what to do; the command line prints it as one line, without a stack trace,
 * and exits non-zero.
 */
public class RetortException extends RuntimeException {
    public RetortException(String message) {
        super(message);
    }

    public RetortException(String message, Throwable cause) {
        super(message, cause);
    }
}
