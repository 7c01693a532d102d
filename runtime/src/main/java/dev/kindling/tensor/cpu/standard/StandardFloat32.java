package dev.kindling.tensor.cpu.standard;

import dev.kindling.tensor.cpu.AdamArrays;
import dev.kindling.tensor.cpu.AdamConstants;
import dev.kindling.tensor.cpu.Float32Kernels;

/**
 * The {@code standard} policy's kernels: plain IEEE float32. Square roots are correctly rounded
 * ({@code Math.sqrt} of the widened float, rounded back: a double holds the root exactly enough);
 * exp is {@code Math.exp} rounded to float (correctly rounded but for rare inputs, an ulp away at
 * most); sums are pairwise ({@link PairwiseSum}); softmax ({@link StandardSoftmax}) and Adam
 * ({@link StandardAdam}) follow their formulas; products have no order of their own, so they go
 * to oneDNN's sgemm or the JVM's loop that accumulates in double and rounds once.
 *
 * <pre>{@code
 * Float32Kernels k = Numerics.STANDARD.kernels();
 * float[] x = {1f, 2f, 3f, 4f};
 * float total = k.sumAll(x);              // 10.0f
 * float[] s = k.sigmoid(new float[] {0f}); // {0.5f}
 * }</pre>
 */
public final class StandardFloat32 implements Float32Kernels {
    /** The one instance (the kernels keep no state). */
    public static final Float32Kernels KERNELS = new StandardFloat32();

    private static final FloatFunction EXP = StandardFloat32::exp;

    private StandardFloat32() {}

    /** Elements widened, exponentiated and narrowed per pass of {@link #exp(float[], float, float, float[], int, int)}. */
    private static final int EXP_BLOCK = 1024;

    /** e^x rounded to float. */
    static float exp(float x) {
        return (float) Math.exp(x);
    }

    /**
     * {@code out[i] = exp(sign * x[i] - shift)} for i in [from, to), the argument rounded to float
     * first, in blocks of three passes: widen, {@code Math.exp}, narrow. Why passes: with the
     * conversions in the exp loop, each element waited for the previous one's conversions; apart,
     * the loops pipeline (bench/README.md, "Numerics policies", has the figures).
     */
    static void exp(float[] x, float sign, float shift, float[] out, int from, int to) {
        double[] wide = new double[Math.min(EXP_BLOCK, to - from)];
        for (int start = from; start < to; start += EXP_BLOCK) {
            int n = Math.min(EXP_BLOCK, to - start);
            for (int i = 0; i < n; i++) {
                wide[i] = sign * x[start + i] - shift;
            }
            for (int i = 0; i < n; i++) {
                wide[i] = Math.exp(wide[i]);
            }
            for (int i = 0; i < n; i++) {
                out[start + i] = (float) wide[i];
            }
        }
    }

    @Override
    public void sqrt(float[] x, float[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = (float) Math.sqrt(x[i]);
        }
    }

    /** The correctly rounded square root. */
    @Override
    public float sqrt(float x) {
        return (float) Math.sqrt(x);
    }

    @Override
    public void exp(float[] x, float[] out, int from, int to) {
        exp(x, 1f, 0f, out, from, to);
    }

    /** {@code 1 / (1 + exp(-x))}, each step rounded to float. */
    @Override
    public float[] sigmoid(float[] x) {
        float[] r = new float[x.length];
        exp(x, -1f, 0f, r, 0, x.length);
        for (int i = 0; i < x.length; i++) {
            r[i] = 1f / (1f + r[i]);
        }
        return r;
    }

    @Override
    public float[] mapWithExp(int n, ExpElement element) {
        float[] r = new float[n];
        for (int i = 0; i < n; i++) {
            r[i] = element.apply(i, EXP);
        }
        return r;
    }

    @Override
    public float sumAll(float[] data) {
        return PairwiseSum.sum(data, 0, 1, data.length);
    }

    @Override
    public float[] sum(float[] data, int[] shape, int dim) {
        return PairwiseSum.sum(data, shape, dim);
    }

    /** One piece: the whole reduction, in order. */
    @Override
    public void forEachChunk(int n, Chunk chunk) {
        chunk.apply(0, n);
    }

    @Override
    public void softmaxRows(float[] in, float[] out, int n, boolean log) {
        for (int base = 0; base < out.length; base += n) {
            StandardSoftmax.forward(in, out, base, n, 1, log);
        }
    }

    @Override
    public void softmaxRowsBackward(float[] g, float[] out, float[] gradIn, int n, boolean log) {
        for (int base = 0; base < gradIn.length; base += n) {
            StandardSoftmax.backwardRow(g, out, gradIn, base, n, log);
        }
    }

    /** Each column as a row of its own, read as floats and written back as doubles. */
    @Override
    public void softmaxColumns(double[] in, double[] out, int outer, int dim, int inner, boolean log) {
        float[] x = new float[in.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) in[i];
        }
        float[] y = new float[in.length];
        for (int o = 0; o < outer; o++) {
            for (int k = 0; k < inner; k++) {
                StandardSoftmax.forward(x, y, o * dim * inner + k, dim, inner, log);
            }
        }
        for (int i = 0; i < y.length; i++) {
            out[i] = y[i];
        }
    }

    /** None: products take the general path. */
    @Override
    public boolean ordersProduct(int n, int k, int m, boolean rowsContiguous) {
        return false;
    }

    @Override
    public void multiply(double[] a, double[] b, float[] out, int n, int k, int m, boolean rowsContiguous) {
        throw new IllegalStateException("the standard numerics policy orders no product: see ordersProduct");
    }

    @Override
    public void adamUpdate(AdamArrays arrays, int from, int to, AdamConstants c) {
        StandardAdam.update(arrays, from, to, c);
    }
}
