package dev.kindling.tensor.storage;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;

/**
 * A native library loaded once, on first use, with what went wrong kept for {@code :doctor}.
 *
 * <p>Why stderr is captured: ND4J prints the stack traces of backends that fail to load (the CUDA
 * build on a machine without a GPU driver) straight to System.err; a learner must never see those,
 * so the first line is kept for {@link #problem()} instead.
 */
final class NativeLibrary {
    private final Callable<Boolean> loader;
    private volatile Boolean loaded;
    private volatile String problem;

    NativeLibrary(Callable<Boolean> loader) {
        this.loader = loader;
    }

    /** Whether the library loaded; the first call loads it (seconds for ND4J), failures mean "no". */
    boolean isLoaded() {
        Boolean l = loaded;
        if (l == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = load();
                }
                l = loaded;
            }
        }
        return l;
    }

    /** Whether an earlier call loaded the library (never loads it). */
    boolean loadedAlready() {
        return Boolean.TRUE.equals(loaded);
    }

    /** What went wrong (or was complained about) while loading, or null. */
    String problem() {
        return problem;
    }

    private boolean load() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true));
        try {
            return loader.call();
        } catch (Throwable e) {
            // Not on the class path, or its natives do not load here: the JVM loop serves.
            captured.writeBytes(String.valueOf(e).getBytes());
            return false;
        } finally {
            System.setErr(err);
            String text = captured.toString().strip();
            problem = text.isEmpty() ? null : text.lines().findFirst().orElse(text);
        }
    }
}
