package dev.kindling.tensor.cpu.standard;

/**
 * float32 sums in pairwise order: a run of at most {@link #BASE} elements is added left to right
 * from its first element, a longer one is split in two halves (the first {@code n / 2} elements,
 * then the rest) whose sums are added. The error grows with log2(n) rather than n, the order is
 * fixed by n alone, and no accumulator is wider than float.
 */
final class PairwiseSum {
    /** Elements summed left to right at the bottom of the recursion. */
    static final int BASE = 16;

    private PairwiseSum() {}

    /** The sum of {@code n} elements of {@code v} from {@code offset}, {@code stride} apart (0 for none). */
    static float sum(float[] v, int offset, int stride, int n) {
        if (n <= BASE) {
            if (n == 0) {
                return 0f;
            }
            float acc = v[offset];
            for (int i = 1; i < n; i++) {
                acc += v[offset + i * stride];
            }
            return acc;
        }
        int half = n / 2;
        return sum(v, offset, stride, half) + sum(v, offset + half * stride, stride, n - half);
    }

    /** Sums along {@code dim} of a row-major tensor of {@code shape}: one float per output element. */
    static float[] sum(float[] data, int[] shape, int dim) {
        int size = shape.length == 0 ? 1 : shape[dim];
        int inner = 1;
        for (int i = dim + 1; i < shape.length; i++) {
            inner *= shape[i];
        }
        int outer = 1;
        for (int i = 0; i < dim; i++) {
            outer *= shape[i];
        }
        float[] out = new float[outer * inner];
        for (int o = 0; o < outer; o++) {
            for (int k = 0; k < inner; k++) {
                out[o * inner + k] = sum(data, o * size * inner + k, inner, size);
            }
        }
        return out;
    }
}
