package dev.kindling.lang.objects;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.RunGuard;

/** Indexing and slicing of Python's sequences, with CPython's error messages. */
final class Sequences {
    private Sequences() {}

    /** Resolves a (possibly negative) index; {@code what} names the sequence in the error text. */
    static int index(Object key, int size, String what) {
        if (!(key instanceof Long || key instanceof Boolean || key instanceof java.math.BigInteger)) {
            Object index = Ops.typeOf(key).lookup("__index__");
            if (index == null) {
                String kind = what.endsWith("assignment") ? what.substring(0, what.indexOf(' ')) : what;
                throw KindlingError.typeError(kind + " indices must be integers or slices, not " + Ops.typeName(key));
            }
        }
        long i = Ops.toIndex(key);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw KindlingError.indexError(what + " index out of range");
        }
        return (int) i;
    }

    static List<Object> slice(List<Object> items, PySlice s) {
        long[] r = s.indices(items.size());
        List<Object> out = new ArrayList<>((int) r[3]);
        for (long k = 0, i = r[0]; k < r[3]; k++, i += r[2]) {
            out.add(items.get((int) i));
        }
        return out;
    }

    static Object stringItem(String s, Object key) {
        int[] cps = s.codePoints().toArray();
        if (key instanceof PySlice sl) {
            long[] r = sl.indices(cps.length);
            StringBuilder sb = new StringBuilder();
            for (long k = 0, i = r[0]; k < r[3]; k++, i += r[2]) {
                sb.appendCodePoint(cps[(int) i]);
            }
            return sb.toString();
        }
        return new String(Character.toChars(cps[index(key, cps.length, "string")]));
    }

    static Object rangeItem(PyRange r, Object key) {
        long n = r.length();
        if (key instanceof PySlice s) {
            long[] ix = s.indices(n);
            return new PyRange(r.get(ix[0]), r.get(ix[0]) + ix[3] * r.step() * ix[2], r.step() * ix[2]);
        }
        long i = Ops.toIndex(key);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw KindlingError.indexError("range object index out of range");
        }
        return r.get(i);
    }

    static void assignSlice(List<Object> items, PySlice s, Object value) {
        List<Object> values = Ops.toList(value);
        long[] r = s.indices(items.size());
        if (r[2] == 1) {
            int start = (int) r[0];
            int stop = (int) Math.max(r[0], r[1]);
            items.subList(start, stop).clear();
            items.addAll(start, values);
            return;
        }
        if (values.size() != r[3]) {
            throw KindlingError.valueError("attempt to assign sequence of size " + values.size()
                    + " to extended slice of size " + r[3]);
        }
        for (long k = 0, i = r[0]; k < r[3]; k++, i += r[2]) {
            items.set((int) i, values.get((int) k));
        }
    }

    static void deleteSlice(List<Object> items, PySlice s) {
        long[] r = s.indices(items.size());
        List<Integer> doomed = new ArrayList<>();
        for (long k = 0, i = r[0]; k < r[3]; k++, i += r[2]) {
            doomed.add((int) i);
        }
        doomed.sort(null);
        for (int k = doomed.size() - 1; k >= 0; k--) {
            items.remove((int) doomed.get(k));
        }
    }

    /** Iterates by index, so a list may grow while a loop walks it, as in Python. */
    static Iterator<Object> liveIterator(List<Object> items) {
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < items.size();
            }

            @Override
            public Object next() {
                if (i >= items.size()) {
                    throw new NoSuchElementException();
                }
                return items.get(i++);
            }
        };
    }

    /** A range iterator polls for a stop once per this many + 1 items. */
    private static final long POLL_MASK = 1023;

    static Iterator<Object> rangeIterator(PyRange r) {
        long n = r.length();
        return new Iterator<>() {
            private long i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public Object next() {
                if (i >= n) {
                    throw new NoSuchElementException();
                }
                if ((i & POLL_MASK) == 0) {
                    RunGuard.poll();   // sum(range(10**10)) runs no Python loop that would tick
                }
                return r.get(i++);
            }
        };
    }

    static boolean containsEqual(List<Object> items, Object item) {
        for (Object o : items) {
            if (o == item || Compare.eq(o, item)) {
                return true;
            }
        }
        return false;
    }

    static boolean rangeContains(PyRange r, long v) {
        long n = r.length();
        if (n == 0) {
            return false;
        }
        long offset = v - r.start();
        if (offset % r.step() != 0) {
            return false;
        }
        long k = offset / r.step();
        return k >= 0 && k < n;
    }
}
