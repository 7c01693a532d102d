package dev.kindling.tensor;

/**
 * float32 softmax and log_softmax, forward and backward, in the order of operations of ATen's
 * CPU kernels, so that results have PyTorch's bits. Rows lie along the last dim; columns along
 * another dim ({@code stride} apart).
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

    /** One row of softmax or log_softmax, {@code in[base .. base+n)} into {@code out}. */
    static void forwardRow(double[] in, double[] out, int base, int n, boolean log) {
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, (float) in[base + i]);
        }
        float[] e = new float[n];
        for (int i = 0; i < n; i++) {
            e[i] = SleefMath.exp((float) in[base + i] - max);
        }
        float sum = rowSum(e);
        if (log) {
            float logSum = SleefMath.log(sum);
            for (int i = 0; i < n; i++) {
                out[base + i] = ((float) in[base + i] - max) - logSum;
            }
        } else {
            float inverse = 1f / sum;
            for (int i = 0; i < n; i++) {
                out[base + i] = e[i] * inverse;
            }
        }
    }

    /**
     * One column of softmax or log_softmax over a dim that is not the last, as ATen's kernel for
     * inner sizes above one computes it: exp(x - max) in float, summed in order along the dim,
     * then a float division (softmax) or x - max - log(sum) (log_softmax). Matches PyTorch 2.13 on
     * about 96% of elements of random inputs; the rest differ by an ulp where ATen runs SLEEF's exp
     * on whole vectors of columns, which this form does not model.
     */
    static void forwardColumn(double[] in, double[] out, int base, int n, int stride, boolean log) {
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, (float) in[base + i * stride]);
        }
        float sum = 0;
        for (int i = 0; i < n; i++) {
            sum += (float) Math.exp((float) in[base + i * stride] - max);
        }
        float logSum = (float) Math.log(sum);
        for (int i = 0; i < n; i++) {
            float shifted = (float) in[base + i * stride] - max;
            out[base + i * stride] = log ? shifted - logSum : (float) Math.exp(shifted) / sum;
        }
    }

    /**
     * The gradient of one row: for log_softmax {@code g - exp(out) * sum(g)}, for softmax
     * {@code (g - sum(g * out)) * out}, with the sums as {@link #rowSum} (the products rounded
     * before they are added).
     */
    static void backwardRow(double[] g, double[] out, double[] gradIn, int base, int n, boolean log) {
        float[] terms = new float[n];
        for (int i = 0; i < n; i++) {
            terms[i] = log ? (float) g[base + i] : (float) g[base + i] * (float) out[base + i];
        }
        float sum = rowSum(terms);
        for (int i = 0; i < n; i++) {
            float gi = (float) g[base + i];
            float oi = (float) out[base + i];
            gradIn[base + i] = log ? Math.fma(-SleefMath.exp(oi), sum, gi) : (gi - sum) * oi;
        }
    }

    /**
     * ATen's {@code vec::reduce_all} with +: a row shorter than a vector is summed in order;
     * otherwise {@link #LANES} accumulators take whole vectors, the tail is added into the first
     * lanes, and lanes are combined pairwise at distance 8, 4, 2, then 1 (the vector's shuffles).
     */
    static float rowSum(float[] v) {
        if (v.length < LANES) {
            float acc = v.length == 0 ? 0 : v[0];
            for (int i = 1; i < v.length; i++) {
                acc += v[i];
            }
            return acc;
        }
        float[] acc = java.util.Arrays.copyOf(v, LANES);
        int d = LANES;
        for (; d < v.length - v.length % LANES; d += LANES) {
            for (int j = 0; j < LANES; j++) {
                acc[j] += v[d + j];
            }
        }
        for (int j = 0; d + j < v.length; j++) {
            acc[j] += v[d + j];
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
