package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.kindling.tensor.random.CpuGenerator;

/**
 * An MLP's activations on a batch (64x128, 64x256 float32) stay floats from the product through
 * the bias, relu and relu's gradient, with the bits the double loops give.
 */
class FloatActivationsTest {
    private static final int ROWS = 64;
    private static final int COLS = 256;

    /** A float32 tensor held as floats, with these values. */
    private static Tensor floats(float[] values, int... shape) {
        Tensor t = new Tensor(Elements.ofFloats(values), shape, DType.FLOAT32);
        assertTrue(Elements.keepsFloats(DType.FLOAT32, values.length), "large enough to be kept as floats");
        return t;
    }

    /** Random values with the cases a mask can get wrong: zeros of both signs, infinities, NaN. */
    private static float[] withSpecialValues(long seed) {
        float[] v = Torch.randn(new CpuGenerator(seed), ROWS * COLS).floatValues().clone();
        float[] special = {0f, -0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, Float.MIN_VALUE,
            -Float.MIN_VALUE};
        for (int i = 0; i < special.length; i++) {
            v[100 * i + 7] = special[i];
        }
        return v;
    }

    @Test
    void linearAddsTheBiasInFloatsAsTheDoubleAddRounds() {
        CpuGenerator g = new CpuGenerator(4);
        Tensor x = Torch.randn(g, ROWS, 512);
        Tensor w = Torch.randn(g, COLS, 512);
        Tensor b = Torch.randn(g, COLS);
        Tensor y = LinearAlgebra.linear(x, w, b);
        assertNotNull(y.keptFloats(), "the result stays floats");
        float[] product = x.matmul(w.t()).floatValues();
        double[] bias = b.values();
        float[] out = y.keptFloats();
        for (int i = 0; i < ROWS; i++) {
            for (int j = 0; j < COLS; j++) {
                float expected = (float) (product[i * COLS + j] + bias[j]);
                assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(out[i * COLS + j]), i + "," + j);
            }
        }
    }

    @Test
    void reluGradientMasksFloatsAsThresholdBackwardDoes() {
        Tensor x = floats(withSpecialValues(5), ROWS, COLS).requiresGrad_(true);
        Tensor out = x.relu();
        assertNotNull(out.keptFloats());
        float[] upstream = withSpecialValues(6);
        out.backward(floats(upstream, ROWS, COLS), false);
        float[] relu = out.keptFloats();
        float[] grad = x.grad().keptFloats();
        assertNotNull(grad, "the gradient stays floats");
        for (int i = 0; i < grad.length; i++) {
            // ATen's threshold_backward: out <= 0 ? 0 : g, so a blocked gradient is +0 and NaN passes g on
            float expected = relu[i] <= 0 ? 0f : upstream[i];
            assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(grad[i]), "element " + i);
        }
    }

    /** relu as clamp_min(x, 0): -0.0 stays -0.0, NaN stays NaN, negatives become +0.0; kept floats and doubles alike. */
    @Test
    void reluKeepsSignedZerosAndNaN() {
        float[] values = withSpecialValues(7);
        Tensor kept = floats(values, ROWS, COLS);
        double[] smallValues = new double[64];
        for (int i = 0; i < smallValues.length; i++) {
            smallValues[i] = values[i * 100 + 7]; // the special values first, then random ones
        }
        Tensor small = new Tensor(new Elements(smallValues), new int[] {64}, DType.FLOAT32);
        float[] keptOut = kept.relu().keptFloats();
        assertNotNull(keptOut, "a float input stays floats");
        double[] smallOut = small.relu().values();
        for (int i = 0; i < values.length; i++) {
            float x = values[i];
            float expected = x > 0 || x != x || x == 0 ? x : 0f;
            assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(keptOut[i]), "element " + i);
        }
        for (int i = 0; i < smallOut.length; i++) {
            double x = smallValues[i];
            double expected = x > 0 || x != x || x == 0 ? x : 0.0;
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(smallOut[i]), "double element " + i);
        }
    }
}
