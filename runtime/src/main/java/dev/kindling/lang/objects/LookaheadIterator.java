package dev.kindling.lang.objects;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator over a source that can only say "here is the next item" or "done" (Python's
 * {@code __next__} protocol, the old {@code __getitem__} protocol, filter): it fetches one item
 * ahead so that {@link #hasNext()} can answer.
 */
public abstract class LookaheadIterator implements Iterator<Object> {
    /** What {@link #advance()} returns when the source is exhausted. */
    protected static final Object DONE = new Object();

    private Object buffered;
    private boolean finished;

    /** The next item, or {@link #DONE}. */
    protected abstract Object advance();

    @Override
    public final boolean hasNext() {
        if (buffered == null && !finished) {
            Object v = advance();
            if (v == DONE) {
                finished = true;
            } else {
                buffered = v;
            }
        }
        return !finished;
    }

    @Override
    public final Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Object v = buffered;
        buffered = null;
        return v;
    }
}
