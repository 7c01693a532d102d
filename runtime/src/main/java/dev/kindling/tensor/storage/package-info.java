/**
 * The native side of tensors: the only package that sees oneDNN and JavaCPP types (and ND4J's,
 * in the cuda build). It serves large matrix products
 * ({@link dev.kindling.tensor.storage.NativeMatmul}): float32 ones through oneDNN's
 * {@code dnnl_sgemm} on reused off-heap copies, float64 ones through Kindling's blocked Java gemm
 * ({@link dev.kindling.tensor.storage.JavaGemm}), or through nd4j-cuda-11.6 with {@code -Pcuda},
 * which plugs in as a {@link dev.kindling.tensor.storage.GemmBackend}. It also holds
 * {@link dev.kindling.tensor.storage.SecondCore}, the helper thread that runs the second half of
 * a split product or optimizer step. Small tensors stay in the heap arrays of
 * {@code dev.kindling.tensor}, where one op costs well under a microsecond.
 *
 * <pre>{@code
 * double[] out = new double[n * m];
 * boolean done = NativeMatmul.multiply(a, b, out, n, k, m, true);   // false: too small or no natives
 * }</pre>
 */
package dev.kindling.tensor.storage;
