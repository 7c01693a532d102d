package dev.kindling.tensor.cpu.bits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.kindling.tensor.DType;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/** float32 sqrt as PyTorch 2.13's CPU build computes it (MKL's vsSqrt, see {@link MklSqrt}). */
class MklSqrtTest {
    /**
     * {input bits, output bits}, from PyTorch 2.13.0+cpu on the AMD EPYC machine the conformance
     * outputs came from: torch.sqrt(x) (and x ** 0.5, which gave the same bits). The first 16 are
     * one ulp away from the correctly rounded root; the next 8 are not; then 0, a subnormal, 4,
     * near FLT_MAX, and two inputs on MKL's slow path (0x7f7ff000 and above).
     */
    private static final int[][] TORCH = {
        {0x3e13a9c0, 0x3ec26d3d}, {0x374243f3, 0x3b5f01b2}, {0x386b4ced, 0x3bf56ea0}, {0x3e001af0, 0x3eb517ff},
        {0x2f40623b, 0x375dec86}, {0x3661c4db, 0x3af068e7}, {0x3a28ee26, 0x3ccff504}, {0x3717afd7, 0x3b450ed6},
        {0x2f1fd42a, 0x374a4706}, {0x37660899, 0x3b72ab74}, {0x3f397ff2, 0x3f59ead3}, {0x39786a19, 0x3c7c2dc0},
        {0x330f0b2f, 0x393f5c85}, {0x2f0b507d, 0x373cd9b7}, {0x3e8967c0, 0x3f049e89}, {0x345c5dea, 0x39ed8422},
        {0x3a13de68, 0x3cc28fe5}, {0x4068e6e8, 0x3ff42d93}, {0x3d943a50, 0x3e89be3b}, {0x30c3704d, 0x381e2a3a},
        {0x3288df7e, 0x39045cb8}, {0x3fd93fcc, 0x3fa6c1cb}, {0x2ba6c5b9, 0x35921b0c}, {0x3ea0de08, 0x3f0f7ee6},
        {0x00000000, 0x00000000}, {0x000116c2, 0x1e3ce4e7}, {0x40800000, 0x40000000}, {0x7f7fc99e, 0x5f7fe4ce},
        {0x7f7ff801, 0x5f7ffc00}, {0x7f7ff000, 0x5f7ff800},
    };

    @Test
    void matchesTorchSqrtBitForBit() {
        FloatBitsAssert.assertPairs(TORCH, MklSqrt::sqrt, "sqrt");
    }

    @Test
    void tensorSqrtAndHalfPowerUseIt() {
        double[] in = FloatBitsAssert.inputs(TORCH);
        Tensor x = Torch.tensor(in, DType.FLOAT32);
        Tensor root = x.sqrt();
        Tensor half = x.pow(0.5);
        for (int i = 0; i < in.length; i++) {
            assertEquals(Float.intBitsToFloat(TORCH[i][1]), (float) root.toDoubleArray()[i], 0);
            assertEquals(Float.intBitsToFloat(TORCH[i][1]), (float) half.toDoubleArray()[i], 0);
        }
    }

    @Test
    void specialValues() {
        assertEquals(Float.NaN, MklSqrt.sqrt(-1f), 0);
        assertEquals(Float.POSITIVE_INFINITY, MklSqrt.sqrt(Float.POSITIVE_INFINITY), 0);
        assertEquals(-0f, MklSqrt.sqrt(-0f), 0);
        assertEquals(Float.floatToRawIntBits(-0f), Float.floatToRawIntBits(MklSqrt.sqrt(-0f)));
    }

    /** The array form gives the scalar form's bits on every 61st float bit pattern (70 million), NaNs as NaN. */
    @Test
    void arrayFormEqualsScalarForm() {
        float[] out = new float[1 << 16];
        float[] expected = new float[out.length];
        FloatBitsAssert.forEverySixtyFirstPattern((x, n) -> {
            MklSqrt.sqrt(x, out, 0, n);
            for (int i = 0; i < n; i++) {
                expected[i] = MklSqrt.sqrt(x[i]);
            }
            FloatBitsAssert.assertSameBits(x, expected, out, 0, n, "sqrt");
        });
    }
}
