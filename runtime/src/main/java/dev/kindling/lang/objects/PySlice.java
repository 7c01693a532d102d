package dev.kindling.lang.objects;

import dev.kindling.errors.KindlingError;

/** A slice object {@code start:stop:step}; any part may be None. */
public final class PySlice implements PyObj {
    public final Object start;
    public final Object stop;
    public final Object step;

    public PySlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /**
     * Resolves this slice against a sequence length as Python's {@code slice.indices} does.
     *
     * @return {start, stop, step, count}
     */
    public long[] indices(long length) {
        long st = step == PyNone.NONE ? 1 : Ops.toIndex(step);
        if (st == 0) {
            throw KindlingError.valueError("slice step cannot be zero");
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long s = start == PyNone.NONE ? (st < 0 ? upper : lower) : clamp(Ops.toIndex(start), length, lower, upper);
        long e = stop == PyNone.NONE ? (st < 0 ? lower : upper) : clamp(Ops.toIndex(stop), length, lower, upper);
        long count;
        if (st > 0) {
            count = s < e ? (e - s - 1) / st + 1 : 0;
        } else {
            count = s > e ? (s - e - 1) / (-st) + 1 : 0;
        }
        return new long[] {s, e, st, count};
    }

    private static long clamp(long v, long length, long lower, long upper) {
        if (v < 0) {
            v += length;
            return Math.max(v, lower);
        }
        return Math.min(v, upper);
    }

    @Override
    public PyClass type() {
        return BuiltinTypes.SLICE;
    }
}
