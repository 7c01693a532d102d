package dev.kindling.tensor.storage;

import java.util.ServiceLoader;

/**
 * Large matrix products, off the heap loop of {@code dev.kindling.tensor} and behind plain Java
 * arrays, so that no native type leaves this package: float32 ones through oneDNN's sgemm
 * ({@link DnnlGemm}), float64 ones through Kindling's blocked Java gemm ({@link JavaGemm}; oneDNN
 * has no double gemm), or through a {@link GemmBackend} where the build plugs one in (ND4J's, in
 * the cuda build).
 *
 * <p>Why only large ones: below a few tens of thousands of multiply-adds the heap loop finishes
 * before a native call returns. Measured on the build machine (2 cores, AVX-512): a direct sgemm call
 * on one thread costs a few microseconds plus about 240 GFLOP/s of work, while the heap loop runs
 * at 1-2 GFLOP/s. So float32 products of at least {@link #SGEMM_THRESHOLD} multiply-adds go to
 * sgemm; float64 ones of at least {@link #THRESHOLD} go to the Java gemm, from where its blocking
 * and the second core pay. Natives load on first use, which a small script never pays.
 *
 * <p>float32 products run on reused off-heap buffers with transposes passed as gemm flags, and an
 * operand whose version is unchanged since an earlier product reuses that product's float copy
 * ({@link MatrixOperand}); {@link DnnlGemm} says how threads are used.
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
 * the last printed digit). The Java gemm gives the heap loop's bits.
 *
 * <p>This class names no native type, so it loads (and answers "not available") on a class path
 * without oneDNN; the calls themselves are in {@link DnnlGemm} and the backends.
 */
public final class NativeMatmul {
    /** Multiply-adds (n * k * m) from which a float64 product leaves the heap loop. */
    public static final long THRESHOLD = 1L << 21;
    /** Multiply-adds from which a float32 product goes to oneDNN's sgemm (see the class comment). */
    public static final long SGEMM_THRESHOLD = 1L << 16;

    private static volatile GemmBackend backend;
    private static final NativeLibrary BACKEND = new NativeLibrary(NativeMatmul::loadBackend);
    private static final NativeLibrary ONEDNN = new NativeLibrary(DnnlGemm::load);
    private static volatile boolean enabled = !"false".equals(System.getProperty("kindling.nativeMatmul"));
    /** Off only in tests, to run float32 products as where oneDNN is missing (the cuda build). */
    private static volatile boolean sgemmEnabled = true;

    private NativeMatmul() {}

    /** Turns the native path on or off (tests compare both paths; hosts may avoid loading natives). */
    public static void setEnabled(boolean on) {
        enabled = on;
    }

    /**
     * Whether the build has a {@link GemmBackend} (ND4J in the cuda build) and it loads on this
     * machine; checked once, failures mean "no", and the Java gemm serves.
     */
    public static boolean isAvailable() {
        return BACKEND.isLoaded();
    }

    /** What went wrong (or was complained about) while loading the backend, or null (also when the build has none). */
    public static String loadProblem() {
        return BACKEND.problem();
    }

    /** The first backend the build declares; false when it has none. */
    private static boolean loadBackend() throws Exception {
        GemmBackend found = ServiceLoader.load(GemmBackend.class, NativeMatmul.class.getClassLoader())
                .findFirst().orElse(null);
        if (found == null || !found.load()) {
            return false;
        }
        backend = found;
        return true;
    }

    /** Whether oneDNN's sgemm loads on this machine; checked once, failures mean "no". */
    public static boolean isSgemmAvailable() {
        return sgemmEnabled && ONEDNN.isLoaded();
    }

    /** For tests: whether float32 products may use oneDNN (else the backend or the Java gemm, as where oneDNN is missing). */
    static void useSgemm(boolean on) {
        sgemmEnabled = on;
    }

    /** What went wrong while loading oneDNN's natives, or null. */
    public static String sgemmLoadProblem() {
        return ONEDNN.problem();
    }

    /** Whether a product of this size and dtype leaves the heap loop: enabled, and large enough for its gemm. */
    public static boolean accepts(int n, int k, int m, boolean float32) {
        if (!enabled) {
            return false;
        }
        long size = (long) n * k * m;
        // float32 products below THRESHOLD leave only for sgemm; where it is missing (the cuda
        // build), larger ones go where float64 products go
        return size >= THRESHOLD || float32 && size >= SGEMM_THRESHOLD && isSgemmAvailable();
    }

    /**
     * Tells the product cache that the matrix {@code identity} (its elements, after
     * {@code writes} in-place writes) was just set to {@code values}, element for element: a
     * float copy made earlier is refreshed from these floats, which is cheaper than copying them
     * at the next product. Why: Adam updates a float32 weight in float, and the next forward
     * multiplies by it. Does nothing (and loads nothing) otherwise.
     */
    public static void updateFloatCopy(Object identity, int writes, float[] values) {
        if (enabled && ONEDNN.loadedAlready()) {
            DnnlGemm.updateFloatCopy(new MatrixOperand(identity, null, values, false, true, writes), values);
        }
    }

    /**
     * {@code out[n x m] = a[n x k] * b[k x m]} (row-major) off the heap loop when the product is
     * large enough; returns false (leaving {@code out} untouched) otherwise.
     *
     * @param float32 a float32 product: each result is given as a float
     */
    public static boolean multiply(double[] a, double[] b, double[] out, int n, int k, int m, boolean float32) {
        return multiply(MatrixOperand.plain(a), MatrixOperand.plain(b), out, n, k, m, float32);
    }

    /**
     * {@code out[n x m] = op(a) * op(b)} where {@code op} transposes an operand flagged so (read
     * through the gemm's transpose flags, not copied); for sgemm, an operand whose version is
     * unchanged since an earlier product reuses that product's float copy. False, out untouched,
     * when not accepted.
     */
    public static boolean multiply(MatrixOperand a, MatrixOperand b, double[] out, int n, int k, int m,
            boolean float32) {
        if (!accepts(n, k, m, float32)) {
            return false;
        }
        if (float32 && isSgemmAvailable()) {
            DnnlGemm.multiply(a, b, out, n, k, m);
        } else if (isAvailable()) {
            backend.multiply(a, b, out, n, k, m, float32);
        } else {
            JavaGemm.multiply(a, b, out, n, k, m, float32);
        }
        return true;
    }

    /**
     * A float32 product left in floats: {@code out[n x m] = op(a) * op(b)} through oneDNN's sgemm.
     * Why: a result that a float kernel reads next (a weight's gradient, which Adam reads) need
     * not be converted to doubles and back. False, out untouched, where sgemm does not take it.
     */
    public static boolean multiply(MatrixOperand a, MatrixOperand b, float[] out, int n, int k, int m) {
        if (!producesFloats() || !accepts(n, k, m, true)) {
            return false;
        }
        DnnlGemm.multiply(a, b, out, n, k, m);
        return true;
    }

    /** Whether float32 products run on oneDNN's sgemm, which takes and gives floats. */
    public static boolean producesFloats() {
        return enabled && isSgemmAvailable();
    }
}
