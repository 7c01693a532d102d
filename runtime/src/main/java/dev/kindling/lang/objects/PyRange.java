package dev.kindling.lang.objects;

import dev.kindling.errors.KindlingError;

/** Python's range: a lazy arithmetic sequence of ints. */
public final class PyRange implements PyObj {
    private final long start;
    private final long stop;
    private final long step;

    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw KindlingError.valueError("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long start() {
        return start;
    }

    public long stop() {
        return stop;
    }

    public long step() {
        return step;
    }

    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    public long get(long index) {
        return start + index * step;
    }

    @Override
    public PyClass type() {
        return BuiltinTypes.RANGE;
    }

    @Override
    public String toString() {
        return step == 1 ? "range(" + start + ", " + stop + ")"
                : "range(" + start + ", " + stop + ", " + step + ")";
    }
}
