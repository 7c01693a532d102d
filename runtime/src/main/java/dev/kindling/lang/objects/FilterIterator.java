package dev.kindling.lang.objects;

import java.util.Iterator;
import java.util.function.Predicate;

/** The items of an iterator that pass a test (the {@code filter} builtin). */
public final class FilterIterator extends LookaheadIterator {
    private final Iterator<Object> source;
    private final Predicate<Object> keep;

    public FilterIterator(Iterator<Object> source, Predicate<Object> keep) {
        this.source = source;
        this.keep = keep;
    }

    @Override
    protected Object advance() {
        while (source.hasNext()) {
            Object v = source.next();
            if (keep.test(v)) {
                return v;
            }
        }
        return DONE;
    }
}
