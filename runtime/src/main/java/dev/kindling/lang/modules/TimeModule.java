package dev.kindling.lang.modules;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.Context;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;

/** Python's {@code time} module: wall clock, a monotonic counter, and an interruptible sleep. */
public final class TimeModule {
    private TimeModule() {}

    public static PyModule create(Context context) {
        PyModule m = new PyModule("time");
        m.set("time", new PyBuiltin("time.time", (a, k) -> System.currentTimeMillis() / 1000.0));
        m.set("perf_counter", new PyBuiltin("time.perf_counter", (a, k) -> System.nanoTime() / 1e9));
        m.set("monotonic", new PyBuiltin("time.monotonic", (a, k) -> System.nanoTime() / 1e9));
        m.set("sleep", new PyBuiltin("time.sleep", (a, k) -> {
            double seconds = Ops.toDouble(a[0]);
            if (seconds < 0) {
                throw KindlingError.valueError("sleep length must be non-negative");
            }
            sleep(context, seconds);
            return PyNone.NONE;
        }));
        return m;
    }

    /** Waits {@code seconds}, stopping with KeyboardInterrupt when the session is cancelled (also plt.pause's wait). */
    public static void sleep(Context context, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            context.tick();
            try {
                Thread.sleep(Math.min(20, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KindlingError(ErrorType.KEYBOARD_INTERRUPT, "");
            }
        }
    }
}
