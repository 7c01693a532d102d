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
            sleep(context, Ops.toDouble(a[0]));
            return PyNone.NONE;
        }));
        return m;
    }

    /** time.sleep: waits in short steps, so Ctrl-C (the context's cancel) stops it at once. */
    public static void sleep(Context context, double seconds) {
        if (seconds < 0) {
            throw KindlingError.valueError("sleep length must be non-negative");
        }
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            context.tick();
            try {
                Thread.sleep(Math.min(20, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                context.guard().check();   // closing the session interrupts its thread
                throw new KindlingError(ErrorType.KEYBOARD_INTERRUPT, "");
            }
        }
    }
}
