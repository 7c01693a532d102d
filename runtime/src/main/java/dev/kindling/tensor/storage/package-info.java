/**
 * The native side of tensors: the only package that sees ND4J types. Today it serves large
 * matrix products ({@link dev.kindling.tensor.storage.NativeMatmul}, ND4J's Mmul op on the
 * oneDNN build of nd4j-native, or nd4j-cuda-11.6 with {@code -Pcuda}); small tensors stay in
 * the heap arrays of {@code dev.kindling.tensor}, where one op costs well under a microsecond.
 *
 * <pre>{@code
 * double[] out = new double[n * m];
 * boolean done = NativeMatmul.multiply(a, b, out, n, k, m, true);   // false: too small or no ND4J
 * }</pre>
 */
package dev.kindling.tensor.storage;
