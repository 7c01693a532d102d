package dev.kindling.tensor.cpu.bits;

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

    /**
     * Calls {@code check} with every 61st float bit pattern (70 million in all), 64k at a time:
     * the array and how many of its elements hold patterns.
     */
    static void forEverySixtyFirstPattern(java.util.function.ObjIntConsumer<float[]> check) {
        float[] x = new float[1 << 16];
        long bits = 0;
        while (bits <= 0xffffffffL) {
            int n = 0;
            for (; n < x.length && bits <= 0xffffffffL; n++, bits += 61) {
                x[n] = Float.intBitsToFloat((int) bits);
            }
            check.accept(x, n);
        }
    }

    /** {@code actual[i]} has {@code expected[i]}'s bits for i in [from, to) (any NaN matches any NaN); messages name {@code inputs[i]}. */
    static void assertSameBits(float[] inputs, float[] expected, float[] actual, int from, int to, String op) {
        assertSameBits(expected, actual, from, to, i -> op + " of " + Integer.toHexString(Float.floatToRawIntBits(inputs[i])));
    }

    /** {@link #assertSameBits(float[], float[], float[], int, int, String)} for arrays that are not one input's function; messages name the index. */
    static void assertSameElements(float[] expected, float[] actual, int from, int to, String what) {
        assertSameBits(expected, actual, from, to, i -> what + " element " + i);
    }

    private static void assertSameBits(float[] expected, float[] actual, int from, int to,
            java.util.function.IntFunction<String> message) {
        for (int i = from; i < to; i++) {
            if (Float.floatToRawIntBits(expected[i]) != Float.floatToRawIntBits(actual[i])) {
                assertSameBits(Float.floatToRawIntBits(expected[i]), actual[i], message.apply(i));
            }
        }
    }

    static void assertSameBits(int expectedBits, float actual, String message) {
        if (Float.isNaN(Float.intBitsToFloat(expectedBits))) {
            assertTrue(Float.isNaN(actual), message);
        } else {
            assertEquals(Integer.toHexString(expectedBits), Integer.toHexString(Float.floatToRawIntBits(actual)), message);
        }
    }
}
