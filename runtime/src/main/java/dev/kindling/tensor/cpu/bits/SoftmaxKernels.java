package dev.kindling.tensor.cpu.bits;

/**
 * float32 softmax and log_softmax, forward and backward, in the order of operations of ATen's
 * CPU kernels, so that results have PyTorch's bits. Rows lie along the last dim; columns along
 * another dim ({@code stride} apart).
 *
 * <p>Row kernels read and write float arrays. Why: with a double-to-float conversion inside the
 * exp loop, the loop ran five times slower (200k exps: 3.3 against 0.64 ms, measured alone), and a
 * 256x784 softmax took 3.6 ms instead of 0.75. Our reading, not verified in the machine code:
 * {@code cvtsd2ss} keeps the upper bits of its target register, which chains each element's exp
 * to the previous one.
 *
 * <p>What decides the bits (each checked against PyTorch 2.13 on rows of 3 to 100 elements):
 * <ul>
 *   <li>ATen registers these kernels for AVX-512, so its vectors hold {@link #LANES} floats: a
 *       sum over a row runs in 16 lane accumulators and then a butterfly (see {@link #rowSum}).
 *       Other reductions (torch.sum) run AVX2 kernels of 8 lanes ({@link CascadeSum}).</li>
 *   <li>exp and log are SLEEF's ({@link SleefMath}), not the correctly rounded ones.</li>
 *   <li>log_softmax's backward, {@code g - exp(out) * sum}, is one fused multiply-add: the
 *       compiler contracted it in PyTorch's build.</li>
 * </ul>
 */
final class SoftmaxKernels {
    private SoftmaxKernels() {}

    /** Floats in one AVX-512 vector. */
    static final int LANES = 16;

    /**
     * Softmax or log_softmax of each row of {@code n} floats, {@code in} into {@code out}. Why the
     * row loops live here and not in their callers: a loop in a long method makes the JIT compile
     * that whole method twice (once entered mid-loop, once whole); these short ones cost little.
     */
    static void forwardRows(float[] in, float[] out, int n, boolean log) {
        for (int base = 0; base < out.length; base += n) {
            forwardRow(in, out, base, n, log);
        }
    }

    /** {@link #backwardRow} for each row of {@code n} floats. */
    static void backwardRows(float[] g, float[] out, float[] gradIn, int n, boolean log) {
        for (int base = 0; base < gradIn.length; base += n) {
            backwardRow(g, out, gradIn, base, n, log);
        }
    }

    /** One row of softmax or log_softmax, {@code in[base .. base+n)} into {@code out}. */
    static void forwardRow(float[] in, float[] out, int base, int n, boolean log) {
        float max = Float.NEGATIVE_INFINITY;
        for (int i = base; i < base + n; i++) {
            max = Math.max(max, in[i]);
        }
        shiftedExps(in, out, base, base + n, max);
        float sum = rowSum(out, base, n);
        if (log) {
            float logSum = SleefMath.log(sum);
            for (int i = base; i < base + n; i++) {
                out[i] = (in[i] - max) - logSum;
            }
        } else {
            float inverse = 1f / sum;
            for (int i = base; i < base + n; i++) {
                out[i] *= inverse;
            }
        }
    }

    /** {@code out[i] = exp(in[i] - max)} over a row, SLEEF's exp: natively for long rows. */
    private static void shiftedExps(float[] in, float[] out, int from, int to, float max) {
        if (to - from >= NativeKernels.WORTH_FROM && NativeKernels.available()) {
            NativeKernels.sleefExp(in, out, from, to, max);
            return;
        }
        for (int i = from; i < to; i++) {
            out[i] = SleefMath.exp(in[i] - max);
        }
    }

    /**
     * One column of softmax or log_softmax over a dim that is not the last, as ATen's kernels for
     * inner sizes above one compute it: exp(x - max) in float, summed in order along the dim, then
     * a float division (softmax) or x - max - log(sum) (log_softmax, SLEEF's log). The exp is
     * SLEEF's where ATen takes the column in a whole vector of columns ({@link #vectorizedColumns}),
     * the C library's elsewhere.
     */
    static void forwardColumn(double[] in, double[] out, int base, int n, int stride, boolean log,
            boolean vectorized) {
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, (float) in[base + i * stride]);
        }
        float sum = 0;
        for (int i = 0; i < n; i++) {
            float shifted = (float) in[base + i * stride] - max;
            sum += SleefMath.exp(shifted, vectorized);
        }
        float logSum = SleefMath.log(sum);
        for (int i = 0; i < n; i++) {
            float shifted = (float) in[base + i * stride] - max;
            out[base + i * stride] = log ? shifted - logSum : SleefMath.exp(shifted, vectorized) / sum;
        }
    }

    /**
     * Which columns (flat index outer * inner + k) ATen computes in whole vectors of {@link #LANES}
     * columns. softmax walks the columns of each thread's chunk (grain 32768 / (16 dim)) and takes a
     * vector where {@code LANES} columns remain both in the row and in the chunk. log_softmax cuts
     * each row into blocks of 128 KiB / (4 dim) columns (a multiple of LANES) and takes whole
     * vectors from the start of each block.
     */
    static boolean[] vectorizedColumns(int outer, int dim, int inner, boolean log) {
        boolean[] vectorized = new boolean[outer * inner];
        if (log) {
            int block = Math.max(128 * 1024 / dim / 4, LANES) / LANES * LANES;
            for (int o = 0; o < outer; o++) {
                for (int start = 0; start < inner; start += block) {
                    int size = Math.min(block, inner - start);
                    for (int k = 0; k < size - size % LANES; k++) {
                        vectorized[o * inner + start + k] = true;
                    }
                }
            }
            return vectorized;
        }
        int total = outer * inner;
        AtenLoops.forEachChunk(total, Math.max(AtenLoops.GRAIN_SIZE / (16 * dim), 1), (begin, end) -> {
            int idx = begin;
            while (idx < end) {
                int k = idx % inner;
                if (k + LANES <= inner && idx + LANES <= end) {
                    java.util.Arrays.fill(vectorized, idx, idx + LANES, true);
                    idx += LANES;
                } else {
                    idx += idx + LANES > end ? end - idx : inner - k;
                }
            }
        });
        return vectorized;
    }

    /**
     * The gradient of one row: for log_softmax {@code g - exp(out) * sum(g)}, for softmax
     * {@code (g - sum(g * out)) * out}, with the sums as {@link #rowSum} (the products rounded
     * before they are added; {@code gradIn} holds them meanwhile).
     */
    static void backwardRow(float[] g, float[] out, float[] gradIn, int base, int n, boolean log) {
        float sum;
        if (log) {
            sum = rowSum(g, base, n);
        } else {
            for (int i = base; i < base + n; i++) {
                gradIn[i] = g[i] * out[i];
            }
            sum = rowSum(gradIn, base, n);
        }
        for (int i = base; i < base + n; i++) {
            gradIn[i] = log ? Math.fma(-SleefMath.exp(out[i]), sum, g[i]) : (g[i] - sum) * out[i];
        }
    }

    /**
     * ATen's {@code vec::reduce_all} with +: a row shorter than a vector is summed in order;
     * otherwise {@link #LANES} accumulators take whole vectors, the tail is added into the first
     * lanes, and lanes are combined pairwise at distance 8, 4, 2, then 1 (the vector's shuffles).
     */
    static float rowSum(float[] v, int base, int n) {
        if (n < LANES) {
            float acc = n == 0 ? 0 : v[base];
            for (int i = 1; i < n; i++) {
                acc += v[base + i];
            }
            return acc;
        }
        float[] acc = java.util.Arrays.copyOfRange(v, base, base + LANES);
        int d = LANES;
        for (; d < n - n % LANES; d += LANES) {
            for (int j = 0; j < LANES; j++) {
                acc[j] += v[base + d + j];
            }
        }
        for (int j = 0; d + j < n; j++) {
            acc[j] += v[base + d + j];
        }
        for (int distance = LANES / 2; distance >= 1; distance /= 2) {
            float[] next = new float[LANES];
            for (int j = 0; j < LANES; j++) {
                next[j] = acc[j] + acc[j ^ distance];
            }
            acc = next;
        }
        return acc[0];
    }
}
