package dev.kindling.tensor.cpu.bits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.kindling.tensor.DType;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/** float32 exp as PyTorch 2.13's CPU build computes it (MKL's vsExp, see {@link MklExp}). */
class MklExpTest {
    /**
     * {input bits, output bits} printed by PyTorch 2.13.0+cpu: torch.exp(x). Four results equal the
     * correctly rounded e^x, the next twelve are an ulp away from it; then 0, -0, infinities, NaN,
     * both sides of the slow-path limit (87.3365), the overflow edge, underflow to subnormals and
     * zero, the smallest subnormal input, and 1.
     */
    private static final int[][] TORCH = {
        {0xbfc4359b, 0x3e5d17f3}, {0x40e652fd, 0x44a70857}, {0xc17a3ed1, 0x342d22e7}, {0x3fb71c6a, 0x4085cae5},
        {0xbedc756d, 0x3f266ee6}, {0xc1a08784, 0x31049287}, {0x417b8ed2, 0x4acd70fb}, {0xc06c2c79, 0x3ccc86dc},
        {0xc11dd731, 0x3859ef97}, {0x3fda004a, 0x40afb754}, {0xc1a499c2, 0x309f6470}, {0x41ddc8b0, 0x537f4287},
        {0x41f7215b, 0x55bd95f1}, {0xc1e1ba70, 0x2b1ccf31}, {0xc2270122, 0x2159a72b}, {0x41c5eacb, 0x514ec0b9},
        {0x00000000, 0x3f800000}, {0x80000000, 0x3f800000}, {0x7f800000, 0x7f800000}, {0xff800000, 0x00000000},
        {0x7fc00000, 0x7fc00000}, {0x42aeac4a, 0x7e7ffd34}, {0x42aeae14, 0x7e80714c}, {0x42b170a4, 0x7f7f4648},
        {0x42b175c3, 0x7f800000}, {0xc2aecccd, 0x00782140}, {0xc2cfcccd, 0x00000001}, {0xc2d00000, 0x00000000},
        {0xc2dc0000, 0x00000000}, {0x00000001, 0x3f800000}, {0x3f800000, 0x402df854},
    };

    @Test
    void matchesTorchExpBitForBit() {
        FloatBitsAssert.assertPairs(TORCH, MklExp::exp, "exp");
    }

    /** Pairs 4 to 15 are not the correctly rounded result: a mutation to Math.exp fails the test above. */
    @Test
    void tableHoldsInputsWhereMklIsNotCorrectlyRounded() {
        FloatBitsAssert.assertDifferFrom(TORCH, 4, 16, x -> (float) Math.exp(x), "exp");
    }

    @Test
    void tensorExpUsesIt() {
        double[] in = FloatBitsAssert.inputs(TORCH);
        Tensor y = Torch.tensor(in, DType.FLOAT32).exp();
        for (int i = 0; i < in.length; i++) {
            assertEquals(MklExp.exp((float) in[i]), (float) y.toDoubleArray()[i], 0, "exp of " + in[i]);
        }
    }

    /**
     * The array form (native where the kernels load, with the slow path's inputs redone in Java)
     * gives the scalar form's bits on every 61st float bit pattern, NaNs as NaN, including ranges
     * that start inside a vector.
     */
    @Test
    void arrayFormEqualsScalarForm() {
        float[] out = new float[1 << 16];
        float[] expected = new float[out.length];
        int[] chunk = {0};
        FloatBitsAssert.forEverySixtyFirstPattern((x, n) -> {
            int from = chunk[0]++ % 5;
            MklExp.exp(x, out, from, n);
            for (int i = from; i < n; i++) {
                expected[i] = MklExp.exp(x[i]);
            }
            FloatBitsAssert.assertSameBits(x, expected, out, from, n, "exp");
        });
    }
}
