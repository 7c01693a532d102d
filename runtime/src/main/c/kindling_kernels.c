/*
 * Kindling's own native kernels: the float32 loops that HotSpot 17 cannot vectorise, called
 * through JNI by dev.kindling.tensor.cpu.bits.NativeKernels. Each computes exactly what its Java twin
 * computes (MklSqrt, Float32Adam, MklExp, SleefMath.exp in softmax and sigmoid), operation for
 * operation, so the two give the same bits; the Java side checks this CPU's rsqrtps against
 * MklSqrt's table before it uses them.
 *
 * Why native: MKL's square root starts from the rsqrtps estimate, which Java can only reproduce
 * with a table lookup per element, and HotSpot 17 does not vectorise lookups. Here rsqrtps is one
 * instruction for 8 floats. MKL's exp reads a table too, and SLEEF's moves values between float
 * and integer registers, which HotSpot 17 does not vectorise either.
 *
 * JNI: the arrays are pinned with GetPrimitiveArrayCritical, no copies. Should pinning fail (it
 * returns NULL with an OutOfMemoryError pending), a kernel releases what it holds and returns, and
 * Java throws that error. Ranges are checked on the Java side before the call.
 *
 * Floating point: plain IEEE single operations in the order written; a fused multiply-add only
 * where the Java code calls Math.fma. Built with -ffp-contract=off (see build.sh) so that the
 * compiler fuses nothing else. The kernels need AVX2 and FMA; NativeKernels.supported() tells.
 */
#include <jni.h>
#include <immintrin.h>

#define KERNEL __attribute__((target("avx2,fma")))

/* Float bits from which MKL takes its slow, correctly rounded path (MklSqrt.FAST_LIMIT). */
#define FAST_LIMIT 0x7f7ff000
#define SMALLEST_NORMAL 0x00800000

/* Lanes 0..n-1 of a mask for the last, partial vector of a range. */
static KERNEL __m256i lanes(int n) {
    return _mm256_cmpgt_epi32(_mm256_set1_epi32(n), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
}

/*
 * MKL's vsSqrt kernel on this CPU (MklSqrt's class comment): the rsqrtps estimate r refined with
 * plain multiplies and adds, and the correctly rounded root for inputs off the fast path (zero,
 * subnormal, negative, the largest 2048 floats, infinity, NaN). The bit tests compare as signed
 * integers, as MklSqrt.offFastPath does: negative inputs have negative bits.
 */
static KERNEL __m256 mkl_sqrt(__m256 x) {
    __m256 half = _mm256_set1_ps(0.5f);
    __m256 r = _mm256_rsqrt_ps(x);
    __m256 y = _mm256_mul_ps(r, x);
    __m256 h = _mm256_mul_ps(r, half);
    __m256 e = _mm256_sub_ps(half, _mm256_mul_ps(y, h));
    y = _mm256_add_ps(y, _mm256_mul_ps(y, e));
    h = _mm256_add_ps(h, _mm256_mul_ps(h, e));
    __m256 d = _mm256_sub_ps(x, _mm256_mul_ps(y, y));
    __m256 fast = _mm256_add_ps(_mm256_mul_ps(d, h), y);
    __m256i bits = _mm256_castps_si256(x);
    __m256i slow = _mm256_or_si256(_mm256_cmpgt_epi32(_mm256_set1_epi32(SMALLEST_NORMAL), bits),
            _mm256_cmpgt_epi32(bits, _mm256_set1_epi32(FAST_LIMIT - 1)));
    return _mm256_blendv_ps(fast, _mm256_sqrt_ps(x), _mm256_castsi256_ps(slow));
}

/*
 * SleefMath.exp for 8 lanes: SLEEF's expf_u10 on its FMA path, as the Java form computes it. q is
 * x log2(e) rounded half to even by adding and taking away 1.5 * 2^23, exact where the result is
 * not overridden at the end (|x| <= 104); 2^q is applied in two halves, as 2^q alone may not be a
 * float. For NaN the conversion gives another q than Java's, but every result lane is NaN either way.
 */
static KERNEL __m256 sleef_exp(__m256 x) {
    __m256 shift = _mm256_set1_ps(12582912.0f);
    __m256 v = _mm256_mul_ps(x, _mm256_set1_ps(1.442695040888963407359924681001892137426645954152985934135449406931f));
    __m256i q = _mm256_cvttps_epi32(_mm256_sub_ps(_mm256_add_ps(v, shift), shift));
    __m256 qf = _mm256_cvtepi32_ps(q);
    __m256 s = _mm256_fmadd_ps(qf, _mm256_set1_ps(-0.693145751953125f), x);
    s = _mm256_fmadd_ps(qf, _mm256_set1_ps(-1.428606765330187045e-06f), s);
    __m256 u = _mm256_set1_ps(0.000198527617612853646278381f);
    u = _mm256_fmadd_ps(u, s, _mm256_set1_ps(0.00139304355252534151077271f));
    u = _mm256_fmadd_ps(u, s, _mm256_set1_ps(0.00833336077630519866943359f));
    u = _mm256_fmadd_ps(u, s, _mm256_set1_ps(0.0416664853692054748535156f));
    u = _mm256_fmadd_ps(u, s, _mm256_set1_ps(0.166666671633720397949219f));
    u = _mm256_fmadd_ps(u, s, _mm256_set1_ps(0.5f));
    u = _mm256_add_ps(_mm256_set1_ps(1.0f), _mm256_fmadd_ps(_mm256_mul_ps(s, s), u, s));
    __m256i half = _mm256_srai_epi32(q, 1);
    __m256i bias = _mm256_set1_epi32(0x7f);
    __m256 first = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_add_epi32(half, bias), 23));
    __m256 second = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_add_epi32(_mm256_sub_epi32(q, half), bias), 23));
    u = _mm256_mul_ps(_mm256_mul_ps(u, first), second);
    u = _mm256_blendv_ps(u, _mm256_set1_ps(__builtin_inff()), _mm256_cmp_ps(x, _mm256_set1_ps(100.0f), _CMP_GT_OQ));
    return _mm256_blendv_ps(u, _mm256_setzero_ps(), _mm256_cmp_ps(x, _mm256_set1_ps(-104.0f), _CMP_LT_OQ));
}

/* MklExp.POWERS: 2^(j/128) as float pairs (hi, lo), handed over once by NativeKernels. */
static float exp_powers[256];

/*
 * MklExp.exp's fast path for 8 lanes (MKL's vsExp kernel on this CPU, plain float operations).
 * Lanes with |x| above MklExp.FAST_LIMIT or NaN come out wrong; the Java side redoes them.
 */
static KERNEL __m256 mkl_exp(__m256 x) {
    __m256 shift = _mm256_set1_ps(12582912.0f);
    __m256 t = _mm256_add_ps(_mm256_mul_ps(x, _mm256_set1_ps(184.6649627685547f)), shift);
    __m256 n = _mm256_sub_ps(t, shift);
    __m256 r = _mm256_add_ps(_mm256_mul_ps(n, _mm256_set1_ps(1.6577690757912933e-06f)),
            _mm256_sub_ps(x, _mm256_mul_ps(n, _mm256_set1_ps(0.0054168701171875f))));
    __m256 p = _mm256_add_ps(_mm256_mul_ps(_mm256_mul_ps(r, r), _mm256_set1_ps(0.5f)), r);
    __m256i bits = _mm256_castps_si256(t);
    __m256i j2 = _mm256_slli_epi32(_mm256_and_si256(bits, _mm256_set1_epi32(127)), 1);
    __m256 a = _mm256_i32gather_ps(exp_powers, j2, 4);
    __m256 b = _mm256_i32gather_ps(exp_powers + 1, j2, 4);
    __m256i scale_bits = _mm256_and_si256(_mm256_add_epi32(_mm256_slli_epi32(bits, 16), _mm256_set1_epi32(0x3f800000)),
            _mm256_set1_epi32(0x7f800000));
    __m256 sum = _mm256_add_ps(_mm256_add_ps(_mm256_mul_ps(p, a), b), a);
    return _mm256_mul_ps(sum, _mm256_castsi256_ps(scale_bits));
}

/* The kernels that map each float of one array to a float of another. */
enum unary_op { RSQRT_ESTIMATE, MKL_SQRT, MKL_EXP, SLEEF_EXP, SIGMOID };

/*
 * One op on 8 lanes. SLEEF_EXP takes exp(x - shift) (softmax's exp of a row less its max);
 * SIGMOID is 1 / (1 + exp(-x)) with SLEEF's exp, as sigmoid's vectorised loop computes it.
 */
static KERNEL __m256 unary_lanes(__m256 x, enum unary_op op, __m256 shift) {
    switch (op) {
    case RSQRT_ESTIMATE:
        return _mm256_rsqrt_ps(x);
    case MKL_SQRT:
        return mkl_sqrt(x);
    case MKL_EXP:
        return mkl_exp(x);
    case SLEEF_EXP:
        return sleef_exp(_mm256_sub_ps(x, shift));
    default: {
        __m256 one = _mm256_set1_ps(1.0f);
        return _mm256_div_ps(one, _mm256_add_ps(one, sleef_exp(_mm256_xor_ps(x, _mm256_set1_ps(-0.0f)))));
    }
    }
}

/* out[i] = op(x[i]) for i in [from, to), 8 at a time, the last vector masked. */
static KERNEL void unary_range(const float *x, float *out, int from, int to, enum unary_op op, float shift_value) {
    __m256 shift = _mm256_set1_ps(shift_value);
    int i = from;
    for (; i + 8 <= to; i += 8) {
        _mm256_storeu_ps(out + i, unary_lanes(_mm256_loadu_ps(x + i), op, shift));
    }
    if (i < to) {
        __m256i m = lanes(to - i);
        _mm256_maskstore_ps(out + i, m, unary_lanes(_mm256_maskload_ps(x + i, m), op, shift));
    }
}

/* unary_range on two pinned Java arrays (see the JNI note at the top). */
static void unary_pinned(JNIEnv *env, jfloatArray xs, jfloatArray outs, int from, int to, enum unary_op op,
        float shift) {
    float *x = (*env)->GetPrimitiveArrayCritical(env, xs, NULL);
    float *out = x == NULL ? NULL : (*env)->GetPrimitiveArrayCritical(env, outs, NULL);
    if (out != NULL) {
        unary_range(x, out, from, to, op, shift);
        (*env)->ReleasePrimitiveArrayCritical(env, outs, out, 0);
    }
    if (x != NULL) {
        (*env)->ReleasePrimitiveArrayCritical(env, xs, x, JNI_ABORT);
    }
}

/* The step's constants, as Float32Adam.Constants holds them. */
struct adam_constants {
    __m256 weight, beta2, one_minus_beta2, eps, bias2_sqrt, step_size;
};

/* Float32Adam.update for 8 elements: lerp as one fma, addcmul as one fma, MKL's sqrt, addcdiv. */
static KERNEL void adam_lanes(float *p, const float *g, float *m, float *v, __m256i mask, int masked,
        const struct adam_constants *c) {
    __m256 gj = masked ? _mm256_maskload_ps(g, mask) : _mm256_loadu_ps(g);
    __m256 mj = masked ? _mm256_maskload_ps(m, mask) : _mm256_loadu_ps(m);
    __m256 vj = masked ? _mm256_maskload_ps(v, mask) : _mm256_loadu_ps(v);
    __m256 pj = masked ? _mm256_maskload_ps(p, mask) : _mm256_loadu_ps(p);
    mj = _mm256_fmadd_ps(_mm256_sub_ps(gj, mj), c->weight, mj);
    vj = _mm256_fmadd_ps(gj, _mm256_mul_ps(c->one_minus_beta2, gj), _mm256_mul_ps(vj, c->beta2));
    __m256 denom = _mm256_add_ps(_mm256_div_ps(mkl_sqrt(vj), c->bias2_sqrt), c->eps);
    pj = _mm256_add_ps(pj, _mm256_div_ps(_mm256_mul_ps(c->step_size, mj), denom));
    if (masked) {
        _mm256_maskstore_ps(m, mask, mj);
        _mm256_maskstore_ps(v, mask, vj);
        _mm256_maskstore_ps(p, mask, pj);
    } else {
        _mm256_storeu_ps(m, mj);
        _mm256_storeu_ps(v, vj);
        _mm256_storeu_ps(p, pj);
    }
}

static KERNEL void adam_range(float *p, const float *g, float *m, float *v, int from, int to,
        const float constants[6]) {
    struct adam_constants c = {
        _mm256_set1_ps(constants[0]), _mm256_set1_ps(constants[1]), _mm256_set1_ps(constants[2]),
        _mm256_set1_ps(constants[3]), _mm256_set1_ps(constants[4]), _mm256_set1_ps(constants[5]),
    };
    __m256i all = _mm256_set1_epi32(-1);
    int i = from;
    for (; i + 8 <= to; i += 8) {
        adam_lanes(p + i, g + i, m + i, v + i, all, 0, &c);
    }
    if (i < to) {
        adam_lanes(p + i, g + i, m + i, v + i, lanes(to - i), 1, &c);
    }
}

JNIEXPORT jboolean JNICALL Java_dev_kindling_tensor_cpu_bits_NativeKernels_supported(JNIEnv *env, jclass cls) {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}

JNIEXPORT void JNICALL Java_dev_kindling_tensor_cpu_bits_NativeKernels_rsqrtEstimates(JNIEnv *env, jclass cls,
        jfloatArray xs, jfloatArray outs) {
    unary_pinned(env, xs, outs, 0, (*env)->GetArrayLength(env, xs), RSQRT_ESTIMATE, 0.0f);
}

JNIEXPORT void JNICALL Java_dev_kindling_tensor_cpu_bits_NativeKernels_mklSqrt0(JNIEnv *env, jclass cls,
        jfloatArray xs, jfloatArray outs, jint from, jint to) {
    unary_pinned(env, xs, outs, from, to, MKL_SQRT, 0.0f);
}

JNIEXPORT void JNICALL Java_dev_kindling_tensor_cpu_bits_NativeKernels_adamUpdate0(JNIEnv *env, jclass cls,
        jfloatArray ps, jfloatArray gs, jfloatArray ms, jfloatArray vs, jint from, jint to,
        jfloat weight, jfloat beta2, jfloat one_minus_beta2, jfloat eps, jfloat bias2_sqrt,
        jfloat step_size) {
    const float constants[6] = {weight, beta2, one_minus_beta2, eps, bias2_sqrt, step_size};
    float *p = (*env)->GetPrimitiveArrayCritical(env, ps, NULL);
    float *g = p == NULL ? NULL : (*env)->GetPrimitiveArrayCritical(env, gs, NULL);
    float *m = g == NULL ? NULL : (*env)->GetPrimitiveArrayCritical(env, ms, NULL);
    float *v = m == NULL ? NULL : (*env)->GetPrimitiveArrayCritical(env, vs, NULL);
    if (v != NULL) {
        adam_range(p, g, m, v, from, to, constants);
        (*env)->ReleasePrimitiveArrayCritical(env, vs, v, 0);
    }
    if (m != NULL) {
        (*env)->ReleasePrimitiveArrayCritical(env, ms, m, 0);
    }
    if (g != NULL) {
        (*env)->ReleasePrimitiveArrayCritical(env, gs, g, JNI_ABORT);
    }
    if (p != NULL) {
        (*env)->ReleasePrimitiveArrayCritical(env, ps, p, 0);
    }
}

JNIEXPORT void JNICALL Java_dev_kindling_tensor_cpu_bits_NativeKernels_sleefExp0(JNIEnv *env, jclass cls,
        jfloatArray xs, jfloatArray outs, jint from, jint to, jfloat shift, jboolean sigmoid) {
    unary_pinned(env, xs, outs, from, to, sigmoid ? SIGMOID : SLEEF_EXP, shift);
}

JNIEXPORT void JNICALL Java_dev_kindling_tensor_cpu_bits_NativeKernels_setExpPowers0(JNIEnv *env, jclass cls, jintArray powers) {
    (*env)->GetIntArrayRegion(env, powers, 0, 256, (jint *) exp_powers);
}

JNIEXPORT void JNICALL Java_dev_kindling_tensor_cpu_bits_NativeKernels_mklExp0(JNIEnv *env, jclass cls,
        jfloatArray xs, jfloatArray outs, jint from, jint to) {
    unary_pinned(env, xs, outs, from, to, MKL_EXP, 0.0f);
}
