package dev.kindling.tensor.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The generator itself: seeding, raw draws, state, independence. Values from PyTorch 2.13. */
class CpuGeneratorTest {

    @Test
    void freshGeneratorHasPyTorchsDefaultSeed() {
        assertEquals(67280421310721L, new CpuGenerator().initialSeed());   // torch.Generator().initial_seed()
    }

    @Test
    void manualSeedReturnsTheGeneratorAndKeepsAll64Bits() {
        CpuGenerator g = new CpuGenerator();
        assertSame(g, g.manualSeed(1099511627781L));
        assertEquals(1099511627781L, g.initialSeed());
        g.manualSeed(-1);                                                  // torch.manual_seed(-1)
        assertEquals("18446744073709551615", Long.toUnsignedString(g.initialSeed()));
    }

    @Test
    void rawDrawsAreTheStandardMt19937Stream() {
        CpuGenerator g = new CpuGenerator(0);
        assertEquals(2357136044L, g.random());
        assertEquals(2546248239L, g.random());
        assertEquals((3071714933L << 32) | 3626093760L, g.random64());    // first draw is the high half
    }

    @Test
    void onlyTheLow32BitsOfTheSeedReachTheEngine() {
        assertEquals(new CpuGenerator(5).random64(), new CpuGenerator((1L << 40) + 5).random64());
    }

    @Test
    void nextFloatIsTorchRand() {
        CpuGenerator g = new CpuGenerator(0);
        // torch.manual_seed(0); torch.rand(3) -> 0.4963, 0.7682, 0.0885
        assertEquals(0.49625658988952637f, g.nextFloat());
        assertEquals(0.7682217955589294f, g.nextFloat());
        assertEquals(0.08847743272781372f, g.nextFloat());
    }

    @Test
    void nextDoubleUsesTheLow53BitsOfAPair() {
        CpuGenerator a = new CpuGenerator(0);
        CpuGenerator b = new CpuGenerator(0);
        assertEquals((b.random64() & ((1L << 53) - 1)) * 0x1.0p-53, a.nextDouble());
    }

    @Test
    void manualSeedForgetsTheCachedNormal() {
        CpuGenerator g = new CpuGenerator(3);
        float[] one = new float[1];
        Distributions.normal(one, 0, 1, g);
        assertTrue(g.nextDoubleNormalSample() != null);
        g.manualSeed(3);
        assertNull(g.nextDoubleNormalSample());
    }

    @Test
    void stateRoundTripsIncludingTheNormalCache() {
        CpuGenerator g = new CpuGenerator(42);
        float[] x = new float[1];
        Distributions.normal(x, 0, 1, g);          // leaves a cached sample
        byte[] state = g.getState();
        assertEquals(5056, state.length);
        float[] first = new float[20];
        Distributions.normal(first, 0, 1, g);
        Distributions.normal(x, 0, 1, g);
        float cachedDraw = x[0];

        CpuGenerator h = new CpuGenerator();
        h.setState(state);
        assertEquals(42, h.initialSeed());
        float[] again = new float[20];
        Distributions.normal(again, 0, 1, h);
        assertArrayEquals(first, again);
        Distributions.normal(x, 0, 1, h);
        assertEquals(cachedDraw, x[0]);
    }

    @Test
    void setStateChecksSizeAndValidity() {
        CpuGenerator g = new CpuGenerator();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.setState(new byte[10]));
        assertEquals("Expected either a CPUGeneratorImplStateLegacy of size 5048 or a CPUGeneratorImplState"
                + " of size 5056 but found the input RNG state size to be 10", e.getMessage());
        byte[] zeros = new byte[CpuGenerator.STATE_SIZE];
        assertThrows(IllegalArgumentException.class, () -> g.setState(zeros));
    }

    @Test
    void generatorsAreIndependent() {
        CpuGenerator a = new CpuGenerator().manualSeed(7);
        CpuGenerator b = new CpuGenerator().manualSeed(7);
        a.random();
        CpuGenerator c = a.copy();
        assertEquals(a.random(), c.random());
        assertEquals(new CpuGenerator(7).random(), b.random());
    }

    @Test
    void defaultGeneratorIsOneNonDeterministicallySeededInstance() {
        assertSame(CpuGenerator.defaultGenerator(), CpuGenerator.defaultGenerator());
        CpuGenerator g = new CpuGenerator();
        long s = g.seed();
        assertEquals(s, g.initialSeed());
        assertNotEquals(CpuGenerator.DEFAULT_SEED, s);
    }
}
