package dev.kindling.tensor.cpu.bits;

/**
 * float32 exp as PyTorch 2.13's CPU build computes it: ATen sends float {@code torch.exp} to
 * MKL's {@code vsExp} (high-accuracy mode), which on the AMD EPYC the conformance outputs came
 * from runs MKL's generic SSE kernel ({@code mkl_vml_kernel_sExp_EXHAynn}). That kernel is not
 * correctly rounded: about one input in a hundred comes out an ulp away from
 * {@code (float) Math.exp(x)}. Read off its disassembly, for |x| up to {@link #FAST_LIMIT}:
 *
 * <pre>
 * t = x * (128/ln2) + 1.5*2^23          (n = round(128 x / ln2) now sits in t's low bits)
 * n = t - 1.5*2^23
 * r = (n * LN2_128_LOWER) + (x - n * LN2_128_UPPER)
 * p = (r * r) * 0.5 + r                 (e^r - 1 to second order)
 * result = ((p * A[j] + B[j]) + A[j]) * 2^(n >> 7),   j = n & 127
 * </pre>
 *
 * in plain float operations (no fused multiply-add), where A[j] + B[j] is 2^(j/128) split into a
 * float and the float nearest the rest. Larger |x| and NaN take MKL's slow path, which returns the
 * correctly rounded result (0, a subnormal, a value near the largest float, or infinity). Checked
 * against MKL's {@code vmsExp} from PyTorch's libtorch_cpu over all 2^32 float bit patterns: equal
 * bits everywhere (NaNs compared as NaN).
 */
final class MklExp {
    private MklExp() {}

    /** Float bits of |x| above which MKL takes its slow path (87.336540). */
    private static final int FAST_LIMIT = 0x42aeac4f;
    private static final float SHIFT = 12582912f;
    private static final float INVERSE_LN2_128 = 184.6649627685547f;
    /** ln2/128 split so that n times the upper part is exact: upper - lower = ln2/128. */
    private static final float LN2_128_UPPER = 0.0054168701171875f;
    private static final float LN2_128_LOWER = 1.6577690757912933e-06f;

    /**
     * 2^(j/128) for j = 0..127 as float pairs: the float nearest it, then the float nearest what
     * is left (computed at 200 bits with mpmath; the same bits as MKL's table).
     */
    private static final int[] POWERS = {
        0x3f800000, 0x00000000, 0x3f80b1ed, 0x331fb333, 0x3f8164d2, 0xb1c43fd0, 0x3f8218af, 0x3306e7f8,
        0x3f82cd87, 0xb34ea7a9, 0x3f838359, 0x331ddf6e, 0x3f843a29, 0xb2f14c87, 0x3f84f1f6, 0x332c6f38,
        0x3f85aac3, 0x334f9891, 0x3f866491, 0x3337247f, 0x3f871f62, 0xb352c2e6, 0x3f87db35, 0x337fed32,
        0x3f88980f, 0xb37eda4b, 0x3f8955ee, 0x30d86398, 0x3f8a14d5, 0x336a92de, 0x3f8ad4c6, 0x330a58e5,
        0x3f8b95c2, 0xb260aba1, 0x3f8c57ca, 0xb2ee6e43, 0x3f8d1adf, 0x3336fcb7, 0x3f8ddf04, 0x32808b9a,
        0x3f8ea43a, 0xb3697465, 0x3f8f6a81, 0x323f3647, 0x3f9031dc, 0x330628cd, 0x3f90fa4d, 0xb3682237,
        0x3f91c3d3, 0x33675624, 0x3f928e72, 0x337b2a64, 0x3f935a2b, 0x32bc4f9c, 0x3f9426ff, 0x31fab1c0,
        0x3f94f4f0, 0xb32e0212, 0x3f95c3ff, 0xb3725267, 0x3f96942d, 0x32dc8061, 0x3f97657d, 0x3313e2f5,
        0x3f9837f0, 0x33231b71, 0x3f990b88, 0xb26cc9f4, 0x3f99e046, 0xb359be90, 0x3f9ab62b, 0xb0dac01e,
        0x3f9b8d3a, 0xb30c5563, 0x3f9c6573, 0x33505d86, 0x3f9d3eda, 0xb331a601, 0x3f9e196e, 0x3244ea39,
        0x3f9ef532, 0x33412342, 0x3f9fd228, 0x32959003, 0x3fa0b051, 0x31fb9715, 0x3fa18faf, 0xb2d5eaed,
        0x3fa27043, 0x30c3125a, 0x3fa3520f, 0x3351d005, 0x3fa43516, 0xb323ec33, 0x3fa51958, 0xb37282c2,
        0x3fa5fed7, 0xb32c9d5e, 0x3fa6e595, 0xb2c0445e, 0x3fa7cd94, 0xb3162d36, 0x3fa8b6d5, 0x3233d990,
        0x3fa9a15b, 0xb3162b08, 0x3faa8d26, 0x3325d921, 0x3fab7a3a, 0xb314ad82, 0x3fac6897, 0xb3368380,
        0x3fad583f, 0xb22deaf6, 0x3fae4934, 0x3325946b, 0x3faf3b79, 0xb3252deb, 0x3fb02f0e, 0xb2d1247f,
        0x3fb123f6, 0xb37c5aa8, 0x3fb21a32, 0xb33333ce, 0x3fb311c4, 0x32154889, 0x3fb40aaf, 0xb33b3569,
        0x3fb504f3, 0x32cfe77a, 0x3fb60094, 0xb32f4254, 0x3fb6fd92, 0xb266b974, 0x3fb7fbf0, 0xb2d5cd70,
        0x3fb8fbaf, 0x330ec5f7, 0x3fb9fcd2, 0x330a5817, 0x3fbaff5b, 0xb31bd983, 0x3fbc034a, 0x337de5d4,
        0x3fbd08a4, 0xb3414fe8, 0x3fbe0f68, 0x31986099, 0x3fbf179a, 0xb3130b1a, 0x3fc0213b, 0xb33c1e5f,
        0x3fc12c4d, 0xb2d6663e, 0x3fc238d2, 0x32c478f6, 0x3fc346cd, 0xb2976da2, 0x3fc4563f, 0xb2ceb32d,
        0x3fc5672a, 0x320aa837, 0x3fc67991, 0xb314abb7, 0x3fc78d75, 0xb2dd5119, 0x3fc8a2d8, 0x33391ffc,
        0x3fc9b9be, 0xb37323a2, 0x3fcad226, 0x333c8521, 0x3fcbec15, 0xb006c6c2, 0x3fcd078c, 0xb3735f84,
        0x3fce248c, 0x3228fc24, 0x3fcf4319, 0xb2c39b9c, 0x3fd06334, 0xb2944353, 0x3fd184df, 0x3344a2d3,
        0x3fd2a81e, 0xb35c1daa, 0x3fd3ccf1, 0xb34cf4ca, 0x3fd4f35b, 0xb3286024, 0x3fd61b5e, 0xb0303219,
        0x3fd744fd, 0xb2d4a58a, 0x3fd87039, 0x3318db66, 0x3fd99d16, 0xb2f61d41, 0x3fdacb94, 0x335e5594,
        0x3fdbfbb8, 0xb3504a1c, 0x3fdd2d82, 0xb375ef9b, 0x3fde60f5, 0xb37b43e3, 0x3fdf9613, 0xb2851c3f,
        0x3fe0ccdf, 0xb21eab59, 0x3fe2055b, 0xac3e164c, 0x3fe33f89, 0x33657d15, 0x3fe47b6d, 0xb33f9185,
        0x3fe5b907, 0xb2441be6, 0x3fe6f85b, 0xb32a23c0, 0x3fe8396a, 0x33207898, 0x3fe97c38, 0x3300d89f,
        0x3feac0c7, 0xb24116de, 0x3fec0719, 0xb31367c7, 0x3fed4f30, 0x3276cca1, 0x3fee9910, 0xb34fe4ba,
        0x3fefe4ba, 0xb348464a, 0x3ff13231, 0xb330a5ed, 0x3ff28177, 0x32f167ff, 0x3ff3d290, 0xb2871670,
        0x3ff5257d, 0x32292436, 0x3ff67a41, 0x3358e67f, 0x3ff7d0df, 0x336615a2, 0x3ff9295a, 0xb3094457,
        0x3ffa83b3, 0xb2923758, 0x3ffbdfed, 0x3359cbe1, 0x3ffd3e0c, 0x31cf486c, 0x3ffe9e11, 0x3338f71f,
    };

    /** The table above, for {@link NativeKernels} to hold a copy of (not to be written). */
    static int[] powerTable() {
        return POWERS;
    }

    /** e^x rounded as PyTorch's float32 torch.exp rounds it. */
    static float exp(float x) {
        if (offFastPath(x)) {
            return slowPath(x);
        }
        float t = x * INVERSE_LN2_128 + SHIFT;
        float n = t - SHIFT;
        float r = n * LN2_128_LOWER + (x - n * LN2_128_UPPER);
        float p = r * r * 0.5f + r;
        int bits = Float.floatToRawIntBits(t);
        int j = bits & 127;
        float a = Float.intBitsToFloat(POWERS[2 * j]);
        float b = Float.intBitsToFloat(POWERS[2 * j + 1]);
        float scale = Float.intBitsToFloat(((bits << 16) + 0x3f800000) & 0x7f800000);
        return ((p * a + b) + a) * scale;
    }

    /**
     * {@code out[i] = exp(x[i])} for i in [from, to): {@link NativeKernels}' fast path where they
     * run and the range is long enough (the few inputs off it are redone here), else {@link #exp(float)}.
     */
    static void exp(float[] x, float[] out, int from, int to) {
        if (to - from >= NativeKernels.WORTH_FROM && NativeKernels.available()) {
            NativeKernels.mklExpFastPath(x, out, from, to);
            for (int i = from; i < to; i++) {
                if (offFastPath(x[i])) {
                    out[i] = slowPath(x[i]);
                }
            }
            return;
        }
        for (int i = from; i < to; i++) {
            out[i] = exp(x[i]);
        }
    }

    /** |x| above {@link #FAST_LIMIT}, or NaN: MKL's slow path. */
    static boolean offFastPath(float x) {
        return (Float.floatToRawIntBits(x) & Integer.MAX_VALUE) > FAST_LIMIT;
    }

    /** MKL's slow path: the correctly rounded result (0, a subnormal, near the largest float, infinity), NaN as it is. */
    private static float slowPath(float x) {
        return Float.isNaN(x) ? x : (float) StrictMath.exp(x);
    }
}
