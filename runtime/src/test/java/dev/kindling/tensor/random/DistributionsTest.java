package dev.kindling.tensor.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import java.util.StringJoiner;

import org.junit.jupiter.api.Test;

/**
 * The fills, checked against the numbers PyTorch prints for the conformance scripts (as the
 * learner sees them) and for argument errors. The bit-for-bit comparisons of every path and
 * size are in {@link RandomReferenceTest}.
 */
class DistributionsTest {

    /** {@code shared/conformance/cases/18_seeded_random.py}, draw by draw, as printed (%.4f). */
    @Test
    void seededRandomScriptPrintsPyTorchsDigits() {
        CpuGenerator g = new CpuGenerator().manualSeed(0);
        assertEquals("0.4963 0.7682 0.0885", printed(uniform(3, 0, 1, g)));
        assertEquals("0.3643 0.1344 0.1642 0.3058 0.2100 0.9056", printed(normal(6, 0, 1, g)));
        assertEquals("0.8504 -1.3527 -1.6959 0.5667 0.2484 0.4397 0.1124 0.6408 0.4412 -0.2159"
                + " -0.7425 0.5627 0.0525 0.5229 2.3022 -1.4689 -1.5867 1.2032 0.0845 -1.2001",
                printed(normal(20, 0, 1, g)));
        long[] ints = new long[5];
        Distributions.randint(ints, 0, 10, g);
        assertArrayEquals(new long[] {9, 3, 1, 1, 0}, ints);
        g.manualSeed(0);
        assertEquals("0.4963 0.7682 0.0885", printed(uniform(3, 0, 1, g)));

        g.manualSeed(123);                         // nn.Linear(3, 2)
        double bound = Math.sqrt(3.0) * (Math.sqrt(2.0 / (1 + Math.sqrt(5) * Math.sqrt(5))) / Math.sqrt(3));
        assertEquals("-0.2354 0.0191 -0.2867 0.2177 -0.4919 0.4232", printed(uniform(6, -bound, bound, g)));
        assertEquals("-0.4196 -0.4590", printed(uniform(2, -1 / Math.sqrt(3), 1 / Math.sqrt(3), g)));
        float[] r = uniform(4, 0, 1, g);
        for (int i = 0; i < r.length; i++) {
            r[i] *= 10;
        }
        assertEquals("1.8406 7.2645 3.1525 6.8711", printed(r));
        assertEquals("-0.9724", printed(normal(1, 0, 1, g)));
        assertEquals("-0.7550 0.3239 -0.1085", printed(normal(3, 0.0, 1.0, g)));
        assertArrayEquals(new long[] {4, 2, 5, 3, 1, 0}, Distributions.randperm(6, g));
    }

    /** The course's {@code torch.manual_seed(42); X = torch.rand(100, 1) * 10; noise = torch.randn(100, 1)}. */
    @Test
    void coursePatternStartsAsInPyTorch() {
        CpuGenerator g = new CpuGenerator().manualSeed(42);
        float[] x = uniform(100, 0, 1, g);
        float[] noise = normal(100, 0, 1, g);
        assertEquals("0.8823 0.9150 0.3829", printed(Arrays.copyOf(x, 3)));
        assertEquals(0.8822692632675171f, x[0]);
        assertEquals(0.016202688217163086f, x[99]);
        assertEquals(-0.0335015207529068f, noise[99]);
    }

    @Test
    void smallNormalsUseTheCachedSecondSample() {
        CpuGenerator g = new CpuGenerator().manualSeed(3);
        float[] a = normal(1, 0, 1, g);
        float[] b = normal(1, 0, 1, g);           // the cached sine sample: no draw
        CpuGenerator h = new CpuGenerator().manualSeed(3);
        float[] both = normal(2, 0, 1, h);
        assertArrayEquals(both, new float[] {a[0], b[0]});
    }

    @Test
    void dropoutNoiseIsZeroOrTheScaledKeep() {
        float[] noise = new float[1000];
        Distributions.dropoutNoise(noise, 0.3, new CpuGenerator(14));
        float keep = 1 / (float) 0.7;
        int kept = 0;
        for (float v : noise) {
            assertTrue(v == 0 || v == keep);
            kept += v == 0 ? 0 : 1;
        }
        assertTrue(kept > 600 && kept < 800, "kept " + kept);
    }

    @Test
    void randpermIsAPermutation() {
        long[] p = Distributions.randperm(1000, new CpuGenerator(1));
        long[] sorted = p.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            assertEquals(i, sorted[i]);
        }
        assertEquals(0, Distributions.randperm(0, new CpuGenerator()).length);
    }

    @Test
    void argumentErrorsUsePyTorchsWords() {
        CpuGenerator g = new CpuGenerator();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Distributions.randint(new long[1], 5, 5, g));
        assertEquals("random_ expects 'from' to be less than 'to', but got from=5 >= to=5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Distributions.bernoulli(new float[1], 1.5, g));
        assertEquals("bernoulli_ expects p to be in [0, 1], but got p=1.5", e.getMessage());
    }

    @Test
    void floatRandintMovesBoundsToRepresentableValues() {
        assertEquals(8589934080L, Distributions.updateTo(1L << 33, 24));   // 2^33 - 512
        assertEquals(10, Distributions.updateTo(10, 24));
        assertEquals(-5, Distributions.updateFrom(-5, 24));
    }

    private static float[] uniform(int n, double from, double to, CpuGenerator g) {
        float[] x = new float[n];
        Distributions.uniform(x, from, to, g);
        return x;
    }

    private static float[] normal(int n, double mean, double std, CpuGenerator g) {
        float[] x = new float[n];
        Distributions.normal(x, mean, std, g);
        return x;
    }

    /** As PyTorch prints a float32 tensor with 4 decimals (the float widened to double). */
    private static String printed(float[] x) {
        StringJoiner j = new StringJoiner(" ");
        for (float v : x) {
            j.add(String.format(Locale.ROOT, "%.4f", (double) v));
        }
        return j.toString();
    }
}
