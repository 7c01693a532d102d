package dev.kindling.tensor.cpu.bits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.kindling.tensor.cpu.AdamConstants;

/**
 * The native kernels give their Java forms' bits (the Java forms are checked against PyTorch in
 * MklSqrtTest, SleefMathTest, FusedAdamTest, AdamMomentsTest, UnaryLoopsTest and the goldens, which
 * run the native kernels where they load, and once more with them switched off).
 */
class NativeKernelsTest {
    /**
     * On the machines this project builds on (x86-64 Linux with a C compiler and AVX2), they must
     * load, unless switched off (the build runs the Adam and sqrt tests once more that way).
     */
    @Test
    void theBuildMakesThemAndTheyLoadWhereTheyCan() throws IOException {
        if ("false".equals(System.getProperty("kindling.nativeKernels"))) {
            assertFalse(NativeKernels.available(), "kindling.nativeKernels=false did not switch them off");
            return;
        }
        boolean x86Linux = "Linux".equals(System.getProperty("os.name")) && "amd64".equals(System.getProperty("os.arch"));
        assumeTrue(x86Linux && hasCCompiler() && cpuFlags().contains(" avx2") && cpuFlags().contains(" fma"));
        assertTrue(NativeKernels.class.getResource("/native/linux-x86_64/libkindling_kernels.so") != null,
                "build.sh did not build the library");
        assertTrue(NativeKernels.available(), "the library did not load or did not pass its check");
    }

    /** MKL's square root against the Java array form on every 61st bit pattern, also with a partial last vector. */
    @Test
    void sqrtEqualsTheJavaArrayForm() {
        assumeTrue(NativeKernels.available());
        float[] expected = new float[1 << 16];
        float[] actual = new float[expected.length];
        FloatBitsAssert.forEverySixtyFirstPattern((x, n) -> {
            MklSqrt.sqrtInJava(x, expected, 0, n);
            NativeKernels.mklSqrt(x, actual, 0, n);
            FloatBitsAssert.assertSameBits(x, expected, actual, 0, n, "sqrt");
            NativeKernels.mklSqrt(x, actual, 3, n - 2);
            FloatBitsAssert.assertSameBits(x, expected, actual, 3, n - 2, "sqrt");
        });
    }

    /** SLEEF's exp, shifted (softmax's rows) and plain, and sigmoid's vectorised loop, on every 61st bit pattern. */
    @Test
    void expAndSigmoidEqualTheJavaForms() {
        assumeTrue(NativeKernels.available());
        float[] expected = new float[1 << 16];
        float[] actual = new float[expected.length];
        FloatBitsAssert.forEverySixtyFirstPattern((x, n) -> {
            NativeKernels.sleefExp(x, actual, 0, n, 0f);
            for (int i = 0; i < n; i++) {
                expected[i] = SleefMath.exp(x[i]);
            }
            FloatBitsAssert.assertSameBits(x, expected, actual, 0, n, "exp");
            NativeKernels.sleefExp(x, actual, 1, n - 3, 2.75f);
            for (int i = 1; i < n - 3; i++) {
                expected[i] = SleefMath.exp(x[i] - 2.75f);
            }
            FloatBitsAssert.assertSameBits(x, expected, actual, 1, n - 3, "exp less 2.75");
            NativeKernels.sigmoid(x, actual, 2, n);
            for (int i = 2; i < n; i++) {
                expected[i] = 1f / (1f + SleefMath.exp(-x[i]));
            }
            FloatBitsAssert.assertSameBits(x, expected, actual, 2, n, "sigmoid");
        });
    }

    @Test
    void adamUpdateEqualsTheJavaForm() {
        assumeTrue(NativeKernels.available());
        SplittableRandom random = new SplittableRandom(7);
        for (int n : new int[] {1, 7, 8, 9, 31, 4099}) {
            float[][] java = adamState(random, n);
            float[][] natively = copies(java);
            for (int step = 1; step <= 5; step++) {
                float[] g = gradient(random, n);
                AdamConstants c = constants(step, step % 2 == 0 ? 0.5f : 0f);
                Float32Adam.update(java[0], g.clone(), java[1], java[2], new float[n], 0, n, c);
                NativeKernels.adamUpdate(natively[0], g, natively[1], natively[2], 0, n, c);
                for (int k = 0; k < 3; k++) {
                    FloatBitsAssert.assertSameElements(java[k], natively[k], 0, n, "array " + k);
                }
            }
        }
    }

    @Test
    void aRangeLeavesTheRestAlone() {
        assumeTrue(NativeKernels.available());
        SplittableRandom random = new SplittableRandom(11);
        float[][] natively = adamState(random, 40);
        float[][] java = copies(natively);
        float[][] before = copies(natively);
        float[] g = gradient(random, 40);
        NativeKernels.adamUpdate(natively[0], g, natively[1], natively[2], 5, 22, constants(1, 0f));
        Float32Adam.update(java[0], g.clone(), java[1], java[2], new float[40], 5, 22, constants(1, 0f));
        for (int k = 0; k < 3; k++) {
            FloatBitsAssert.assertSameElements(java[k], natively[k], 0, 40, "array " + k);
            FloatBitsAssert.assertSameElements(before[k], natively[k], 0, 5, "array " + k);
            FloatBitsAssert.assertSameElements(before[k], natively[k], 22, 40, "array " + k);
        }
    }

    /** Bad ranges are Java exceptions before the native code runs, never a crash. */
    @Test
    void badRangesThrow() {
        assumeTrue(NativeKernels.available());
        float[] a = new float[16];
        float[] shorter = new float[8];
        assertThrows(IndexOutOfBoundsException.class, () -> NativeKernels.mklSqrt(a, shorter, 0, 16));
        assertThrows(IndexOutOfBoundsException.class, () -> NativeKernels.mklSqrt(a, a, -1, 4));
        assertThrows(IndexOutOfBoundsException.class, () -> NativeKernels.mklSqrt(a, a, 9, 4));
        assertThrows(IndexOutOfBoundsException.class,
                () -> NativeKernels.adamUpdate(a, a, a, shorter, 0, 16, constants(1, 0f)));
    }

    /** Adam's constants at a step, as Adam.step rounds them (lr 1e-3, betas 0.9 and 0.999, eps 1e-8). */
    private static AdamConstants constants(int step, float weightDecayScale) {
        double bias1 = 1 - Math.pow(0.9, step);
        double bias2 = 1 - Math.pow(0.999, step);
        return new AdamConstants(0.1f, 0.999f, (float) (1 - 0.999), (float) 1e-8 + weightDecayScale * 1e-6f,
                (float) Math.sqrt(bias2), (float) (-1e-3 / bias1));
    }

    /** Parameter and moments: mixed magnitudes, zeros, subnormal and huge second moments (MKL's slow path). */
    private static float[][] adamState(SplittableRandom random, int n) {
        float[][] s = new float[3][n];
        for (int i = 0; i < n; i++) {
            s[0][i] = (float) random.nextGaussian();
            s[1][i] = (float) (random.nextGaussian() * 1e-3);
            s[2][i] = switch (i % 5) {
                case 0 -> 0f;
                case 1 -> Float.MIN_VALUE * (i + 1);
                case 2 -> 3e38f;
                default -> (float) Math.exp(-random.nextDouble() * 40);
            };
        }
        return s;
    }

    private static float[] gradient(SplittableRandom random, int n) {
        float[] g = new float[n];
        for (int i = 0; i < n; i++) {
            g[i] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(-8, 3)));
        }
        return g;
    }

    private static float[][] copies(float[][] a) {
        float[][] c = new float[a.length][];
        for (int k = 0; k < a.length; k++) {
            c[k] = a[k].clone();
        }
        return c;
    }

    private static boolean hasCCompiler() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "cc"))) {
                return true;
            }
        }
        return false;
    }

    private static String cpuFlags() throws IOException {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        return Files.exists(cpuinfo) ? Files.readString(cpuinfo).replace('\t', ' ').replace('\n', ' ') + " " : "";
    }
}
