package dev.kindling.tensor.cpu.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.kindling.tensor.cpu.AdamArrays;
import dev.kindling.tensor.cpu.AdamConstants;
import dev.kindling.tensor.cpu.Float32Kernels;

/**
 * Every kernel of the {@code standard} policy agrees with the same formula computed in float64,
 * within float32's precision: an ulp or two for an element-wise result, the pairwise bound
 * (log2 n + 1) 2^-24 sum|x| for a sum.
 */
class StandardFloat32Test {
    private static final Float32Kernels K = StandardFloat32.KERNELS;
    private static final double EPS = 0x1p-24;

    private static float[] randoms(SplittableRandom r, int n, double scale) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (r.nextGaussian() * scale);
        }
        return x;
    }

    /** |got - want| within {@code ulps} ulps of the float nearest want. */
    private static void assertUlps(double want, float got, int ulps, String what) {
        double tolerance = ulps * Math.ulp((float) want) + Double.MIN_VALUE;
        assertTrue(Math.abs(got - want) <= tolerance, what + ": got " + got + ", float64 gives " + want);
    }

    @Test
    void squareRootsAreCorrectlyRounded() {
        SplittableRandom r = new SplittableRandom(1);
        float[] x = randoms(r, 10_000, 1e3);
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.abs(x[i]);
        }
        float[] out = new float[x.length];
        K.sqrt(x, out, 0, x.length);
        for (int i = 0; i < x.length; i++) {
            double exact = Math.sqrt(x[i]);
            // correctly rounded: no float is nearer the exact root
            assertTrue(Math.abs(out[i] - exact) <= 0.5 * Math.ulp(out[i]), "sqrt of " + x[i]);
            assertEquals(out[i], K.sqrt(x[i]), 0, "scalar sqrt of " + x[i]);
        }
        assertTrue(Float.isNaN(K.sqrt(-1f)));
    }

    @Test
    void expIsWithinAnUlp() {
        SplittableRandom r = new SplittableRandom(2);
        float[] x = randoms(r, 10_000, 30);
        float[] out = new float[x.length];
        K.exp(x, out, 0, x.length);
        for (int i = 0; i < x.length; i++) {
            assertUlps(Math.exp(x[i]), out[i], 1, "exp of " + x[i]);
        }
    }

    @Test
    void sigmoidAndExpBasedMapsAreWithinAFewUlps() {
        SplittableRandom r = new SplittableRandom(3);
        float[] x = randoms(r, 5_000, 8);
        float[] s = K.sigmoid(x);
        float[] silu = K.mapWithExp(x.length, (i, exp) -> x[i] / (1f + exp.apply(-x[i])));
        for (int i = 0; i < x.length; i++) {
            double sigmoid = 1 / (1 + Math.exp(-(double) x[i]));
            assertUlps(sigmoid, s[i], 3, "sigmoid of " + x[i]);
            assertUlps(x[i] * sigmoid, silu[i], 4, "silu of " + x[i]);
        }
    }

    private static double exactSum(float[] v, int offset, int stride, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += v[offset + i * stride];
        }
        return s;
    }

    private static double pairwiseBound(float[] v, int offset, int stride, int n) {
        double magnitude = 0;
        for (int i = 0; i < n; i++) {
            magnitude += Math.abs(v[offset + i * stride]);
        }
        int levels = 32 - Integer.numberOfLeadingZeros(Math.max(n, 1));
        return (levels + PairwiseSum.BASE) * EPS * magnitude;
    }

    @Test
    void fullSumsStayWithinThePairwiseBound() {
        SplittableRandom r = new SplittableRandom(4);
        for (int n : new int[] {0, 1, 15, 16, 17, 1000, 100_003}) {
            float[] x = randoms(r, n, 1);
            double exact = exactSum(x, 0, 1, n);
            assertTrue(Math.abs(K.sumAll(x) - exact) <= pairwiseBound(x, 0, 1, n), "sum of " + n);
        }
    }

    /** Pairwise, not left to right: a million 0.1s, which a running float sum takes to 100958.34. */
    @Test
    void aMillionTenthsSumCloseToTheirTotal() {
        float[] x = new float[1_000_000];
        java.util.Arrays.fill(x, 0.1f);
        float running = 0;
        for (float v : x) {
            running += v;
        }
        assertTrue(Math.abs(running - 1e5) > 900, "the running sum should drift: " + running);
        double exact = 1e6 * (double) 0.1f;
        assertEquals(exact, K.sumAll(x), pairwiseBound(x, 0, 1, x.length));
    }

    @Test
    void sumsAlongEachDimMatchFloat64() {
        SplittableRandom r = new SplittableRandom(5);
        int[] shape = {3, 40, 7};
        float[] x = randoms(r, 3 * 40 * 7, 10);
        for (int dim = 0; dim < 3; dim++) {
            float[] got = K.sum(x, shape, dim);
            List<double[]> checks = new ArrayList<>();
            int inner = dim == 2 ? 1 : dim == 1 ? 7 : 40 * 7;
            int outer = dim == 0 ? 1 : dim == 1 ? 3 : 3 * 40;
            assertEquals(outer * inner, got.length);
            for (int o = 0; o < outer; o++) {
                for (int k = 0; k < inner; k++) {
                    int base = o * shape[dim] * inner + k;
                    checks.add(new double[] {exactSum(x, base, inner, shape[dim]),
                        pairwiseBound(x, base, inner, shape[dim]), got[o * inner + k]});
                }
            }
            for (double[] c : checks) {
                assertTrue(Math.abs(c[2] - c[0]) <= c[1], "dim " + dim + ": " + c[2] + " vs " + c[0]);
            }
        }
    }

    @Test
    void reductionsAccumulateInOnePiece() {
        List<int[]> pieces = new ArrayList<>();
        K.forEachChunk(100_000, (from, to) -> pieces.add(new int[] {from, to}));
        assertEquals(1, pieces.size());
        assertEquals(0, pieces.get(0)[0]);
        assertEquals(100_000, pieces.get(0)[1]);
    }

    private static double[] softmax64(float[] x, int base, int n, int stride, boolean log) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, x[base + i * stride]);
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += Math.exp(x[base + i * stride] - max);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double shifted = x[base + i * stride] - max;
            out[i] = log ? shifted - Math.log(total) : Math.exp(shifted) / total;
        }
        return out;
    }

    /**
     * Within a few ulps, plus what rounding {@code x - max} to float costs: an error of
     * |x - max| 2^-24 in exp's argument (relative, for softmax; absolute, for log_softmax).
     */
    private static void assertSoftmax(double want, float got, float x, float max, boolean log, String what) {
        double shiftError = Math.abs((double) x - max) * EPS;
        double tolerance = log ? 4 * Math.ulp((float) want) + 2 * shiftError + 4 * EPS
                : (4 * EPS + 2 * shiftError) * Math.abs(want);
        assertTrue(Math.abs(got - want) <= tolerance + Double.MIN_VALUE,
                what + ": got " + got + ", float64 gives " + want);
    }

    private static float max(float[] x, int base, int n, int stride) {
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, x[base + i * stride]);
        }
        return max;
    }

    @Test
    void softmaxRowsAndColumnsMatchFloat64() {
        SplittableRandom r = new SplittableRandom(6);
        int rows = 5;
        int n = 37;
        float[] x = randoms(r, rows * n, 4);
        double[] xd = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            xd[i] = x[i];
        }
        for (boolean log : new boolean[] {false, true}) {
            float[] out = new float[x.length];
            K.softmaxRows(x, out, n, log);
            double[] columns = new double[x.length];
            K.softmaxColumns(xd, columns, 1, rows, n, log); // the same data as (rows, n): softmax over dim 0
            for (int row = 0; row < rows; row++) {
                double[] want = softmax64(x, row * n, n, 1, log);
                float max = max(x, row * n, n, 1);
                for (int i = 0; i < n; i++) {
                    assertSoftmax(want[i], out[row * n + i], x[row * n + i], max, log, "row " + row);
                }
            }
            for (int col = 0; col < n; col++) {
                double[] want = softmax64(x, col, rows, n, log);
                float max = max(x, col, rows, n);
                for (int i = 0; i < rows; i++) {
                    assertSoftmax(want[i], (float) columns[col + i * n], x[col + i * n], max, log, "column " + col);
                }
            }
        }
    }

    @Test
    void softmaxGradientsMatchFloat64() {
        SplittableRandom r = new SplittableRandom(7);
        int n = 29;
        float[] x = randoms(r, 2 * n, 3);
        float[] g = randoms(r, 2 * n, 1);
        for (boolean log : new boolean[] {false, true}) {
            float[] out = new float[x.length];
            K.softmaxRows(x, out, n, log);
            float[] gradIn = new float[x.length];
            K.softmaxRowsBackward(g, out, gradIn, n, log);
            for (int row = 0; row < 2; row++) {
                double sum = 0;
                for (int i = row * n; i < row * n + n; i++) {
                    sum += log ? g[i] : (double) g[i] * out[i];
                }
                for (int i = row * n; i < row * n + n; i++) {
                    double want = log ? g[i] - Math.exp(out[i]) * sum : (g[i] - sum) * out[i];
                    double scale = Math.abs(g[i]) + Math.abs(sum) * (log ? Math.exp(out[i]) : 1);
                    assertTrue(Math.abs(gradIn[i] - want) <= 8 * EPS * scale + 1e-30,
                            (log ? "log_" : "") + "softmax gradient " + i + ": " + gradIn[i] + " vs " + want);
                }
            }
        }
    }

    @Test
    void adamFollowsItsFormulaInFloat64() {
        SplittableRandom r = new SplittableRandom(8);
        int n = 500;
        float[] p = randoms(r, n, 1);
        float[] m = new float[n];
        float[] v = new float[n];
        double[] p64 = new double[n];
        double[] m64 = new double[n];
        double[] v64 = new double[n];
        for (int i = 0; i < n; i++) {
            p64[i] = p[i];
        }
        double lr = 1e-2;
        for (int step = 1; step <= 5; step++) {
            float[] g = randoms(r, n, 1);
            double bias2Sqrt = Math.sqrt(1 - Math.pow(0.999, step));
            double stepSize = -lr / (1 - Math.pow(0.9, step));
            AdamConstants c = new AdamConstants(0.1f, 0.999f, (float) (1 - 0.999), 1e-8f, (float) bias2Sqrt,
                    (float) stepSize);
            double[] gd = new double[n];
            for (int i = 0; i < n; i++) {
                gd[i] = g[i];
            }
            // the gradient as floats on odd steps and as doubles on even ones: both forms are read
            K.adamUpdate(new AdamArrays(p, m, v, step % 2 == 1 ? g : null, gd, new float[n]), 0, n, c);
            for (int i = 0; i < n; i++) {
                m64[i] += 0.1 * (g[i] - m64[i]);
                v64[i] = 0.999 * v64[i] + 0.001 * g[i] * g[i];
                p64[i] += stepSize * m64[i] / (Math.sqrt(v64[i]) / bias2Sqrt + 1e-8);
            }
        }
        for (int i = 0; i < n; i++) {
            assertEquals(m64[i], m[i], 1e-6, "exp_avg " + i); // the gradients are of order 1
            assertEquals(v64[i], v[i], 1e-5 * v64[i] + 1e-12, "exp_avg_sq " + i);
            assertEquals(p64[i], p[i], 1e-5 * (Math.abs(p64[i]) + 1e-2), "param " + i);
        }
    }

    @Test
    void productsTakeTheGeneralPath() {
        assertFalse(K.ordersProduct(4, 4, 4, true));
        assertThrows(IllegalStateException.class,
                () -> K.multiply(new double[4], new double[4], new float[4], 2, 2, 2, true));
    }
}
