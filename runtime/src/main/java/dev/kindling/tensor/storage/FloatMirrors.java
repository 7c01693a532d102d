package dev.kindling.tensor.storage;

import java.lang.ref.WeakReference;

/**
 * Off-heap float copies ("mirrors") of recently multiplied matrices, reused
 * while their version is unchanged, and the scratch buffers for results.
 *
 * <p>Why: converting doubles to floats and copying them off-heap costs about 0.3 ms per million
 * elements, and allocating a fresh off-heap buffer costs far more than a small product (JavaCPP
 * checks the process's physical memory on each allocation); a 1024x1024 sgemm takes about 5 ms.
 * Reusing buffers (never allocating in steady state) and skipping the conversion for unchanged
 * operands keeps the copy overhead small against the product.
 *
 * <p>The cache is small (a few entries, a bounded number of floats) and holds its sources weakly,
 * so it never keeps a tensor alive. Not thread-safe on its own: {@link DnnlGemm} serialises calls.
 */
final class FloatMirrors {
    private static final int ENTRIES = 12;
    /** Floats kept in mirrors (64 MB); least recently used ones are dropped beyond it. */
    private static final long MAX_FLOATS = 16L << 20;
    /** Elements from which a copy in or out is shared with {@link SecondCore} (see {@link #inParts}). */
    private static final int SPLIT_COPY_FROM = 1 << 16;
    /** Elements per part of a shared copy. */
    private static final int COPY_PART = 1 << 15;

    private final Entry[] entries = new Entry[ENTRIES];
    private float[] scratch = new float[0];
    private OffHeapFloats result;
    private long clock;

    /** A float buffer whose first {@code operand.length()} elements are the operand's, made or reused. */
    OffHeapFloats mirror(MatrixOperand operand) {
        Entry e = find(operand.identity());
        if (e != null && operand.reusable() && e.writes == operand.writes()) {
            e.lastUse = ++clock;
            return e.buffer;
        }
        if (e == null) {
            e = evictFor(operand.length());
        }
        e.refill(operand, ++clock, this);
        return e.buffer;
    }

    /**
     * Replaces the copy of {@code operand}'s array, if one is kept, with {@code values} (its
     * elements as floats), current at the operand's write count. Arrays without a copy are left alone:
     * they may never be multiplied.
     */
    void refresh(MatrixOperand operand, float[] values) {
        Entry e = find(operand.identity());
        if (e != null && values.length == operand.length()) {
            inParts(values.length, (start, end) -> e.buffer.write(start, values, end - start));
            e.writes = operand.writes();
        }
    }

    /** The result buffer, at least {@code length} floats, reused between calls. */
    OffHeapFloats result(long length) {
        if (result == null || result.capacity() < length) {
            result = new OffHeapFloats(length);
        }
        return result;
    }

    /** Copies the first {@code out.length} floats of {@code from} into {@code out}. */
    void copyOut(OffHeapFloats from, double[] out) {
        float[] f = scratch(out.length);
        inParts(out.length, (start, end) -> copyOut(from, f, out, start, end));
    }

    /** A copy of elements [start, end). */
    private interface RangeCopy {
        void run(int start, int end);
    }

    /**
     * Runs {@code copy} over [0, n): in parts shared with {@link SecondCore} from
     * {@link #SPLIT_COPY_FROM} elements, else at once. Why: a layer's 200k weights or gradients
     * are 800 kB each way, tens of microseconds on one thread, every training step (measured:
     * a steady mlp_batch step 0.577 -> 0.544 ms with the weight's refresh and the gradient's copy
     * shared).
     */
    private static void inParts(int n, RangeCopy copy) {
        if (n < SPLIT_COPY_FROM || !SecondCore.available()) {
            copy.run(0, n);
        } else {
            SecondCore.forEach((n + COPY_PART - 1) / COPY_PART,
                    (part, worker) -> copy.run(part * COPY_PART, Math.min(n, (part + 1) * COPY_PART)));
        }
    }

    /** Elements [start, end) of {@code from} into {@code out}, through {@code f}'s same range. */
    private static void copyOut(OffHeapFloats from, float[] f, double[] out, int start, int end) {
        from.read(start, f, end - start);
        FloatConversions.toDoubles(f, start, out, start, end - start);
    }

    /** Copies {@code length} floats of {@code from} into the start of {@code out}. */
    void copyOut(OffHeapFloats from, float[] out) {
        inParts(out.length, (start, end) -> from.read(start, out, end - start));
    }

    /** Copies the operand's elements, as floats, to the start of {@code to}. */
    void copyIn(MatrixOperand operand, OffHeapFloats to) {
        if (operand.floats() != null) {
            to.write(0, operand.floats(), operand.floats().length);
            return;
        }
        double[] data = operand.doubles();
        float[] f = scratch(data.length);
        FloatConversions.toFloats(data, 0, f, 0, data.length);
        to.write(0, f, data.length);
    }

    private float[] scratch(int length) {
        if (scratch.length < length) {
            scratch = new float[length];
        }
        return scratch;
    }

    private Entry find(Object identity) {
        for (Entry e : entries) {
            if (e != null && e.source.get() == identity) {
                return e;
            }
        }
        return null;
    }

    /** A slot for a new mirror: an empty or dead one, else the least recently used; then trims to the cap. */
    private Entry evictFor(int length) {
        int slot = 0;
        for (int i = 0; i < ENTRIES; i++) {
            if (entries[i] == null || entries[i].source.get() == null) {
                slot = i;
                break;
            }
            if (entries[i].lastUse < entries[slot].lastUse) {
                slot = i;
            }
        }
        Entry old = entries[slot];
        OffHeapFloats buffer = old != null && old.buffer.capacity() >= length ? old.buffer
                : new OffHeapFloats(length);
        entries[slot] = new Entry(buffer);
        trim(slot);
        return entries[slot];
    }

    /** Drops least recently used mirrors (never {@code keep}) while the total exceeds {@link #MAX_FLOATS}. */
    private void trim(int keep) {
        while (total() > MAX_FLOATS) {
            int victim = -1;
            for (int i = 0; i < ENTRIES; i++) {
                if (i != keep && entries[i] != null && (victim < 0 || entries[i].lastUse < entries[victim].lastUse)) {
                    victim = i;
                }
            }
            if (victim < 0) {
                return;
            }
            entries[victim] = null;
        }
    }

    private long total() {
        long sum = 0;
        for (Entry e : entries) {
            sum += e == null ? 0 : e.buffer.capacity();
        }
        return sum;
    }

    /** One mirror: its source's identity (weakly), the write count it was copied at, and the buffer. */
    private static final class Entry {
        final OffHeapFloats buffer;
        WeakReference<Object> source = new WeakReference<>(null);
        int writes;
        long lastUse;

        Entry(OffHeapFloats buffer) {
            this.buffer = buffer;
        }

        void refill(MatrixOperand operand, long now, FloatMirrors owner) {
            owner.copyIn(operand, buffer);
            source = new WeakReference<>(operand.identity());
            writes = operand.writes();
            lastUse = now;
        }
    }
}
