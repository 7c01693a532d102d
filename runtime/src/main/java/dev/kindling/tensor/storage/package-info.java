/**
 * The native side of tensors: the only package that sees ND4J, oneDNN and JavaCPP types. It
 * serves large matrix products ({@link dev.kindling.tensor.storage.NativeMatmul}): float32 ones
 * through oneDNN's {@code dnnl_sgemm} on reused off-heap copies, float64 ones through ND4J's Mmul
 * op (or nd4j-cuda-11.6 with {@code -Pcuda}). It also holds
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
