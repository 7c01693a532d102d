package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import java.util.function.DoubleBinaryOperator;

import org.junit.jupiter.api.Test;

/**
 * Comparisons' loops and where's select give what the general element loop gives, on values with
 * ties, NaN, infinities and signed zeros, and the loops step aside where they do not apply.
 */
class ComparisonsTest {
    private static final double[] VALUES = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, 1.5, -1.5, 2.0, Float.MIN_VALUE};
    private static final String[] OPS = {"eq", "ne", "lt", "le", "gt", "ge"};
    private static final DoubleBinaryOperator[] REFERENCE = {(x, y) -> x == y ? 1 : 0, (x, y) -> x != y ? 1 : 0,
        (x, y) -> x < y ? 1 : 0, (x, y) -> x <= y ? 1 : 0, (x, y) -> x > y ? 1 : 0, (x, y) -> x >= y ? 1 : 0};

    private static Tensor pick(Random rng, DType t, int... shape) {
        double[] v = new double[Shapes.numel(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = t.cast(VALUES[rng.nextInt(VALUES.length)]);
        }
        return new Tensor(v, shape, t);
    }

    @Test
    void matchTheGeneralLoop() {
        Random rng = new Random(5);
        for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            for (int k = 0; k < OPS.length; k++) {
                for (int round = 0; round < 20; round++) {
                    Tensor a = pick(rng, t, 6, 7);
                    for (Tensor b : new Tensor[] {pick(rng, t, 6, 7), pick(rng, t), pick(rng, DType.FLOAT64)}) {
                        Tensor expected = Pointwise.map2(a, b, t, DType.BOOL, REFERENCE[k]);
                        Tensor actual = Comparisons.apply(a, b, t, OPS[k]);
                        assertNotNull(actual);
                        assertEquals(DType.BOOL, actual.dtype);
                        assertArrayEquals(expected.shape, actual.shape);
                        assertArrayEquals(expected.doubles(), actual.doubles(), OPS[k] + " " + t);
                    }
                }
            }
        }
        Tensor f = pick(rng, DType.FLOAT32, 3);
        assertNull(Comparisons.apply(f, pick(rng, DType.FLOAT32, 2, 3), DType.FLOAT32, "gt")); // a real broadcast
        assertNull(Comparisons.apply(f, f, DType.FLOAT64, "gt")); // compared in another dtype
    }

    @Test
    void whereSelectsTheSameBits() {
        Random rng = new Random(6);
        for (int round = 0; round < 50; round++) {
            Tensor x = pick(rng, DType.FLOAT32, 5, 4);
            Tensor y = pick(rng, DType.FLOAT32, 5, 4);
            Tensor c = Pointwise.map1(pick(rng, DType.FLOAT64, 5, 4), DType.BOOL, v -> v > 0 ? 1 : 0);
            Tensor w = Pointwise.where(c, x, y);
            for (int i = 0; i < w.numel(); i++) {
                double expected = c.doubles()[i] != 0 ? x.doubles()[i] : y.doubles()[i];
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(w.doubles()[i]));
            }
        }
    }
}
