package dev.kindling.tensor.random;

import java.util.Arrays;

/**
 * {@code torch.multinomial} as PyTorch 2.x draws it on CPU ({@code native/Distributions.cpp}
 * {@code multinomial_out} and {@code native/cpu/MultinomialKernel.cpp}), on float32 weights.
 *
 * <pre>{@code
 * CpuGenerator g = new CpuGenerator().manualSeed(2147483647);   // makemore's generator
 * float[] p = {0.1f, 0.6f, 0.3f};
 * long[] ix = Multinomial.sample(p, 1, 3, 1, true, g);         // torch.multinomial(p, 1, True, generator=g)
 * }</pre>
 */
public final class Multinomial {

    private Multinomial() {
    }

    /**
     * {@code torch.multinomial(probs, nSamples, replacement)} for float32 weights laid out as
     * {@code rows x categories} (one row for a 1-d input); returns {@code rows x nSamples}
     * category indices, row-major. PyTorch takes two routes:
     * <ul>
     * <li>without replacement, or with a single sample: the exponential race (Gumbel-max):
     *     {@code q = exponential_(1)} over the whole weight tensor, then per row the
     *     category maximising {@code probs / q} in float (the first on ties), or the
     *     {@code nSamples} largest in descending order;
     * <li>with replacement and several samples: per row the float cumulative sum divided by
     *     its total, the last bucket forced to 1, and for each sample a 53-bit uniform placed
     *     by binary search (first bucket whose cumulative value is not below it).
     * </ul>
     * So {@code multinomial(p, 1, true)} (makemore's sampling loop) consumes one 64-bit draw
     * per category, not one per sample.
     *
     * @throws IllegalArgumentException for negative, infinite or NaN weights, a row summing
     *     to 0, or more samples than categories without replacement
     */
    public static long[] sample(float[] probs, int rows, int categories, int nSamples,
            boolean replacement, CpuGenerator g) {
        checkWeights(probs, rows, categories, nSamples, replacement);
        long[] out = new long[rows * nSamples];
        synchronized (g) {
            if (!replacement || nSamples == 1) {
                float[] score = new float[probs.length];
                for (int i = 0; i < score.length; i++) {
                    score[i] = probs[i] / (float) Distributions.nextExponential(g, 1.0);
                }
                for (int r = 0; r < rows; r++) {
                    topK(score, r * categories, categories, out, r * nSamples, nSamples);
                }
            } else {
                float[] cum = new float[categories];
                for (int r = 0; r < rows; r++) {
                    cumulative(probs, r * categories, cum);
                    for (int j = 0; j < nSamples; j++) {
                        double u = (Distributions.random64(g) & ((1L << 53) - 1)) * 0x1.0p-53;
                        int left = 0;
                        int right = categories;
                        while (right - left > 0) {
                            int mid = left + (right - left) / 2;
                            if (cum[mid] < u) {
                                left = mid + 1;
                            } else {
                                right = mid;
                            }
                        }
                        out[r * nSamples + j] = left;
                    }
                }
            }
        }
        return out;
    }

    private static void checkWeights(float[] probs, int rows, int categories, int nSamples, boolean replacement) {
        if (probs.length != rows * categories || categories <= 0) {
            throw new IllegalArgumentException("multinomial: expected " + rows + " x " + categories + " weights");
        }
        if (!replacement && nSamples > categories) {
            throw new IllegalArgumentException("cannot sample n_sample > prob_dist.size(-1) samples without replacement");
        }
        for (int r = 0; r < rows; r++) {
            float sum = 0;
            for (int c = 0; c < categories; c++) {
                float v = probs[r * categories + c];
                if (!(v >= 0) || Float.isInfinite(v)) {
                    throw new IllegalArgumentException("probability tensor contains either `inf`, `nan` or element < 0");
                }
                sum += v;
            }
            if (sum == 0) {
                throw new IllegalArgumentException("invalid multinomial distribution (sum of probabilities <= 0)");
            }
        }
    }

    /** ATen's normalized float cumulative distribution, with the last bucket set to 1. */
    private static void cumulative(float[] probs, int off, float[] cum) {
        float sum = 0;
        for (int j = 0; j < cum.length; j++) {
            sum += probs[off + j];
            cum[j] = sum;
        }
        for (int j = 0; j < cum.length; j++) {
            cum[j] /= sum;
        }
        cum[cum.length - 1] = 1;
    }

    /** Indices of the k largest of {@code v[off..off+n)}, largest first, lower index first on ties. */
    private static void topK(float[] v, int off, int n, long[] out, int outOff, int k) {
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Float.compare(v[off + b], v[off + a]));
        for (int i = 0; i < k; i++) {
            out[outOff + i] = idx[i];
        }
    }
}
