package dev.kindling.embed;

import java.time.Duration;
import java.util.Objects;

import dev.kindling.lang.eval.RunGuard;

/**
 * The bounds a host puts on its sessions' code, set with {@link Kindling.Builder#limits(Limits)}.
 * Each is off until set; a Limits is immutable and each method returns a changed copy.
 *
 * <p>Budgets of one {@code exec}: {@link #steps}, {@link #wallTime}, {@link #outputBytes}. Running
 * out of one stops the script with {@link ScriptStopped}: no {@code except BaseException:},
 * bare {@code except:}, {@code finally} or {@code with} of the script runs or catches it, and the
 * session stays usable (its globals keep what the script bound before it stopped).
 *
 * <p>Size caps refuse one operation up front with the error CPython gives when memory runs out,
 * which the script may catch like any error: {@link #recursionDepth} (RecursionError; also the
 * most {@code sys.setrecursionlimit} can set), {@link #intDigits} and {@link #sequenceLength}
 * (MemoryError).
 *
 * <pre>{@code
 * Limits limits = Limits.none()
 *         .steps(1_000_000).wallTime(java.time.Duration.ofSeconds(5)).outputBytes(1 << 20)
 *         .recursionDepth(2_000).intDigits(100_000).sequenceLength(10_000_000);
 * try (Session s = Kindling.builder().limits(limits).build().newSession()) {
 *     s.exec("try:\n    while True: pass\nexcept BaseException:\n    pass");
 * } catch (ScriptStopped e) {
 *     StopReason why = e.reason();   // STEPS: "RuntimeError: step budget of 1000000 exhausted"
 * }
 * }</pre>
 */
public final class Limits {
    private static final double BITS_PER_DIGIT = Math.log(10) / Math.log(2);

    private final long steps;
    private final Duration wallTime;
    private final long outputBytes;
    private final int recursionDepth;
    private final long intDigits;
    private final long sequenceLength;

    private Limits(long steps, Duration wallTime, long outputBytes, int recursionDepth, long intDigits,
            long sequenceLength) {
        this.steps = steps;
        this.wallTime = wallTime;
        this.outputBytes = outputBytes;
        this.recursionDepth = recursionDepth;
        this.intDigits = intDigits;
        this.sequenceLength = sequenceLength;
    }

    /** No limit at all: the builder's default, as the CLI runs scripts. */
    public static Limits none() {
        return new Limits(Long.MAX_VALUE, null, Long.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);
    }

    /** The most loop iterations and calls one exec may take. */
    public Limits steps(long steps) {
        return new Limits(positive(steps, "steps"), wallTime, outputBytes, recursionDepth, intDigits, sequenceLength);
    }

    /** The longest one exec may run, parsing included. */
    public Limits wallTime(Duration wallTime) {
        Objects.requireNonNull(wallTime, "wallTime");
        positive(wallTime.toNanos(), "wallTime");
        return new Limits(steps, wallTime, outputBytes, recursionDepth, intDigits, sequenceLength);
    }

    /** The most bytes one exec may print, output and error streams together; the rest is dropped. */
    public Limits outputBytes(long bytes) {
        return new Limits(steps, wallTime, positive(bytes, "outputBytes"), recursionDepth, intDigits, sequenceLength);
    }

    /** The deepest Python calls may nest; {@code sys.setrecursionlimit} cannot raise the limit past it. */
    public Limits recursionDepth(int depth) {
        return new Limits(steps, wallTime, outputBytes, (int) positive(depth, "recursionDepth"), intDigits,
                sequenceLength);
    }

    /** The most decimal digits an int may have (counted as the bits they need). */
    public Limits intDigits(long digits) {
        return new Limits(steps, wallTime, outputBytes, recursionDepth, positive(digits, "intDigits"), sequenceLength);
    }

    /** The most items a list, tuple or str made by repetition ({@code [0] * n}) or from a range may have. */
    public Limits sequenceLength(long items) {
        return new Limits(steps, wallTime, outputBytes, recursionDepth, intDigits, positive(items, "sequenceLength"));
    }

    private static long positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
        return value;
    }

    /** These limits with each one left off taken from {@code defaults}. */
    Limits orElse(Limits defaults) {
        return new Limits(steps != Long.MAX_VALUE ? steps : defaults.steps,
                wallTime != null ? wallTime : defaults.wallTime,
                outputBytes != Long.MAX_VALUE ? outputBytes : defaults.outputBytes,
                recursionDepth != Integer.MAX_VALUE ? recursionDepth : defaults.recursionDepth,
                intDigits != Long.MAX_VALUE ? intDigits : defaults.intDigits,
                sequenceLength != Long.MAX_VALUE ? sequenceLength : defaults.sequenceLength);
    }

    /** Whether an output limit is set (the session then counts what its streams write). */
    boolean limitsOutput() {
        return outputBytes != Long.MAX_VALUE;
    }

    void applyTo(RunGuard guard) {
        guard.setStepBudget(steps);
        guard.setWallTimeNanos(wallTime == null ? 0 : wallTime.toNanos());
        guard.setOutputLimit(outputBytes);
        guard.setRecursionCeiling(recursionDepth);
        guard.setIntBitsLimit(intDigits == Long.MAX_VALUE ? Double.POSITIVE_INFINITY
                : Math.ceil(intDigits * BITS_PER_DIGIT));
        guard.setLengthLimit(sequenceLength);
    }

    @Override
    public String toString() {
        return "Limits[steps=" + show(steps) + ", wallTime=" + (wallTime == null ? "none" : wallTime)
                + ", outputBytes=" + show(outputBytes) + ", recursionDepth=" + show(recursionDepth)
                + ", intDigits=" + show(intDigits) + ", sequenceLength=" + show(sequenceLength) + "]";
    }

    private static String show(long value) {
        return value == Long.MAX_VALUE || value == Integer.MAX_VALUE ? "none" : Long.toString(value);
    }
}
