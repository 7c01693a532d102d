package dev.kindling.lang.eval;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.errors.RunStopped;
import dev.kindling.errors.StopReason;

/**
 * What stops a session's running code and what bounds it: the host's stop requests (cancel,
 * close), the budgets of one run (steps, wall time, output bytes), which end it with
 * {@link RunStopped} that scripts cannot catch, and the size caps (recursion depth, int size,
 * sequence length), which refuse one operation with the error CPython gives for it
 * (RecursionError, MemoryError) before any work is done.
 *
 * <p>Loops and calls {@link #tick()}; built-ins that can run long without either (iterating a
 * range, repr of a huge list, big-int powers, calling a built-in) {@link #poll()} the guard of
 * the thread they run on, which the session binds to its own thread.
 */
public final class RunGuard {
    /** CPython's default recursion limit. */
    public static final int DEFAULT_RECURSION_LIMIT = 1000;

    private static final ThreadLocal<RunGuard> CURRENT = new ThreadLocal<>();
    private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kindling-time-limits");
        t.setDaemon(true);
        return t;
    });

    private volatile StopReason stop;
    private volatile boolean closed;
    private volatile boolean running;
    private long stepBudget = Long.MAX_VALUE;
    private long steps;
    private long wallNanos;
    private ScheduledFuture<?> alarm;
    private long outputLimit = Long.MAX_VALUE;
    private long outputBytes;
    private int recursionCeiling = Integer.MAX_VALUE;
    private int recursionLimit = DEFAULT_RECURSION_LIMIT;
    private double intBitsLimit = Double.POSITIVE_INFINITY;
    private long lengthLimit = Long.MAX_VALUE;

    /** Makes this the guard that {@link #poll()} and the size checks on the calling thread use. */
    public void bindToThisThread() {
        CURRENT.set(this);
    }

    /** The guard bound to the calling thread, or null outside any session. */
    public static RunGuard current() {
        return CURRENT.get();
    }

    /** Ends the calling thread's run here if its host asked it to stop; cheap enough for inner loops. */
    public static void poll() {
        RunGuard g = CURRENT.get();
        if (g != null) {
            g.check();
        }
    }

    // Configuration, set by the host before runs.

    /** The most loop iterations and calls one run may take. */
    public void setStepBudget(long budget) {
        this.stepBudget = budget;
    }

    public long stepBudget() {
        return stepBudget;
    }

    /** The longest one run may take, in nanoseconds; 0 for no limit. */
    public void setWallTimeNanos(long nanos) {
        this.wallNanos = nanos;
    }

    /** The most bytes one run may print to its output and error streams together. */
    public void setOutputLimit(long bytes) {
        this.outputLimit = bytes;
    }

    /** The deepest {@code sys.setrecursionlimit} may go; the default limit is lowered to it too. */
    public void setRecursionCeiling(int depth) {
        this.recursionCeiling = depth;
        this.recursionLimit = Math.min(recursionLimit, depth);
    }

    /** The most bits an int may have; a result that would have more is a MemoryError. */
    public void setIntBitsLimit(double bits) {
        this.intBitsLimit = bits;
    }

    /** The most items a list, tuple or str made by repetition or from a range may have. */
    public void setLengthLimit(long items) {
        this.lengthLimit = items;
    }

    // Runs.

    /** Starts a run: its budgets are full again, and its wall-clock alarm is set. */
    public void begin() {
        steps = 0;
        outputBytes = 0;
        stop = closed ? StopReason.CLOSED : null;
        running = true;
        if (wallNanos > 0) {
            alarm = ALARMS.schedule(() -> request(StopReason.WALL_TIME), wallNanos, TimeUnit.NANOSECONDS);
        }
    }

    /** Ends a run: the alarm is off and output is no longer counted. */
    public void end() {
        running = false;
        if (alarm != null) {
            alarm.cancel(false);
            alarm = null;
        }
    }

    /** Asks the running code to stop at its next check; safe from any thread. */
    public void request(StopReason reason) {
        if (reason == StopReason.CLOSED) {
            closed = true;
        }
        if (stop == null || reason == StopReason.CLOSED) {
            stop = reason;
        }
    }

    /** Throws {@link RunStopped} when a stop was requested. */
    public void check() {
        StopReason r = stop;
        if (r != null) {
            throw stopped(r);
        }
    }

    /** Called by loops and calls: a stop request, then the step budget. */
    public void tick() {
        check();
        if (++steps > stepBudget) {
            throw stopped(StopReason.STEPS);
        }
    }

    private RunStopped stopped(StopReason reason) {
        String message = switch (reason) {
            case CANCELLED, CLOSED -> "";
            case STEPS -> "step budget of " + stepBudget + " exhausted";
            case WALL_TIME -> "time limit of " + seconds(wallNanos) + " s exceeded";
            case OUTPUT -> "output limit of " + outputLimit + " bytes exceeded";
        };
        return new RunStopped(reason, message);
    }

    private static String seconds(long nanos) {
        return java.math.BigDecimal.valueOf(nanos, 9).stripTrailingZeros().toPlainString();
    }

    /**
     * How many of {@code n} bytes the run may still print. Past the limit the rest is dropped and
     * the run stops at its next check (a stream cannot throw mid-write without garbling itself).
     */
    public long admitOutput(long n) {
        if (!running) {
            return n;
        }
        long room = outputLimit - outputBytes;
        if (n <= room) {
            outputBytes += n;
            return n;
        }
        outputBytes = outputLimit;
        request(StopReason.OUTPUT);
        return Math.max(room, 0);
    }

    // Size caps.

    /** The recursion depth at which a call is a RecursionError ({@code sys.getrecursionlimit()}). */
    public int recursionLimit() {
        return recursionLimit;
    }

    /** {@code sys.setrecursionlimit(limit)}: never beyond the host's ceiling. */
    public void setRecursionLimit(long limit) {
        this.recursionLimit = (int) Math.min(limit, recursionCeiling);
    }

    /** MemoryError, as CPython raises it, when an int of {@code bits} bits is over the calling thread's cap. */
    public static void checkIntBits(double bits) {
        RunGuard g = CURRENT.get();
        if (g != null && bits > g.intBitsLimit) {
            throw new KindlingError(ErrorType.MEMORY_ERROR, "");
        }
    }

    /** MemoryError when a sequence of {@code items} items is over the calling thread's cap. */
    public static void checkLength(long items) {
        RunGuard g = CURRENT.get();
        if (g != null && items > g.lengthLimit) {
            throw new KindlingError(ErrorType.MEMORY_ERROR, "");
        }
    }
}
