package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.kindling.tensor.random.CpuGenerator;

/**
 * The float32 tanh kernel gives {@code (float) Math.tanh(x)}: on a sample of bit patterns through
 * every range it treats differently (Taylor, the exp formula and its near-tie check, saturation),
 * and through {@code torch.tanh} on a tensor large enough to be held as floats.
 */
class TanhFloat32Test {
    private static void assertSameFloat(float x) {
        assertEquals(Float.floatToIntBits((float) Math.tanh(x)), Float.floatToIntBits(Pointwise.tanhFloat32(x)),
                () -> "tanh(" + x + ")");
    }

    @Test
    void everyRangeGivesTheRoundedDoubleTanh() {
        int last = Float.floatToRawIntBits(Float.POSITIVE_INFINITY);
        // an odd stride reaches every exponent and many mantissas of each
        for (int bits = 0; bits <= last; bits += 211) {
            float x = Float.intBitsToFloat(bits);
            assertSameFloat(x);
            assertSameFloat(-x);
        }
        float[] edges = {0x1p-4f, Math.nextDown(0x1p-4f), 0.55f, Math.nextDown(0.55f), 9.5f, Math.nextDown(9.5f),
            0f, -0f, Float.MIN_VALUE, Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NaN};
        for (float x : edges) {
            assertSameFloat(x);
            assertSameFloat(-x);
        }
    }

    @Test
    void torchTanhOfALargeTensorIsTheKernelElementwise() {
        Tensor x = Torch.randn(new CpuGenerator(3), 300, 300);
        float[] in = x.floatValues();
        double[] out = x.tanh().toDoubleArray();
        for (int i = 0; i < in.length; i++) {
            assertEquals((float) Math.tanh(in[i]), (float) out[i], 0, "element " + i);
        }
    }
}
