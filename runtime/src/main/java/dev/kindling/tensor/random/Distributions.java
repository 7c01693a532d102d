package dev.kindling.tensor.random;

/**
 * PyTorch's CPU random fills on Java arrays, drawing from a {@link CpuGenerator} exactly as
 * ATen's kernels do ({@code aten/src/ATen/native/cpu/DistributionTemplates.h},
 * {@code core/DistributionsHelper.h}, {@code core/TransformationHelper.h}), so the tensor layer
 * reproduces PyTorch's numbers bit for bit. Each array holds one tensor's elements in the
 * order described below; a method fills all of it under the generator's lock, as one ATen
 * kernel does.
 *
 * <pre>{@code
 * CpuGenerator g = CpuGenerator.defaultGenerator().manualSeed(42);   // torch.manual_seed(42)
 * float[] x = new float[100];
 * Distributions.uniform(x, 0, 1, g);                                  // torch.rand(100, 1)
 * float[] noise = new float[100];
 * Distributions.normal(noise, 0, 1, g);                               // torch.randn(100, 1)
 * }</pre>
 *
 * <p>Which op calls what: {@code rand}/{@code uniform_} call {@code uniform};
 * {@code randn}/{@code normal_}/{@code torch.normal(float, float, size)} call {@code normal}
 * on contiguous tensors and {@code normalElementwise} on non-contiguous ones;
 * {@code torch.normal(mean_tensor, std_tensor)} is {@code normal(out, 0, 1)} followed by
 * {@code out * std} and then {@code + mean}, each rounded on its own (not fused as in
 * {@code normal(out, mean, std)}); {@code randint}/{@code random_(from, to)} call
 * {@code randint}; {@code random_()} calls {@code random}; {@code bernoulli_(p)} and dropout
 * call {@code bernoulli}; {@code randperm} and {@code DataLoader(shuffle=True)} (which draws
 * two {@code random_()} int64 seeds, the second seeding a fresh generator for
 * {@code randperm}) call {@code randperm}; {@code torch.multinomial} is {@link Multinomial}.
 *
 * <p>Elementwise fills take one draw per element in the order ATen's TensorIterator visits the
 * tensor: row-major for a contiguous tensor, storage order for a transposed or strided one
 * (checked: {@code torch.empty(3, 20).t().normal_()} fills its 60 floats in memory order by
 * the element-by-element path, as do {@code uniform_} and a {@code [::2]} slice).
 *
 * <p>What this reproduces is PyTorch 2.x on x86-64 with AVX2 (any PC or Intel Mac of the last
 * decade); PyTorch on ARM (Apple silicon) runs a scalar 16-wide normal block with the C
 * library's float log/sin/cos, so there {@code randn} of 16 or more elements differs in the
 * last bits.
 */
public final class Distributions {

    private Distributions() {
    }

    private static final long MASK53 = (1L << 53) - 1;

    // ------------------------------------------------------------------ uniform

    /**
     * {@code uniform_(from, to)} on a float32 tensor ({@code torch.rand} is [0, 1)). Each element
     * takes one 32-bit draw; its low 24 bits make {@code u} in [0, 1), and the value is
     * {@code u * (to - from) + from} in float (ATen's accumulate type for float) with
     * {@code from} and {@code to} first rounded to float, the multiply-add fused into one
     * rounding as the wheel's compiled kernel does (unfused, about half of the values of
     * {@code uniform_(-0.577, 0.577)} differ in the last bit). A value that rounds up to
     * {@code to} becomes {@code from}, as PyTorch clamps it. This is what
     * {@code nn.init.uniform_} and {@code kaiming_uniform_} reduce to.
     */
    public static void uniform(float[] out, double from, double to, CpuGenerator g) {
        float f = (float) from;
        float t = (float) to;
        float range = t - f;
        synchronized (g) {
            for (int i = 0; i < out.length; i++) {
                float u = (g.nextIntUnlocked() & 0xFFFFFF) * 0x1.0p-24f;
                float v = Math.fma(u, range, f);
                out[i] = v == t ? f : v;
            }
        }
    }

    /**
     * {@code uniform_(from, to)} on a float64 tensor: one 64-bit draw (two 32-bit draws, the
     * first the high half) per element, its low 53 bits times 2<sup>-53</sup>, then
     * {@code u * (to - from) + from} in double, fused and clamped as in the float version.
     */
    public static void uniform(double[] out, double from, double to, CpuGenerator g) {
        double range = to - from;
        synchronized (g) {
            for (int i = 0; i < out.length; i++) {
                double u = (random64(g) & MASK53) * 0x1.0p-53;
                double v = Math.fma(u, range, from);
                out[i] = v == to ? from : v;
            }
        }
    }

    // ------------------------------------------------------------------ normal

    /**
     * {@code normal_(mean, std)} on a contiguous float32 tensor ({@code torch.randn},
     * {@code torch.normal(mean, std, size)}). PyTorch takes two paths by size:
     * <ul>
     * <li>16 or more elements: first one 24-bit uniform per element, in order; then each full
     *     block of 16 becomes normals by the 8-lane Box-Muller of {@link BoxMullerAvx2}; if the
     *     size is not a multiple of 16, 16 fresh uniforms overwrite the last 16 elements (which
     *     overlap the last full block) and that block is transformed again. So the tail's
     *     normals come from later draws, and the uniforms first drawn there are thrown away.
     * <li>fewer than 16: {@link #normalElementwise(float[], double, double, CpuGenerator)}.
     * </ul>
     */
    public static void normal(float[] out, double mean, double std, CpuGenerator g) {
        int n = out.length;
        if (n < 16) {
            normalElementwise(out, mean, std, g);
            return;
        }
        float m = (float) mean;
        float s = (float) std;
        synchronized (g) {
            for (int i = 0; i < n; i++) {
                out[i] = (g.nextIntUnlocked() & 0xFFFFFF) * 0x1.0p-24f;
            }
            for (int i = 0; i + 16 <= n; i += 16) {
                BoxMullerAvx2.fill16(out, i, m, s);
            }
            if (n % 16 != 0) {
                for (int i = n - 16; i < n; i++) {
                    out[i] = (g.nextIntUnlocked() & 0xFFFFFF) * 0x1.0p-24f;
                }
                BoxMullerAvx2.fill16(out, n - 16, m, s);
            }
        }
    }

    /**
     * {@code normal_(mean, std)} on a contiguous float64 tensor: the same two paths as the
     * float version, but the 16-wide block is ATen's scalar {@code NormalFill16<double>}
     * ({@code sqrt(-2 log(1 - u1))}, {@code theta = 2 pi u2},
     * {@code fma(radius * cos(theta), std, mean)}) on 53-bit uniforms.
     */
    public static void normal(double[] out, double mean, double std, CpuGenerator g) {
        int n = out.length;
        if (n < 16) {
            normalElementwise(out, mean, std, g);
            return;
        }
        synchronized (g) {
            for (int i = 0; i < n; i++) {
                out[i] = (random64(g) & MASK53) * 0x1.0p-53;
            }
            for (int i = 0; i + 16 <= n; i += 16) {
                fill16(out, i, mean, std);
            }
            if (n % 16 != 0) {
                for (int i = n - 16; i < n; i++) {
                    out[i] = (random64(g) & MASK53) * 0x1.0p-53;
                }
                fill16(out, n - 16, mean, std);
            }
        }
    }

    private static void fill16(double[] data, int off, double mean, double std) {
        for (int j = 0; j < 8; j++) {
            double u1 = 1 - data[off + j];
            double u2 = data[off + j + 8];
            double radius = Math.sqrt(-2 * LibmDouble.log(u1));
            double theta = 2.0 * Math.PI * u2;
            data[off + j] = Math.fma(radius * LibmDouble.cos(theta), std, mean);
            data[off + j + 8] = Math.fma(radius * LibmDouble.sin(theta), std, mean);
        }
    }

    /**
     * The element-by-element normal path, which PyTorch takes for tensors of fewer than 16
     * elements and for non-contiguous ones, whatever their dtype: ATen's
     * {@code normal_distribution<double>}, rounded to float at the end. Box-Muller gives two
     * samples per two 53-bit uniforms u1, u2: {@code r = sqrt(-2 log1p(-u2))},
     * {@code theta = 2 pi u1}; it returns {@code r cos(theta)} and caches {@code r sin(theta)}
     * in the generator, so the next element (or the next such call, until
     * {@code manual_seed}) takes the cached one without drawing.
     */
    public static void normalElementwise(float[] out, double mean, double std, CpuGenerator g) {
        synchronized (g) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) nextNormal(g, mean, std);
            }
        }
    }

    /** The element-by-element normal path for float64; see the float version. */
    public static void normalElementwise(double[] out, double mean, double std, CpuGenerator g) {
        synchronized (g) {
            for (int i = 0; i < out.length; i++) {
                out[i] = nextNormal(g, mean, std);
            }
        }
    }

    /** One sample of ATen's {@code normal_distribution<double>}: {@code fma(z, std, mean)}. */
    static double nextNormal(CpuGenerator g, double mean, double std) {
        Double cached = g.nextDoubleNormalSample();
        if (cached != null) {
            g.setNextDoubleNormalSample(null);
            return Math.fma(cached, std, mean);
        }
        double u1 = (random64(g) & MASK53) * 0x1.0p-53;
        double u2 = (random64(g) & MASK53) * 0x1.0p-53;
        double r = Math.sqrt(-2.0 * LibmDouble.log1p(-u2));
        double theta = 2.0 * Math.PI * u1;
        g.setNextDoubleNormalSample(r * LibmDouble.sin(theta));
        return Math.fma(r * LibmDouble.cos(theta), std, mean);
    }

    // ------------------------------------------------------------------ integers

    /**
     * {@code randint(low, high)} / {@code random_(low, high)} on an int64 tensor: with
     * {@code range = high - low}, each element is {@code draw % range + low} (unsigned
     * remainder), where the draw is one 32-bit draw, or a 64-bit draw when the range is
     * 2<sup>28</sup> or more, whatever the dtype. That threshold is the released wheels'
     * (ATen's {@code uniform_int_from_to_distribution} outside Meta's internal build, which
     * uses 2<sup>32</sup> and only for some dtypes); it keeps the modulo skew near 5% at most.
     */
    public static void randint(long[] out, long low, long high, CpuGenerator g) {
        long range = checkedRange(low, high);
        boolean wide = wide(range);
        synchronized (g) {
            for (int i = 0; i < out.length; i++) {
                out[i] = fromTo(g, range, low, wide);
            }
        }
    }

    /** {@code randint}/{@code random_(low, high)} on an int32 tensor; see the int64 version. */
    public static void randint(int[] out, long low, long high, CpuGenerator g) {
        long range = checkedRange(low, high);
        boolean wide = wide(range);
        synchronized (g) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (int) fromTo(g, range, low, wide);
            }
        }
    }

    /**
     * {@code randint(low, high, dtype=torch.float32)} / {@code random_(low, high)} on a float32
     * tensor: the integer as for int64, then rounded to float. Bounds the float cannot hold
     * exactly are first moved inward as ATen's {@code update_from}/{@code update_to} do.
     */
    public static void randint(float[] out, long low, long high, CpuGenerator g) {
        checkedRange(low, high);
        long from = updateFrom(low, 24);
        long range = checkedRange(from, updateTo(high, 24));
        boolean wide = wide(range);
        synchronized (g) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) fromTo(g, range, from, wide);
            }
        }
    }

    /** {@code randint}/{@code random_(low, high)} on a float64 tensor; see the float version. */
    public static void randint(double[] out, long low, long high, CpuGenerator g) {
        checkedRange(low, high);
        long from = updateFrom(low, 53);
        long range = checkedRange(from, updateTo(high, 53));
        boolean wide = wide(range);
        synchronized (g) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (double) fromTo(g, range, from, wide);
            }
        }
    }

    private static boolean wide(long range) {
        return Long.compareUnsigned(range, 1L << 28) >= 0;
    }

    private static long checkedRange(long low, long high) {
        if (low >= high) {
            throw new IllegalArgumentException(
                    "random_ expects 'from' to be less than 'to', but got from=" + low + " >= to=" + high);
        }
        return high - low;
    }

    /**
     * ATen's {@code update_from}: for a float target whose {@code from + 1} is not exact, moves
     * {@code from} up to the next value the type holds ({@code digits}: 24 for float, 53 for
     * double), so every drawn integer survives the cast.
     */
    static long updateFrom(long from, int digits) {
        long fromPlus1 = roundTo(from + 1, digits);
        if (fromPlus1 < from) {
            long f = Math.abs(from + 1);
            int n = 63 - Long.numberOfLeadingZeros(f);
            from = fromPlus1 + (1L << (n - digits + 1));
        }
        return from;
    }

    /** ATen's {@code update_to}: the mirror of {@link #updateFrom(long, int)} for the bound. */
    static long updateTo(long to, int digits) {
        long toMinus1 = roundTo(to - 1, digits);
        if (toMinus1 >= to) {
            long t = Math.abs(to - 1);
            int n = 63 - Long.numberOfLeadingZeros(t);
            to = toMinus1 - (1L << (n - digits + 1));
        }
        return to;
    }

    /** {@code (int64_t) (scalar_t) v}: v rounded to float (24 digits) or double (53). */
    private static long roundTo(long v, int digits) {
        return digits == 24 ? (long) (float) v : (long) (double) v;
    }

    private static long fromTo(CpuGenerator g, long range, long base, boolean wide) {
        long draw = wide ? random64(g) : Integer.toUnsignedLong(g.nextIntUnlocked());
        return Long.remainderUnsigned(draw, range) + base;
    }

    /**
     * {@code random_()} without bounds on an int64 tensor: a 64-bit draw modulo
     * 2<sup>63</sup>, i.e. [0, 2<sup>63</sup>-1].
     */
    public static void random(long[] out, CpuGenerator g) {
        synchronized (g) {
            for (int i = 0; i < out.length; i++) {
                out[i] = random64(g) & Long.MAX_VALUE;
            }
        }
    }

    /** {@code random_()} on an int32 tensor: a 32-bit draw modulo 2<sup>31</sup>. */
    public static void random(int[] out, CpuGenerator g) {
        synchronized (g) {
            for (int i = 0; i < out.length; i++) {
                out[i] = g.nextIntUnlocked() & Integer.MAX_VALUE;
            }
        }
    }

    /**
     * {@code random_()} on a float32 tensor: a 32-bit draw modulo 2<sup>24</sup>+1, so every
     * integer in [0, 2<sup>24</sup>] (all exactly representable) is possible.
     */
    public static void random(float[] out, CpuGenerator g) {
        synchronized (g) {
            for (int i = 0; i < out.length; i++) {
                out[i] = Long.remainderUnsigned(Integer.toUnsignedLong(g.nextIntUnlocked()), (1L << 24) + 1);
            }
        }
    }

    /** {@code random_()} on a float64 tensor: a 64-bit draw modulo 2<sup>53</sup>+1. */
    public static void random(double[] out, CpuGenerator g) {
        synchronized (g) {
            for (int i = 0; i < out.length; i++) {
                out[i] = Long.remainderUnsigned(random64(g), (1L << 53) + 1);
            }
        }
    }

    /** {@code random_()} on a bool tensor: the lowest bit of a 32-bit draw. */
    public static void random(boolean[] out, CpuGenerator g) {
        synchronized (g) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (g.nextIntUnlocked() & 1) != 0;
            }
        }
    }

    // ------------------------------------------------------------------ randperm

    /** Below this n PyTorch keeps its original randperm: {@code UINT32_MAX / 20}. */
    static final long RANDPERM_SMALL_N = 0xFFFFFFFFL / 20;

    /**
     * {@code torch.randperm(n)} as ATen's {@code randperm_cpu}. For n below 214748364 (all
     * that fits in memory in practice) it starts from 0..n-1 and, for i = 0..n-2, swaps
     * element i with element i + (32-bit draw mod (n - i)); above, it runs the inside-out
     * Fisher-Yates with 64-bit draws (to avoid modulo bias near 2<sup>32</sup>).
     */
    public static long[] randperm(long n, CpuGenerator g) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be non-negative, got" + n);
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("randperm: n too large for one array: " + n);
        }
        int size = (int) n;
        long[] r = new long[size];
        synchronized (g) {
            if (n < RANDPERM_SMALL_N) {
                for (int i = 0; i < size; i++) {
                    r[i] = i;
                }
                for (int i = 0; i < size - 1; i++) {
                    int z = (int) (Integer.toUnsignedLong(g.nextIntUnlocked()) % (size - i));
                    long sav = r[i];
                    r[i] = r[z + i];
                    r[z + i] = sav;
                }
            } else {
                for (int i = 0; i < size; i++) {
                    int z = (int) Long.remainderUnsigned(random64(g), i + 1L);
                    r[i] = r[z];
                    r[z] = i;
                }
            }
        }
        return r;
    }

    // ------------------------------------------------------------------ exponential

    /**
     * {@code exponential_(lambda)} on a float32 tensor: per element a 53-bit uniform u and
     * {@code -1 / lambda * log1p(-u)} in double (glibc's log1p, see {@link LibmDouble}), rounded
     * to float.
     */
    public static void exponential(float[] out, double lambda, CpuGenerator g) {
        synchronized (g) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) nextExponential(g, lambda);
            }
        }
    }

    /** {@code exponential_(lambda)} on a float64 tensor; see the float version. */
    public static void exponential(double[] out, double lambda, CpuGenerator g) {
        synchronized (g) {
            for (int i = 0; i < out.length; i++) {
                out[i] = nextExponential(g, lambda);
            }
        }
    }

    /** One exponential sample; the caller holds the generator's lock. */
    static double nextExponential(CpuGenerator g, double lambda) {
        double u = (random64(g) & MASK53) * 0x1.0p-53;
        return -1.0 / lambda * LibmDouble.log1p(-u);
    }

    // ------------------------------------------------------------------ bernoulli

    /**
     * {@code bernoulli_(p)} with a scalar p on a float32 tensor: 1 where a 53-bit uniform
     * (one 64-bit draw) is below p, else 0. This is ATen's default CPU kernel; the MKL (VSL)
     * variant that older builds ran on Intel CPUs is absent from the 2.x wheels (their
     * {@code bernoulli_scalar_kernel} calls this default kernel on every CPU).
     * {@code nn.Dropout} in training mode draws this way with p = 1 - dropout p; see
     * {@link #dropoutNoise(float[], double, CpuGenerator)}.
     */
    public static void bernoulli(float[] out, double p, CpuGenerator g) {
        checkProbability(p);
        synchronized (g) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (random64(g) & MASK53) * 0x1.0p-53 < p ? 1.0f : 0.0f;
            }
        }
    }

    /** {@code bernoulli_(p)} with a scalar p on a float64 tensor; see the float version. */
    public static void bernoulli(double[] out, double p, CpuGenerator g) {
        checkProbability(p);
        synchronized (g) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (random64(g) & MASK53) * 0x1.0p-53 < p ? 1.0 : 0.0;
            }
        }
    }

    /**
     * {@code torch.bernoulli(p)} / {@code bernoulli_(p_tensor)} with float32 probabilities
     * (same shape as {@code out}): per element a 24-bit float uniform (one 32-bit draw)
     * compared with the float p.
     */
    public static void bernoulli(float[] out, float[] p, CpuGenerator g) {
        synchronized (g) {
            for (int i = 0; i < out.length; i++) {
                float u = (g.nextIntUnlocked() & 0xFFFFFF) * 0x1.0p-24f;
                out[i] = u < p[i] ? 1.0f : 0.0f;
            }
        }
    }

    /** {@code torch.bernoulli(p)} with float64 probabilities: 53-bit uniforms against p. */
    public static void bernoulli(double[] out, double[] p, CpuGenerator g) {
        synchronized (g) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (random64(g) & MASK53) * 0x1.0p-53 < p[i] ? 1.0 : 0.0;
            }
        }
    }

    /**
     * The noise that {@code F.dropout(x, p, training=True)} multiplies a float32 {@code x} by on
     * CPU: ATen's {@code _dropout_impl} fills {@code bernoulli_(1 - p)} and divides it by
     * {@code 1 - p} rounded to float, so each element is 0 or {@code 1 / (float) (1 - p)}.
     * The result of dropout is then {@code x[i] * noise[i]} in float.
     */
    public static void dropoutNoise(float[] out, double p, CpuGenerator g) {
        bernoulli(out, 1 - p, g);
        float keep = (float) (1 - p);
        for (int i = 0; i < out.length; i++) {
            out[i] = out[i] / keep;
        }
    }

    private static void checkProbability(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("bernoulli_ expects p to be in [0, 1], but got p=" + p);
        }
    }

    /** A 64-bit draw; the caller holds the generator's lock. */
    static long random64(CpuGenerator g) {
        long hi = Integer.toUnsignedLong(g.nextIntUnlocked());
        long lo = Integer.toUnsignedLong(g.nextIntUnlocked());
        return (hi << 32) | lo;
    }
}
