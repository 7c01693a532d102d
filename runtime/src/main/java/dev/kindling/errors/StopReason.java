package dev.kindling.errors;

/**
 * Why a host stopped a running script ({@link RunStopped}): its own request or one of the limits
 * it set. Each reason names the Python exception a traceback shows for it.
 */
public enum StopReason {
    /** The host called {@code Session.cancel()} (the REPL's Ctrl-C). */
    CANCELLED(ErrorType.KEYBOARD_INTERRUPT),
    /** The host closed the session while its code ran. */
    CLOSED(ErrorType.KEYBOARD_INTERRUPT),
    /** The run took more loop iterations and calls than its step budget. */
    STEPS(ErrorType.RUNTIME_ERROR),
    /** The run took longer than its wall-clock limit. */
    WALL_TIME(ErrorType.TIMEOUT_ERROR),
    /** The run printed more bytes than its output limit. */
    OUTPUT(ErrorType.RUNTIME_ERROR);

    private final ErrorType pythonType;

    StopReason(ErrorType pythonType) {
        this.pythonType = pythonType;
    }

    /** The exception class a traceback names for this stop. */
    public ErrorType pythonType() {
        return pythonType;
    }
}
