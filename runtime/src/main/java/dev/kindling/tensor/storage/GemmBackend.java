package dev.kindling.tensor.storage;

/**
 * A matrix product from a library that only some builds carry, found with
 * {@link java.util.ServiceLoader}: the cuda build ({@code mvn -Pcuda}) adds ND4J's here, from
 * {@code runtime/src/cuda}. The default build has none, names no class of such a library, and runs
 * the products in Java ({@link JavaGemm}).
 *
 * <p>{@link NativeMatmul} hands a backend that loads the float64 products from
 * {@link NativeMatmul#THRESHOLD} multiply-adds on, and the float32 ones where oneDNN's sgemm does
 * not load.
 *
 * <pre>{@code
 * // META-INF/services/dev.kindling.tensor.storage.GemmBackend names the implementing class
 * public final class MyGemm implements GemmBackend { ... }
 * }</pre>
 */
public interface GemmBackend {
    /**
     * Loads the library's natives (may take seconds; called once, on the first product that
     * could use it). False, or an exception, when it cannot run on this machine.
     */
    boolean load() throws Exception;

    /**
     * Row-major {@code out[n x m] = op(a)[n x k] * op(b)[k x m]}, op being each operand's
     * transpose flag; with {@code float32}, computed in float and each result given as a float.
     */
    void multiply(MatrixOperand a, MatrixOperand b, double[] out, int n, int k, int m, boolean float32);
}
