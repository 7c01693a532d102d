package dev.kindling.tensor.cpu.bits;

import org.junit.jupiter.api.Test;

/** float32 exp and log as ATen's vectorised kernels compute them (SLEEF's, see {@link SleefMath}). */
class SleefMathTest {
    /**
     * {input bits, output bits} from {@code Sleef_expf8_u10avx2} in PyTorch 2.13's libtorch_cpu.
     * The first four are the correctly rounded e^x; the next twelve are an ulp away from it; then 0, -0,
     * infinities, NaN, tiny inputs, both cut-offs (-104 and 100), the last finite result, 1, -1,
     * and FLT_MAX.
     */
    private static final int[][] EXP = {
        {0xbf061a00, 0x3f179d65}, {0x416b816c, 0x4a16a962}, {0x406d088c, 0x4222615a}, {0xc13695f2, 0x3739a952},
        {0xc18e4a26, 0x32a2024c}, {0x3ec97fc0, 0x3fbdb9f6}, {0xc0ae77d4, 0x3b8c7b6c}, {0x412f73de, 0x4762045e},
        {0xc1071041, 0x3962366e}, {0x41156e3d, 0x4631c6f0}, {0x3ebef140, 0x3fb9dac6}, {0x419991a0, 0x4d4f1782},
        {0x410afc66, 0x45b91910}, {0xc0d39843, 0x3ab01eb6}, {0xc12313fa, 0x381d18ba}, {0x404b24d8, 0x41bf3f36},
        {0x00000000, 0x3f800000}, {0x80000000, 0x3f800000}, {0x7f800000, 0x7f800000}, {0xff800000, 0x00000000},
        {0x7fc00000, 0x7fc00000}, {0x00000001, 0x3f800000}, {0x00800000, 0x3f800000}, {0xc2d10000, 0x00000000},
        {0xc2cfcccd, 0x00000001}, {0x42b16666, 0x7f7a37fc}, {0x42c90000, 0x7f800000}, {0x42b20000, 0x7f800000},
        {0x3f800000, 0x402df854}, {0xbf800000, 0x3ebc5ab2}, {0x7f7fffff, 0x7f800000},
    };

    /** The same from {@code Sleef_logf8_u10avx2}, with the same special inputs (negatives give NaN). */
    private static final int[][] LOG = {
        {0x41bf3b6e, 0x404b2394}, {0x423bf3e1, 0x407664b1}, {0x422729a9, 0x406ee41f}, {0x42687474, 0x4081ff32},
        {0x41130dc2, 0x400df725}, {0x3daeaa58, 0xc01d8d42}, {0x3db7a7bd, 0xc01a56fa}, {0x41e6ec73, 0x40573595},
        {0x42b5eda4, 0x409055bc}, {0x3d3df503, 0xc0448abe}, {0x3d92d3e9, 0xc028a9b7}, {0x3d5665fc, 0xc03ccba9},
        {0x3cc6b2b9, 0xc06e062c}, {0x3d9b1623, 0xc0252924}, {0x42b4510e, 0x40900cd7}, {0x3cd88354, 0xc0688761},
        {0x00000000, 0xff800000}, {0x80000000, 0xff800000}, {0x7f800000, 0x7f800000}, {0xff800000, 0x7fc00000},
        {0x7fc00000, 0x7fc00000}, {0x00000001, 0xc2ce8ed0}, {0x00800000, 0xc2aeac50}, {0xc2d10000, 0x7fc00000},
        {0xc2cfcccd, 0x7fc00000}, {0x42b16666, 0x408f8740}, {0x42c90000, 0x40938669}, {0x42b20000, 0x408fa2e9},
        {0x3f800000, 0x00000000}, {0xbf800000, 0x7fc00000}, {0x7f7fffff, 0x42b17218},
    };

    @Test
    void expMatchesSleefBitForBit() {
        FloatBitsAssert.assertPairs(EXP, SleefMath::exp, "exp");
    }

    @Test
    void logMatchesSleefBitForBit() {
        FloatBitsAssert.assertPairs(LOG, SleefMath::log, "log");
    }

    /** Pairs 4 to 15 of each table are not the correctly rounded result: a mutation to Math.exp fails. */
    @Test
    void tablesHoldInputsWhereSleefIsNotCorrectlyRounded() {
        FloatBitsAssert.assertDifferFrom(EXP, 4, 16, x -> (float) Math.exp(x), "exp");
        FloatBitsAssert.assertDifferFrom(LOG, 4, 16, x -> (float) Math.log(x), "log");
    }
}
