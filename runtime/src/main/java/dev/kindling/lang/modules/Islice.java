package dev.kindling.lang.modules;

import java.util.Iterator;
import java.util.Map;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.LookaheadIterator;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyNone;

/**
 * {@code itertools.islice(iterable, stop)} and {@code islice(iterable, start, stop[, step])}: the
 * items at start, start + step, ... below stop, reading the input only as far as the next of them
 * (so an endless input is fine), with CPython's argument errors.
 */
final class Islice extends LookaheadIterator {
    private final Iterator<Object> source;
    private final long stop;
    private final long step;
    private long consumed;
    private long next;

    private Islice(Iterator<Object> source, long start, long stop, long step) {
        this.source = source;
        this.next = start;
        this.stop = stop;
        this.step = step;
    }

    static Object create(Object[] a, Map<String, Object> k) {
        if (k != null && !k.isEmpty()) {
            throw KindlingError.typeError("islice() takes no keyword arguments");
        }
        if (a.length < 2 || a.length > 4) {
            throw KindlingError.typeError("islice expected " + (a.length < 2 ? "at least 2" : "at most 4")
                    + " arguments, got " + a.length);
        }
        long stop = index(a.length == 2 ? a[1] : a[2], "Stop argument for islice()");
        long start = a.length == 2 ? 0 : index(a[1], "Indices for islice()");
        long step = a.length == 4 ? index(a[3], "Indices for islice()") : -1;
        if (start < 0) {
            start = 0;
        }
        if (step == 0) {
            throw KindlingError.valueError("Step for islice() must be a positive integer or None.");
        }
        return ItertoolsModule.lazy("islice", new Islice(Ops.iterate(a[0]), start, stop, step < 0 ? 1 : step));
    }

    /** An index argument: None gives -1 (no limit); anything but a non-negative int is a ValueError. */
    private static long index(Object o, String what) {
        if (o == PyNone.NONE) {
            return -1;
        }
        if (!Ops.isInt(o) || Ops.toLong(o) < 0) {
            throw KindlingError.valueError(what + " must be None or an integer: 0 <= x <= sys.maxsize.");
        }
        return Ops.toLong(o);
    }

    @Override
    protected Object advance() {
        while (consumed < next) {
            if (!source.hasNext()) {
                return DONE;
            }
            source.next();
            consumed++;
        }
        if (stop >= 0 && consumed >= stop || !source.hasNext()) {
            return DONE;
        }
        Object item = source.next();
        consumed++;
        next += step;
        if (stop >= 0 && next > stop) {
            next = stop;
        }
        return item;
    }
}
