package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** float32 log as PyTorch 2.13's CPU build computes it (MKL's vsLn, see {@link MklLog}). */
class MklLogTest {
    /**
     * {input bits, output bits} printed by PyTorch 2.13.0+cpu: torch.log(x). Four results equal the
     * correctly rounded log, the next twelve are an ulp away from it; then 0, -0, infinities, NaN,
     * -1, subnormals, the smallest normal, 1, 2, FLT_MAX, and both ends of the mantissa range.
     */
    private static final int[][] TORCH = {
        {0x42260ce5, 0x406e76bb}, {0x4223fc44, 0x406da9b5}, {0x4238054c, 0x40750a4e}, {0x41038362, 0x4006d133},
        {0x40c9c708, 0x3febb3f6}, {0x42357e73, 0x407427c8}, {0x40baa1e2, 0x3fe1b740}, {0x41a8ae8e, 0x40431bd2},
        {0x41e8ec39, 0x4057c2d0}, {0x40da1620, 0x3ff5a6e4}, {0x420ee1a0, 0x4064d89a}, {0x42202527, 0x406c2574},
        {0x41aebbac, 0x40455d46}, {0x423341f7, 0x40735ca6}, {0x41aeed42, 0x40456f6e}, {0x41c17788, 0x404be1f0},
        {0x00000000, 0xff800000}, {0x80000000, 0xff800000}, {0x7f800000, 0x7f800000}, {0xff800000, 0x7fc00000},
        {0x7fc00000, 0x7fc00000}, {0xbf800000, 0x7fc00000}, {0x00000001, 0xc2ce8ed0}, {0x000116c2, 0xc2b834f2},
        {0x00800000, 0xc2aeac50}, {0x3f800000, 0x00000000}, {0x40000000, 0x3f317218}, {0x7f7fffff, 0x42b17218},
        {0x3f2aaaab, 0xbecf991e}, {0x3faaaaaa, 0x3e934b0e},
    };

    @Test
    void matchesTorchLogBitForBit() {
        for (int[] pair : TORCH) {
            float expected = Float.intBitsToFloat(pair[1]);
            float actual = MklLog.log(Float.intBitsToFloat(pair[0]));
            if (Float.isNaN(expected)) {
                assertTrue(Float.isNaN(actual), "log of " + Integer.toHexString(pair[0]));
            } else {
                assertEquals(Integer.toHexString(pair[1]), Integer.toHexString(Float.floatToRawIntBits(actual)),
                        "log of " + Integer.toHexString(pair[0]));
            }
        }
    }

    /** Pairs 4 to 15 are not the correctly rounded result: a mutation to Math.log fails the test above. */
    @Test
    void tableHoldsInputsWhereMklIsNotCorrectlyRounded() {
        for (int i = 4; i < 16; i++) {
            float x = Float.intBitsToFloat(TORCH[i][0]);
            assertNotEquals(TORCH[i][1], Float.floatToRawIntBits((float) Math.log(x)), "log " + x);
        }
    }

    @Test
    void tensorLogUsesIt() {
        double[] in = new double[TORCH.length];
        for (int i = 0; i < in.length; i++) {
            in[i] = Float.intBitsToFloat(TORCH[i][0]);
        }
        Tensor y = Torch.tensor(in, DType.FLOAT32).log();
        for (int i = 0; i < in.length; i++) {
            float expected = MklLog.log((float) in[i]);
            float actual = (float) y.doubles()[i];
            assertTrue(Float.compare(expected, actual) == 0 || Float.isNaN(expected) && Float.isNaN(actual),
                    "log of " + in[i]);
        }
    }
}
