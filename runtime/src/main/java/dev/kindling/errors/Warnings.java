package dev.kindling.errors;

/**
 * Python's {@code warnings.warn} for Kindling's own code: a tensor op that PyTorch answers with a
 * UserWarning (a loss whose input and target broadcast silently, {@code .grad} read on a non-leaf)
 * calls {@link #warn}, and the session running the script decides where and how it is shown.
 *
 * <p>The sink is per thread because each session runs its code on its own thread; code running
 * outside a session (the Java DSL in a host application) gets the bare warning on System.err.
 */
public final class Warnings {
    /** Shows a warning, knowing where the script is. */
    @FunctionalInterface
    public interface Sink {
        void warn(ErrorType category, String message);
    }

    private static final ThreadLocal<Sink> SINK = new ThreadLocal<>();

    private Warnings() {}

    /** Routes this thread's warnings to {@code sink} (null: back to System.err). */
    public static void setSink(Sink sink) {
        SINK.set(sink);
    }

    public static void warn(ErrorType category, String message) {
        Sink sink = SINK.get();
        if (sink != null) {
            sink.warn(category, message);
        } else {
            System.err.println(category.pythonName() + ": " + message);
        }
    }
}
