package dev.kindling.tensor;

import dev.kindling.tensor.storage.SecondCore;

/**
 * Runs an element-wise loop over [0, n) in ranges, shared with {@link SecondCore}'s helper when
 * the elements are many and each costs a transcendental function. Each output element depends
 * only on its own inputs, so the results do not depend on how the ranges are shared.
 *
 * <pre>{@code
 * ElementRanges.forEach(x.length, (from, to) -> { for (int i = from; i < to; i++) r[i] = f(x[i]); });
 * }</pre>
 */
final class ElementRanges {
    /** Elements from which the ranges are shared: below it, a part would cost less than handing it over. */
    static final int SHARED_FROM = 1 << 15;
    /** Elements per range. */
    private static final int RANGE = 1 << 14;

    private ElementRanges() {}

    /** The loop over one range [from, to). It must not use the session: the helper thread has none. */
    @FunctionalInterface
    interface Range {
        void run(int from, int to);
    }

    /** Runs {@code range} over all of [0, n), each element once; returns when all are done. */
    static void forEach(int n, Range range) {
        if (n < SHARED_FROM || !SecondCore.available()) {
            range.run(0, n);
        } else {
            SecondCore.forEach((n + RANGE - 1) / RANGE, (part, worker) -> range.run(part * RANGE,
                    Math.min(n, (part + 1) * RANGE)));
        }
    }
}
