package dev.kindling.tensor.cpu.bits;

/**
 * Which elements of a contiguous float32 element-wise op ATen computes in its vectorised loop and
 * which in its scalar tail. It matters where the two forms round differently (sigmoid's exp is
 * SLEEF's in the vector form, the C library's in the scalar one).
 *
 * <p>ATen's TensorIterator runs an op of fewer than {@link #GRAIN_SIZE} elements in one piece, and
 * a larger one in equal chunks, one per thread. In each piece the vectorised loop takes two
 * AVX-512 vectors (32 floats) at a time and the scalar loop the rest. Chunks depend on the thread
 * count: {@link #REFERENCE_THREADS} is that of the machine PyTorch's reference outputs come from
 * (2 cores), which the split of a 70,001-element sigmoid confirmed.
 */
final class AtenLoops {
    private AtenLoops() {}

    static final int GRAIN_SIZE = 32768;
    static final int REFERENCE_THREADS = 2;
    /** Elements per step of the vectorised loop: two vectors of 16 floats. */
    static final int VECTOR_STEP = 32;

    /** A chunk of elements [from, to), one thread's share. */
    @FunctionalInterface
    interface Chunk {
        void apply(int from, int to);
    }

    /** One element's result, given whether ATen computes it in the vectorised loop. */
    @FunctionalInterface
    interface Element {
        float apply(int index, boolean vectorized);
    }

    /** The {@code n} results of an element-wise op, each told which of ATen's loops computes it. */
    static float[] map(int n, Element element) {
        return map(n, (out, from, to) -> {
            for (int i = from; i < to; i++) {
                out[i] = element.apply(i, true);
            }
        }, element);
    }

    /** The vectorised loop's elements [from, to) of a chunk, computed in one call (a native kernel). */
    @FunctionalInterface
    interface VectorisedRange {
        void apply(float[] out, int from, int to);
    }

    /** {@link #map}, with each chunk's vectorised elements computed by {@code vectorised} at once. */
    static float[] map(int n, VectorisedRange vectorised, Element element) {
        float[] r = new float[n];
        forEachChunk(n, (from, to) -> {
            int tail = to - (to - from) % VECTOR_STEP; // the vectorised loop takes whole steps only
            vectorised.apply(r, from, tail);
            for (int i = tail; i < to; i++) {
                r[i] = element.apply(i, false);
            }
        });
        return r;
    }

    /**
     * Calls {@code chunk} for each thread's share of {@code n} elements, in order, as ATen's
     * {@code parallel_for} and {@code parallel_reduce} cut them with a grain of {@link #GRAIN_SIZE}.
     */
    static void forEachChunk(int n, Chunk chunk) {
        forEachChunk(n, GRAIN_SIZE, chunk);
    }

    /** {@link #forEachChunk(int, Chunk)} with another grain. */
    static void forEachChunk(int n, int grain, Chunk chunk) {
        int chunks = n <= grain ? 1 : Math.min(REFERENCE_THREADS, (n + grain - 1) / grain);
        int size = (n + chunks - 1) / chunks;
        for (int from = 0; from < n; from += size) {
            chunk.apply(from, Math.min(n, from + size));
        }
    }
}
