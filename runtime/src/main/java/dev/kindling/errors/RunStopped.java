package dev.kindling.errors;

/**
 * Unwinds a script that its host stopped (cancel, close, or a limit in {@link StopReason}). It is
 * a Java {@link Error}, not a {@link KindlingError}: the interpreter's {@code try}, {@code with}
 * and function calls handle only {@link RuntimeException}s, so no {@code except BaseException:},
 * bare {@code except:}, {@code finally} or {@code __exit__} of the script can catch, suppress or
 * outlast it, while the interpreter's own Java {@code finally} blocks still restore the session's
 * state on the way out. The session turns it into the host's error when it reaches the top.
 */
public final class RunStopped extends Error {
    private static final long serialVersionUID = 1L;

    private final StopReason reason;
    private final java.util.List<KindlingError.TracebackEntry> traceback = new java.util.ArrayList<>();

    public RunStopped(StopReason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public StopReason reason() {
        return reason;
    }

    /** Where the script was when it stopped, innermost frame first, as frames add themselves on the way out. */
    public java.util.List<KindlingError.TracebackEntry> traceback() {
        return java.util.Collections.unmodifiableList(traceback);
    }

    public RunStopped addTraceback(KindlingError.TracebackEntry entry) {
        traceback.add(entry);
        return this;
    }
}
