package dev.kindling.tensor.cpu.bits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

import dev.kindling.tensor.cpu.AdamConstants;

/**
 * Kindling's own C kernels ({@code runtime/src/main/c/kindling_kernels.c}, built into the jar on
 * x86-64 Linux) for the float32 loops that HotSpot 17 cannot vectorise: MKL's square root, whose
 * {@code rsqrtps} estimate Java can only reproduce with a table lookup per element (see
 * {@link MklSqrt}), the Adam update around it, MKL's exp ({@link MklExp}: a table lookup too), and
 * SLEEF's exp as softmax and sigmoid use it ({@link SleefMath}: its steps move values between
 * float and integer registers). Each gives the bits of its Java form; the Java forms stay, and run
 * wherever the library is missing or does not pass the check below.
 *
 * <p>Used only when all of these hold: the library is in the jar, it loads, the CPU has AVX2 and
 * FMA, this CPU's {@code rsqrtps} gives {@link MklSqrt}'s table (the only CPU-dependent step), and
 * the system property {@code kindling.nativeKernels} is not {@code false}. Loaded on first use, so
 * start-up never pays for it. Why JNI's critical arrays: the kernels read and write the heap
 * arrays in place, with no copies; each call is short.
 */
final class NativeKernels {
    private static final String LIBRARY = "/native/linux-x86_64/libkindling_kernels.so";
    /** Elements from which a call pays for its JNI crossing (about 0.1 us). */
    static final int WORTH_FROM = 512;

    private NativeKernels() {}

    /** Whether the native kernels are loaded and checked (loads them on the first call). */
    static boolean available() {
        return Loaded.OK;
    }

    /** {@link MklSqrt#sqrt(float[], float[], int, int)} natively; {@code out} may be {@code x}. */
    static void mklSqrt(float[] x, float[] out, int from, int to) {
        checkRange(from, to, x, out);
        mklSqrt0(x, out, from, to);
    }

    /** {@code Float32Adam.update} on elements [from, to) natively (no scratch array needed). */
    static void adamUpdate(float[] p, float[] g, float[] expAvg, float[] expAvgSq, int from, int to,
            AdamConstants c) {
        checkRange(from, to, p, g, expAvg, expAvgSq);
        adamUpdate0(p, g, expAvg, expAvgSq, from, to, c.weight(), c.beta2(), c.oneMinusBeta2(), c.eps(),
                c.bias2Sqrt(), c.stepSize());
    }

    /**
     * {@code out[i] = SleefMath.exp(x[i] - shift)} for i in [from, to): softmax's exp of a row less
     * its maximum ({@code shift} 0 gives plain exp: x - 0 is x, -0.0 included).
     */
    static void sleefExp(float[] x, float[] out, int from, int to, float shift) {
        checkRange(from, to, x, out);
        sleefExp0(x, out, from, to, shift, false);
    }

    /** {@code out[i] = 1 / (1 + SleefMath.exp(-x[i]))} for i in [from, to): sigmoid's vectorised loop. */
    static void sigmoid(float[] x, float[] out, int from, int to) {
        checkRange(from, to, x, out);
        sleefExp0(x, out, from, to, 0f, true);
    }

    /**
     * {@code out[i] = MklExp.exp(x[i])} for i in [from, to) where {@link MklExp#offFastPath} is
     * false; other elements of the range get wrong values, for the caller to redo.
     */
    static void mklExpFastPath(float[] x, float[] out, int from, int to) {
        checkRange(from, to, x, out);
        mklExp0(x, out, from, to);
    }

    /** [from, to) lies in every array (the C code trusts it): an exception here, never a crash there. */
    private static void checkRange(int from, int to, float[]... arrays) {
        for (float[] a : arrays) {
            Objects.checkFromToIndex(from, to, a.length);
        }
    }

    private static native boolean supported();

    private static native void setExpPowers0(int[] powers);

    private static native void mklExp0(float[] x, float[] out, int from, int to);

    /** This CPU's {@code rsqrtps} of each element of {@code x} (same lengths). */
    private static native void rsqrtEstimates(float[] x, float[] out);

    private static native void mklSqrt0(float[] x, float[] out, int from, int to);

    private static native void sleefExp0(float[] x, float[] out, int from, int to, float shift, boolean sigmoid);

    private static native void adamUpdate0(float[] p, float[] g, float[] expAvg, float[] expAvgSq, int from,
            int to, float weight, float beta2, float oneMinusBeta2, float eps, float bias2Sqrt, float stepSize);

    /** The load and check, once, on first use. */
    private static final class Loaded {
        static final boolean OK = load() && checked();
    }

    /** The CPU runs the kernels, its estimates are the table's, and each entry point gives its Java form's bits. */
    private static boolean checked() {
        try {
            if (!supported()) {
                return false;
            }
            setExpPowers0(MklExp.powerTable());
            return estimatesMatchTable() && sqrtMatchesJava() && adamMatchesJava() && expMatchesJava();
        } catch (UnsatisfiedLinkError e) {
            return false; // a library from another build: the Java kernels run instead
        }
    }

    private static boolean load() {
        if (!Boolean.parseBoolean(System.getProperty("kindling.nativeKernels", "true"))
                || !"Linux".equals(System.getProperty("os.name")) || !"amd64".equals(System.getProperty("os.arch"))) {
            return false;
        }
        try (InputStream in = NativeKernels.class.getResourceAsStream(LIBRARY)) {
            if (in == null) {
                return false;
            }
            Path file = newFile();
            try {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                System.load(file.toString());
            } finally {
                Files.deleteIfExists(file); // a loaded library stays mapped; nothing is left behind
            }
            return true;
        } catch (IOException | UnsatisfiedLinkError | SecurityException e) {
            return false; // the Java kernels run instead
        }
    }

    /**
     * A new, empty file in the temporary directory. Why not Files.createTempFile: it seeds a
     * SecureRandom first (about 20 ms), and ProcessHandle's pid costs 10 ms.
     */
    private static Path newFile() throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createFile(dir.resolve("kindling_kernels_" + System.nanoTime() + ".so"));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /**
     * Whether {@code rsqrtps} gives {@link MklSqrt#rsqrtEstimate} on every table entry (both
     * exponent parities, all top-12 mantissas), each with four patterns of the low mantissa bits
     * and at three exponents (2.4 ms, in the interpreter). The rest of each kernel is IEEE
     * arithmetic, the same on every CPU.
     */
    private static boolean estimatesMatchTable() {
        int[][] exponentAndLowBits = {{126, 0}, {126, 0x7ff}, {2, 0x555}, {252, 0x2aa}};
        float[] x = new float[exponentAndLowBits.length * 8192];
        int n = 0;
        for (int[] pattern : exponentAndLowBits) {
            for (int index = 0; index < 8192; index++) {
                x[n++] = Float.intBitsToFloat((pattern[0] << 23) + (index << 11) + pattern[1]);
            }
        }
        float[] estimates = new float[n];
        rsqrtEstimates(x, estimates);
        for (int i = 0; i < n; i++) {
            if (Float.floatToRawIntBits(estimates[i]) != Float.floatToRawIntBits(MklSqrt.rsqrtEstimate(x[i]))) {
                return false;
            }
        }
        return true;
    }

    /** Inputs for the entry points' check: every class of MklSqrt's paths, and a partial last vector. */
    private static final float[] PROBES = {
        0f, -0f, Float.MIN_VALUE, 1e-40f, Float.MIN_NORMAL, 1e-30f, 0.25f, 2f, 3.7e-8f, 123456.79f, 1e30f,
        Float.intBitsToFloat(0x7f7fefff), Float.intBitsToFloat(0x7f7ff000), Float.MAX_VALUE, Float.POSITIVE_INFINITY,
        -1f, Float.NEGATIVE_INFINITY, Float.NaN, 5e-6f,
    };

    private static boolean sqrtMatchesJava() {
        float[] expected = new float[PROBES.length];
        float[] actual = new float[PROBES.length];
        MklSqrt.sqrtInJava(PROBES, expected, 0, PROBES.length);
        mklSqrt0(PROBES, actual, 0, PROBES.length);
        return sameBits(expected, actual);
    }

    private static boolean adamMatchesJava() {
        int n = PROBES.length;
        float[][] java = adamProbe();
        float[][] natively = adamProbe();
        AdamConstants c = new AdamConstants(0.1f, 0.999f, 0.001f, 1e-8f, 0.0316f, -0.01f);
        Float32Adam.update(java[0], java[1], java[2], java[3], new float[n], 0, n, c);
        adamUpdate(natively[0], natively[1], natively[2], natively[3], 0, n, c);
        for (int k = 0; k < 4; k++) {
            if (!sameBits(java[k], natively[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * SLEEF's exp, shifted exp and sigmoid, and MKL's exp on its fast path, on the probes and on
     * the edges (SLEEF overrides below -104 and above 100; MKL's fast path ends at |x| 87.34).
     */
    private static boolean expMatchesJava() {
        float[] x = new float[PROBES.length + 8];
        System.arraycopy(PROBES, 0, x, 0, PROBES.length);
        float[] edges = {-104f, -103.99f, -87.5f, 87.3365f, 100f, 100.01f, -0.5f, 17.25f};
        System.arraycopy(edges, 0, x, PROBES.length, edges.length);
        float[] exp = new float[x.length];
        float[] shifted = new float[x.length];
        float[] sigmoid = new float[x.length];
        sleefExp0(x, exp, 0, x.length, 0f, false);
        sleefExp0(x, shifted, 0, x.length, 1.5f, false);
        sleefExp0(x, sigmoid, 0, x.length, 0f, true);
        float[] mkl = new float[x.length];
        mklExp0(x, mkl, 0, x.length);
        float[][] expected = new float[4][x.length];
        for (int i = 0; i < x.length; i++) {
            expected[0][i] = SleefMath.exp(x[i]);
            expected[1][i] = SleefMath.exp(x[i] - 1.5f);
            expected[2][i] = 1f / (1f + SleefMath.exp(-x[i]));
            expected[3][i] = MklExp.offFastPath(x[i]) ? mkl[i] : MklExp.exp(x[i]);
        }
        return sameBits(expected[0], exp) && sameBits(expected[1], shifted) && sameBits(expected[2], sigmoid)
                && sameBits(expected[3], mkl);
    }

    /** Parameter, gradient and moments for the Adam check, from the probes (moments must not be negative). */
    private static float[][] adamProbe() {
        int n = PROBES.length;
        float[][] a = new float[4][n];
        for (int i = 0; i < n; i++) {
            a[0][i] = PROBES[(i + 3) % n];
            a[1][i] = PROBES[(i + 7) % n];
            a[2][i] = PROBES[(i + 11) % n];
            a[3][i] = Math.abs(PROBES[i]);
        }
        return a;
    }

    private static boolean sameBits(float[] a, float[] b) {
        for (int i = 0; i < a.length; i++) {
            if (Float.floatToRawIntBits(a[i]) != Float.floatToRawIntBits(b[i]) && !(Float.isNaN(a[i]) && Float.isNaN(b[i]))) {
                return false;
            }
        }
        return true;
    }
}
