package dev.kindling.tensor;

/**
 * float32 natural log as PyTorch 2.13's CPU build computes it: ATen sends float
 * {@code torch.log} to MKL's {@code vsLn} (high-accuracy mode), which on the AMD EPYC the
 * conformance outputs came from runs MKL's generic SSE kernel ({@code mkl_vml_kernel_sLn_EXHAynn}).
 * It is not correctly rounded: about one input in twelve comes out an ulp away from
 * {@code (float) Math.log(x)}. Read off its disassembly, for positive normal x:
 *
 * <pre>
 * a = bits(x) - bits(2/3)            (integer arithmetic on the float's bits)
 * k = a >> 23                        (the exponent, for a mantissa m in [2/3, 4/3))
 * m = float with bits (a & 0x7fffff) + bits(2/3);   r = m - 1
 * p = C0 - r*C1, then p = p*r + C2 ... C7   (Horner; C7 = -1/2)
 * result = k*LN2_UPPER + (k*LN2_LOWER + ((p*r)*r + r))
 * </pre>
 *
 * in plain float operations (no fused multiply-add). Zero, negatives, subnormals, infinity and
 * NaN take MKL's slow path, which gives -inf, NaN, the correctly rounded log, inf and NaN. The
 * constants are MKL's, as its code holds them. Checked against MKL's {@code vmsLn} from PyTorch's
 * libtorch_cpu over all 2^32 float bit patterns: equal bits everywhere (NaNs compared as NaN).
 */
final class MklLog {
    private MklLog() {}

    private static final int TWO_THIRDS_BITS = 0x3f2aaaab;
    private static final float C0 = 0.1398443728685379f;
    private static final float C1 = 0.12891685962677002f;
    private static final float[] HORNER = {-0.12184260785579681f, 0.140058696269989f, -0.16680487990379333f,
        0.20010405778884888f, -0.24999797344207764f, 0.3333321511745453f, -0.5f};
    /** ln 2 split so that k times the upper part is exact. */
    private static final float LN2_UPPER = 0.693145751953125f;
    private static final float LN2_LOWER = 1.428606765330187e-06f;

    /** ln x rounded as PyTorch's float32 torch.log rounds it. */
    static float log(float x) {
        int bits = Float.floatToRawIntBits(x);
        if (bits < 0x00800000 || bits >= 0x7f800000) { // not a positive normal float (negatives are < 0 as ints)
            return slowPath(x);
        }
        int a = bits - TWO_THIRDS_BITS;
        float k = a >> 23;
        float r = Float.intBitsToFloat((a & 0x7fffff) + TWO_THIRDS_BITS) - 1f;
        float p = C0 - r * C1;
        for (float c : HORNER) {
            p = p * r + c;
        }
        return k * LN2_UPPER + (k * LN2_LOWER + ((p * r) * r + r));
    }

    private static float slowPath(float x) {
        if (Float.isNaN(x) || x < 0) {
            return Float.NaN;
        }
        if (x == 0) {
            return Float.NEGATIVE_INFINITY;
        }
        return x == Float.POSITIVE_INFINITY ? x : (float) StrictMath.log(x);
    }
}
