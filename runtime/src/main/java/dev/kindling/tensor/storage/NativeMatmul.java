package dev.kindling.tensor.storage;

/**
 * Large matrix products through ND4J's native build (oneDNN/OpenBLAS sgemm and dgemm), behind
 * plain Java arrays so that no ND4J type leaves this package.
 *
 * <p>Why only large ones: measured on this project's build machine, one ND4J call costs about
 * 40 us even on 100 elements, while the heap loop of {@code dev.kindling.tensor} takes under 1 us;
 * a 1024x1024 float32 product takes about 90 ms through ND4J against 400 ms in the JVM loop. So
 * products of at least {@link #THRESHOLD} multiply-adds go native, smaller ones stay on the heap.
 * Square float32 products measured on the build machine (heap loop vs ND4J): n=64 0.3 vs 1.3 ms,
 * n=96 0.9 vs 1.0 ms, n=128 3.0 vs 1.1 ms, n=256 15 vs 1.6 ms, n=512 121 vs 12 ms; the threshold
 * sits at 128^3.
 * ND4J's natives load on first use (seconds), which a small script never pays.
 *
 * <p>float32 products run on reused off-heap buffers with transposes passed as gemm flags, and an
 * operand whose version is unchanged since an earlier product reuses that product's float copy
 * ({@link MatrixOperand}): measured at 1024x1024, letting ND4J allocate and copy per call cost
 * more than the sgemm (about 5 ms, ~440 GFLOP/s on the two AVX-512 cores); now the script-level
 * product runs at 300-370 GFLOP/s. The OpenMP workers should sleep between products
 * ({@code OMP_WAIT_POLICY=PASSIVE}, set by {@code bin/kindling}): spinning, they take the second
 * core from the JVM's own work between products.
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
 *
 * <p>This class names no ND4J type, so it loads (and answers "not available") on a class path
 * without ND4J; the calls themselves are in {@link Nd4jGemm}.
 */
public final class NativeMatmul {
    /** Multiply-adds (n * k * m) from which the native product is used. */
    public static final long THRESHOLD = 1L << 21;

    private static volatile Boolean available;
    private static volatile String loadProblem;
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
        // ND4J prints the stack traces of backends that fail to load (the CUDA build on a machine
        // without a GPU driver) straight to System.err; a learner must never see those, so they
        // are kept for loadProblem() instead.
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true));
        try {
            return Nd4jGemm.load();
        } catch (Throwable e) {
            // No ND4J on the class path, or its natives do not load here: the JVM loop serves.
            captured.writeBytes(String.valueOf(e).getBytes());
            return false;
        } finally {
            System.setErr(err);
            String text = captured.toString().strip();
            loadProblem = text.isEmpty() ? null : text.lines().findFirst().orElse(text);
        }
    }

    /** What went wrong (or was complained about) while loading ND4J's natives, or null. */
    public static String loadProblem() {
        return loadProblem;
    }

    /** Whether a product of this size goes native: enabled, large enough, and the backend loads. */
    public static boolean accepts(int n, int k, int m) {
        return enabled && (long) n * k * m >= THRESHOLD && isAvailable();
    }

    /**
     * {@code out[n x m] = a[n x k] * b[k x m]} (row-major) on ND4J when the product is large enough
     * and the backend loads; returns false (leaving {@code out} untouched) otherwise.
     *
     * @param float32 compute in float (sgemm) rather than double (dgemm)
     */
    public static boolean multiply(double[] a, double[] b, double[] out, int n, int k, int m, boolean float32) {
        return multiply(MatrixOperand.plain(a), MatrixOperand.plain(b), out, n, k, m, float32);
    }

    /**
     * {@code out[n x m] = op(a) * op(b)} where {@code op} transposes an operand flagged so (read
     * through the gemm's transpose flags, not copied); an operand whose version is unchanged since
     * an earlier product reuses that product's float copy. False, out untouched, when not accepted.
     */
    public static boolean multiply(MatrixOperand a, MatrixOperand b, double[] out, int n, int k, int m,
            boolean float32) {
        if (!accepts(n, k, m)) {
            return false;
        }
        Nd4jGemm.multiply(a, b, out, n, k, m, float32);
        return true;
    }
}
