package dev.kindling.embed;

import dev.kindling.tensor.storage.NativeMatmul;

/**
 * Whether the native libraries behind large products loaded, for diagnostics such as the REPL's
 * {@code :doctor}, and a way to load them ahead of the first product that needs them.
 * Asking loads a library if it has not been tried yet.
 *
 * <pre>{@code
 * NativeLibraries.Status nd4j = NativeLibraries.nd4j();
 * if (!nd4j.loaded() && nd4j.problem() == null) {
 *     // not in this build: float64 products run on Kindling's Java gemm
 * }
 * }</pre>
 */
public final class NativeLibraries {
    private NativeLibraries() {}

    /**
     * Whether a library loaded, and if not, why.
     *
     * @param loaded  whether it can be used
     * @param problem why it could not be loaded, or null when it loaded or is simply not on the classpath
     */
    public record Status(boolean loaded, String problem) {}

    /** oneDNN's float32 matrix product. */
    public static Status sgemm() {
        boolean loaded = NativeMatmul.isSgemmAvailable();
        return new Status(loaded, loaded ? null : NativeMatmul.sgemmLoadProblem());
    }

    /**
     * ND4J, which serves large float64 products (and float32 ones) only in the cuda build
     * ({@code mvn -Pcuda}); the default build does not carry it, which reads as not loaded with
     * no problem, and runs those products on Kindling's Java gemm.
     */
    public static Status nd4j() {
        boolean loaded = NativeMatmul.isAvailable();
        return new Status(loaded, loaded ? null : NativeMatmul.loadProblem());
    }

    /** The fewest multiply-adds a float32 product must have to go to oneDNN. */
    public static long sgemmThreshold() {
        return NativeMatmul.SGEMM_THRESHOLD;
    }
}
