package dev.kindling.tensor.cpu.standard;

/**
 * float32 softmax and log_softmax, forward and backward, as the formulas read: the maximum taken
 * off, {@code exp} rounded to float, the sum pairwise ({@link PairwiseSum}), then one division
 * (softmax) or {@code x - max - log(sum)} (log_softmax). A slice is {@code n} floats {@code stride}
 * apart from {@code base}: a row of the last dim (stride 1) or a column of another.
 */
final class StandardSoftmax {
    private StandardSoftmax() {}

    /** Softmax or log_softmax of one slice of {@code in} into the same slice of {@code out}. */
    static void forward(float[] in, float[] out, int base, int n, int stride, boolean log) {
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, in[base + i * stride]);
        }
        if (stride == 1) {
            StandardFloat32.exp(in, 1f, max, out, base, base + n);
        } else {
            for (int i = 0; i < n; i++) {
                out[base + i * stride] = StandardFloat32.exp(in[base + i * stride] - max);
            }
        }
        float sum = PairwiseSum.sum(out, base, stride, n);
        if (log) {
            float logSum = (float) Math.log(sum);
            for (int i = 0; i < n; i++) {
                out[base + i * stride] = (in[base + i * stride] - max) - logSum;
            }
        } else {
            for (int i = 0; i < n; i++) {
                out[base + i * stride] /= sum;
            }
        }
    }

    /**
     * The gradient of one row of {@code n} floats: for log_softmax {@code g - exp(out) * sum(g)},
     * for softmax {@code (g - sum(g * out)) * out}, the products rounded before they are summed
     * ({@code gradIn} holds them meanwhile).
     */
    static void backwardRow(float[] g, float[] out, float[] gradIn, int base, int n, boolean log) {
        float sum;
        if (log) {
            sum = PairwiseSum.sum(g, base, 1, n);
        } else {
            for (int i = base; i < base + n; i++) {
                gradIn[i] = g[i] * out[i];
            }
            sum = PairwiseSum.sum(gradIn, base, 1, n);
        }
        for (int i = base; i < base + n; i++) {
            gradIn[i] = log ? g[i] - StandardFloat32.exp(out[i]) * sum : (g[i] - sum) * out[i];
        }
    }
}
