package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bit-for-bit checks of float results against {input bits, output bits} pairs PyTorch produced. */
final class FloatBitsAssert {
    private FloatBitsAssert() {}

    /** Each pair's output bits equal {@code f} of its input (any NaN matches any NaN). */
    static void assertPairs(int[][] pairs, java.util.function.Function<Float, Float> f, String op) {
        for (int[] pair : pairs) {
            assertSameBits(pair[1], f.apply(Float.intBitsToFloat(pair[0])), op + " of " + Integer.toHexString(pair[0]));
        }
    }

    /**
     * Pairs {@code from} to {@code to - 1} are not what {@code reference} (the correctly rounded
     * function) gives: so a mutation to the reference fails {@link #assertPairs} on them.
     */
    static void assertDifferFrom(int[][] pairs, int from, int to, java.util.function.Function<Float, Float> reference,
            String op) {
        for (int i = from; i < to; i++) {
            float x = Float.intBitsToFloat(pairs[i][0]);
            assertTrue(Float.floatToRawIntBits(reference.apply(x)) != pairs[i][1], op + " of " + x);
        }
    }

    /** The pairs' inputs, as a float32 tensor's elements (each float widened to double). */
    static double[] inputs(int[][] pairs) {
        double[] in = new double[pairs.length];
        for (int i = 0; i < in.length; i++) {
            in[i] = Float.intBitsToFloat(pairs[i][0]);
        }
        return in;
    }

    static void assertSameBits(int expectedBits, float actual, String message) {
        if (Float.isNaN(Float.intBitsToFloat(expectedBits))) {
            assertTrue(Float.isNaN(actual), message);
        } else {
            assertEquals(Integer.toHexString(expectedBits), Integer.toHexString(Float.floatToRawIntBits(actual)), message);
        }
    }
}
