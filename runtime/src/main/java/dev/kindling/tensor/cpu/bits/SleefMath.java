package dev.kindling.tensor.cpu.bits;

/**
 * float32 exp and log as ATen's vectorised CPU kernels compute them: PyTorch's
 * {@code Vectorized<float>::exp()} and {@code log()} call SLEEF's 1-ulp functions
 * ({@code Sleef_expf16_u10}, {@code Sleef_logf16_u10} and their 8-lane forms), which are not
 * correctly rounded: on random inputs about one exp in a hundred and one log in ten differ by
 * an ulp from {@code (float) Math.exp(x)}. softmax, log_softmax, their backward passes and sigmoid
 * use these; {@code torch.exp} and {@code torch.log} themselves go to MKL instead.
 *
 * <p>The steps below are SLEEF's published algorithms, op for op, with its constants, on the
 * fused-multiply-add path that the AVX2 and AVX-512 builds take. Each was compared with SLEEF's
 * own {@code Sleef_expf8_u10avx2} and {@code Sleef_logf8_u10avx2} from PyTorch 2.13's
 * libtorch_cpu over all 2^32 float bit patterns: equal bits everywhere (NaNs compared as NaN).
 * {@code SleefMathTest} holds values PyTorch printed.
 */
final class SleefMath {
    private SleefMath() {}

    private static final float LOG2_E = 1.442695040888963407359924681001892137426645954152985934135449406931f;
    /** ln 2 split in two: the upper part has few enough bits that q * LN2_UPPER is exact. */
    private static final float LN2_UPPER = 0.693145751953125f;
    private static final float LN2_LOWER = 1.428606765330187045e-06f;
    private static final float ROUNDING_SHIFT = 12582912f;

    /** e^x as SLEEF's expf_u10: x = q ln2 + s, a degree-6 polynomial in s, then scaled by 2^q. */
    static float exp(float x) {
        int q = roundToInt(x * LOG2_E);
        float s = Math.fma(q, -LN2_UPPER, x);
        s = Math.fma(q, -LN2_LOWER, s);
        float u = 0.000198527617612853646278381f;
        u = Math.fma(u, s, 0.00139304355252534151077271f);
        u = Math.fma(u, s, 0.00833336077630519866943359f);
        u = Math.fma(u, s, 0.0416664853692054748535156f);
        u = Math.fma(u, s, 0.166666671633720397949219f);
        u = Math.fma(u, s, 0.5f);
        u = 1.0f + Math.fma(s * s, u, s);
        int half = q >> 1;
        u = u * powerOfTwo(half) * powerOfTwo(q - half); // two steps: 2^q alone may not be a float
        if (x < -104) {
            return 0;
        }
        return x > 100 ? Float.POSITIVE_INFINITY : u;
    }

    /**
     * e^x as one of ATen's element-wise loops computes it: SLEEF's in the vectorised loop, the C
     * library's (correctly rounded here) in the scalar tail ({@link AtenLoops}).
     */
    static float exp(float x, boolean vectorized) {
        return vectorized ? exp(x) : (float) Math.exp(x);
    }

    /**
     * {@code v} rounded half to even, as the x86 conversion {@code cvtps2dq} rounds, by adding and
     * taking away 1.5 * 2^23: exact for |v| below 2^22, which covers every x that exp does not
     * override at the end (|x| up to 104 gives |v| up to 151). Why not {@code Math.rint}: it goes
     * through double, and in a kernel's loop it cost five times the rest of exp.
     */
    private static int roundToInt(float v) {
        return (int) ((v + ROUNDING_SHIFT) - ROUNDING_SHIFT);
    }

    /** 2^q for q in the normal exponent range, built from its bits as SLEEF's pow2i does. */
    private static float powerOfTwo(int q) {
        return Float.intBitsToFloat((q + 0x7f) << 23);
    }

    /**
     * ln x as SLEEF's logf_u1: x = m 2^e with m in [0.75, 1.5), then ln m from t = (m-1)/(m+1) in
     * double-float arithmetic (a float pair, hi + lo) and a degree-3 polynomial in t^2.
     */
    static float log(float x) {
        boolean subnormal = x < Float.MIN_NORMAL;
        float d = subnormal ? x * (4294967296.0f * 4294967296.0f) : x;
        int e = ((Float.floatToRawIntBits(d * (1.0f / 0.75f)) >>> 23) & 0xff) - 0x7f;
        float m = Float.intBitsToFloat(Float.floatToRawIntBits(d) + (-e << 23));
        if (subnormal) {
            e -= 64;
        }
        // s = e * ln2, with ln2 as the pair (hi, lo)
        float sHi = 0.69314718246459960938f * e;
        float sLo = Math.fma(-1.904654323148236017e-09f, e, Math.fma(0.69314718246459960938f, e, -sHi));
        // t = (m - 1) / (m + 1) as a pair: numerator and denominator first, each exact as a pair
        float nHi = -1.0f + m;
        float nLo = twoSumError(-1.0f, m, nHi);
        float dHi = 1.0f + m;
        float dLo = twoSumError(1.0f, m, dHi);
        float r = 1.0f / dHi;
        float tHi = nHi * r;
        float u = Math.fma(r, nHi, -tHi);
        float v = Math.fma(-dLo, r, Math.fma(-dHi, r, 1.0f));
        float tLo = Math.fma(tHi, v, Math.fma(nLo, r, u));
        float t2 = tHi * tHi;
        float poly = 0.3027294874e+0f;
        poly = Math.fma(poly, t2, 0.3996108174e+0f);
        poly = Math.fma(poly, t2, 0.6666694880e+0f);
        // s += 2t (pair + pair), then s += t^3 * poly (pair + float)
        float twoTHi = tHi * 2;
        float twoTLo = tLo * 2;
        float hi = sHi + twoTHi;
        float lo = (((sHi - hi) + twoTHi) + sLo) + twoTLo;
        float tail = t2 * tHi * poly;
        float hi2 = hi + tail;
        float lo2 = ((hi - hi2) + tail) + lo;
        float result = hi2 + lo2;
        if (d == Float.POSITIVE_INFINITY) {
            return Float.POSITIVE_INFINITY;
        }
        if (d < 0 || Float.isNaN(d)) {
            return Float.NaN;
        }
        return d == 0 ? Float.NEGATIVE_INFINITY : result;
    }

    /** The rounding error of {@code sum = a + b} (Knuth's two-sum, in SLEEF's order of operations). */
    private static float twoSumError(float a, float b, float sum) {
        float v = sum - a;
        return (a - (sum - v)) + (b - v);
    }
}
