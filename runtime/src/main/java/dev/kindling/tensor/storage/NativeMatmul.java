package dev.kindling.tensor.storage;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.Mmul;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Large matrix products through ND4J's native build (oneDNN/OpenBLAS sgemm and dgemm), behind
 * plain Java arrays so that no ND4J type leaves this package.
 *
 * <p>Why only large ones: measured on this project's build machine, one ND4J call costs about
 * 40 us even on 100 elements, while the heap loop of {@code dev.kindling.tensor} takes under 1 us;
 * a 1024x1024 float32 product takes about 90 ms through ND4J against 400 ms in the JVM loop. So
 * products of at least {@link #THRESHOLD} multiply-adds go native, smaller ones stay on the heap.
 * ND4J's natives load on first use (seconds), which a small script never pays.
 *
 * <pre>{@code
 * double[] out = new double[n * m];
 * if (!NativeMatmul.multiply(a, b, out, n, k, m, true)) {
 *     // fall back to the JVM loop
 * }
 * }</pre>
 *
 * <p>float32 products accumulate in float, as PyTorch's CPU sgemm does; results may differ from
 * PyTorch's in the last bits because the summation order differs (conformance allows one unit in
 * the last printed digit).
 */
public final class NativeMatmul {
    /** Multiply-adds (n * k * m) from which the native product is used. */
    public static final long THRESHOLD = 1L << 21;

    private static volatile Boolean available;
    private static volatile boolean enabled = !"false".equals(System.getProperty("kindling.nativeMatmul"));

    private NativeMatmul() {}

    /** Turns the native path on or off (tests compare both paths; hosts may avoid loading natives). */
    public static void setEnabled(boolean on) {
        enabled = on;
    }

    /** Whether ND4J's native backend loads on this machine; checked once, failures mean "no". */
    public static boolean isAvailable() {
        Boolean a = available;
        if (a == null) {
            synchronized (NativeMatmul.class) {
                if (available == null) {
                    available = load();
                }
                a = available;
            }
        }
        return a;
    }

    private static boolean load() {
        try {
            Nd4j.create(DataType.FLOAT, 1, 1);
            return true;
        } catch (Throwable e) {
            return false;
        }
    }

    /**
     * {@code out[n x m] = a[n x k] * b[k x m]} (row-major) on ND4J when the product is large enough
     * and the backend loads; returns false (leaving {@code out} untouched) otherwise.
     *
     * @param float32 compute in float (sgemm) rather than double (dgemm)
     */
    public static boolean multiply(double[] a, double[] b, double[] out, int n, int k, int m, boolean float32) {
        if (!enabled || (long) n * k * m < THRESHOLD || !isAvailable()) {
            return false;
        }
        if (float32) {
            INDArray x = Nd4j.create(toFloat(a), new long[] {n, k}, DataType.FLOAT);
            INDArray y = Nd4j.create(toFloat(b), new long[] {k, m}, DataType.FLOAT);
            float[] r = Nd4j.exec(new Mmul(x, y))[0].data().asFloat();
            for (int i = 0; i < r.length; i++) {
                out[i] = r[i];
            }
        } else {
            INDArray x = Nd4j.create(a, new long[] {n, k}, DataType.DOUBLE);
            INDArray y = Nd4j.create(b, new long[] {k, m}, DataType.DOUBLE);
            double[] r = Nd4j.exec(new Mmul(x, y))[0].data().asDouble();
            System.arraycopy(r, 0, out, 0, r.length);
        }
        return true;
    }

    private static float[] toFloat(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }
}
