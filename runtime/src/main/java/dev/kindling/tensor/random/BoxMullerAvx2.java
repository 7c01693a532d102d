package dev.kindling.tensor.random;

/**
 * The float Box-Muller block that PyTorch's CPU {@code normal_} applies to contiguous float32
 * tensors of 16 or more elements: ATen's {@code NormalFill16<float, true>}, eight lanes of
 * {@code log256_ps} and {@code sincos256_ps} from {@code avx_mathfun.h} (Cephes polynomials by
 * Pommier and Garberoglio), one lane at a time.
 *
 * <p>Why a port and not {@link Math#log}: those polynomials are not correctly rounded, and a
 * learner's {@code torch.randn(100)} must print PyTorch's digits. Why {@link Math#fma} in some
 * places: the wheel's AVX2 kernel was compiled with floating-point contraction, so GCC fused
 * particular multiply-adds; each {@code fma} below stands where the shipped machine code
 * (libtorch_cpu.so of PyTorch 2.13, {@code NormalFill16<float,true>::operator()}) has a
 * {@code vfmadd}/{@code vfnmadd}/{@code vfmsub}, and each plain operation where it has a
 * separate multiply or add. PyTorch never dispatches this kernel at AVX512 level
 * ({@code REGISTER_NO_AVX512_DISPATCH(normal_stub)}), so this is what x86-64 machines with
 * AVX2 run.
 */
final class BoxMullerAvx2 {

    private BoxMullerAvx2() {
    }

    private static final float TWO_PI = (float) (2.0 * Math.PI);
    private static final float SQRTHF = (float) 0.707106781186547524;
    private static final float LOG_P0 = (float) 7.0376836292E-2;
    private static final float LOG_P1 = (float) -1.1514610310E-1;
    private static final float LOG_P2 = (float) 1.1676998740E-1;
    private static final float LOG_P3 = (float) -1.2420140846E-1;
    private static final float LOG_P4 = (float) 1.4249322787E-1;
    private static final float LOG_P5 = (float) -1.6668057665E-1;
    private static final float LOG_P6 = (float) 2.0000714765E-1;
    private static final float LOG_P7 = (float) -2.4999993993E-1;
    private static final float LOG_P8 = (float) 3.3333331174E-1;
    private static final float LOG_Q1 = (float) -2.12194440e-4;
    private static final float LOG_Q2 = (float) 0.693359375;
    private static final float MINUS_DP1 = (float) -0.78515625;
    private static final float MINUS_DP2 = (float) -2.4187564849853515625e-4;
    private static final float MINUS_DP3 = (float) -3.77489497744594108e-8;
    private static final float SINCOF_P0 = (float) -1.9515295891E-4;
    private static final float SINCOF_P1 = (float) 8.3321608736E-3;
    private static final float SINCOF_P2 = (float) -1.6666654611E-1;
    private static final float COSCOF_P0 = (float) 2.443315711809948E-005;
    private static final float COSCOF_P1 = (float) -1.388731625493765E-003;
    private static final float COSCOF_P2 = (float) 4.166664568298827E-002;
    private static final float FOPI = (float) 1.27323954473516;
    private static final int MIN_NORM_POS = 0x00800000;
    private static final int SIGN_MASK = 0x80000000;

    /**
     * Turns the 16 uniforms at {@code data[off..off+16)} into normals in place: lanes j and
     * j+8 share one pair (u1 = 1 - data[j], u2 = data[j+8]); lane j gets the cosine sample and
     * lane j+8 the sine sample, each as {@code fma(n, std, mean)}.
     */
    static void fill16(float[] data, int off, float mean, float std) {
        float[] sc = new float[2];
        for (int j = 0; j < 8; j++) {
            float u1 = 1.0f - data[off + j];
            float theta = data[off + j + 8] * TWO_PI;
            float radius = (float) Math.sqrt(log(u1) * -2.0f);
            sincos(theta, sc);
            data[off + j] = Math.fma(radius * sc[1], std, mean);
            data[off + j + 8] = Math.fma(radius * sc[0], std, mean);
        }
    }

    /** {@code log256_ps} for one lane; NaN for x <= 0 as there. */
    static float log(float x) {
        boolean invalid = x <= 0.0f;
        float minNorm = Float.intBitsToFloat(MIN_NORM_POS);
        if (x < minNorm) {
            x = minNorm;                        // maxps: cut off denormals
        }
        int bits = Float.floatToRawIntBits(x);
        int imm0 = (bits >>> 23) - 0x7f;
        x = Float.intBitsToFloat((bits & ~0x7f800000) | Float.floatToRawIntBits(0.5f));
        float e = (float) imm0 + 1.0f;
        boolean mask = x < SQRTHF;
        float tmp = mask ? x : 0.0f;
        x = x - 1.0f;
        e = e - (mask ? 1.0f : 0.0f);
        x = x + tmp;
        float z = x * x;
        float y = LOG_P0;
        y = Math.fma(y, x, LOG_P1);
        y = Math.fma(y, x, LOG_P2);
        y = Math.fma(y, x, LOG_P3);
        y = Math.fma(y, x, LOG_P4);
        y = Math.fma(y, x, LOG_P5);
        y = Math.fma(y, x, LOG_P6);
        y = Math.fma(y, x, LOG_P7);
        y = Math.fma(y, x, LOG_P8);
        y = y * x;
        y = Math.fma(y, z, e * LOG_Q1);
        y = Math.fma(-z, 0.5f, y);
        x = x + y;
        x = Math.fma(e, LOG_Q2, x);
        return invalid ? Float.NaN : x;
    }

    /** {@code sincos256_ps} for one lane: stores {sin, cos} into {@code out}. */
    static void sincos(float x, float[] out) {
        int signBitSin = Float.floatToRawIntBits(x) & SIGN_MASK;
        x = Math.abs(x);
        int j = (int) (x * FOPI);          // cvttps: truncation
        j = (j + 1) & ~1;
        float y = (float) j;
        int swapSignBitSin = (j & 4) << 29;
        boolean polyMask = (j & 2) == 0;
        signBitSin ^= swapSignBitSin;
        x = Math.fma(y, MINUS_DP1, x);
        x = Math.fma(MINUS_DP2, y, x);
        x = Math.fma(y, MINUS_DP3, x);
        int signBitCos = (~(j - 2) & 4) << 29;

        float z = x * x;
        float c = COSCOF_P0;
        c = Math.fma(c, z, COSCOF_P1);
        c = Math.fma(c, z, COSCOF_P2);
        c = z * c;
        c = Math.fma(z, c, -(z * 0.5f));
        c = c + 1.0f;

        float s = SINCOF_P0;
        s = Math.fma(s, z, SINCOF_P1);
        s = Math.fma(s, z, SINCOF_P2);
        s = z * s;
        s = Math.fma(x, s, x);

        float ysin2 = polyMask ? s : 0.0f;
        float ysin1 = polyMask ? 0.0f : c;
        float s2 = s - ysin2;
        float c2 = c - ysin1;
        float sin = ysin1 + ysin2;
        float cos = c2 + s2;
        out[0] = Float.intBitsToFloat(Float.floatToRawIntBits(sin) ^ signBitSin);
        out[1] = Float.intBitsToFloat(Float.floatToRawIntBits(cos) ^ signBitCos);
    }
}
