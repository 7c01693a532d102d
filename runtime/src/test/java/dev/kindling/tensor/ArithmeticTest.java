package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Arithmetic's loops give bit for bit what the general map2 loop gives (float32 and float64,
 * same shapes and single-element operands on either side, NaN, infinities, signed zeros,
 * subnormals), out of place and in place, and step aside where they do not apply.
 */
class ArithmeticTest {
    private static final double[] SPECIAL = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MAX_VALUE, 1e-40, 3.0};

    private static Tensor random(Random rng, DType t, int... shape) {
        double[] v = new double[Shapes.numel(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = t.cast(rng.nextInt(4) == 0 ? SPECIAL[rng.nextInt(SPECIAL.length)] : rng.nextGaussian() * 100);
        }
        return new Tensor(v, shape, t);
    }

    @Test
    void outOfPlaceMatchesTheGeneralLoop() {
        Random rng = new Random(11);
        for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            for (Arithmetic.Op op : Arithmetic.Op.values()) {
                for (int round = 0; round < 50; round++) {
                    Tensor a = random(rng, t, 7, 5);
                    Tensor[] others = {random(rng, t, 7, 5), random(rng, t), random(rng, t, 1, 1)};
                    for (Tensor b : others) {
                        assertSameElements(Pointwise.map2(a, b, t, t, op::apply), Arithmetic.apply(a, b, t, op));
                        assertSameElements(Pointwise.map2(b, a, t, t, op::apply), Arithmetic.apply(b, a, t, op));
                    }
                    // rows broadcast down: a bias, a per-feature mean, a batch of matrices and one matrix
                    Tensor batch = random(rng, t, 4, 7, 5);
                    Tensor[][] pairs = {{a, random(rng, t, 5)}, {a, random(rng, t, 1, 5)}, {a, random(rng, t, 1, 1, 5)},
                        {batch, random(rng, t, 7, 5)}, {batch, random(rng, t, 1, 5)}};
                    for (Tensor[] pair : pairs) {
                        assertSameElements(Pointwise.map2(pair[0], pair[1], t, t, op::apply),
                                Arithmetic.apply(pair[0], pair[1], t, op));
                    }
                }
            }
        }
    }

    /** The same tensor's values kept as floats (as a gemm's result or randn's output keeps them). */
    private static Tensor keptAsFloats(Tensor t) {
        float[] f = new float[t.numel()];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) t.at(i);
        }
        return new Tensor(Elements.ofFloats(f), t.shape.clone(), DType.FLOAT32);
    }

    /** Large float32 operands kept as floats go through float loops: bit for bit the double loops' results. */
    @Test
    void operandsKeptAsFloatsGiveTheSameBits() {
        Random rng = new Random(13);
        DType t = DType.FLOAT32;
        int rows = 256;
        int cols = 160;
        assertTrue(Elements.keepsFloats(t, (long) rows * cols));
        for (Arithmetic.Op op : Arithmetic.Op.values()) {
            Tensor a = random(rng, t, rows, cols);
            Tensor[] others = {random(rng, t, rows, cols), random(rng, t), random(rng, t, cols), random(rng, t, 1, cols)};
            for (Tensor b : others) {
                Tensor expected = Pointwise.map2(a, b, t, t, op::apply);
                Tensor[][] forms = {{keptAsFloats(a), b}, {keptAsFloats(a), b.numel() > 1 ? keptAsFloats(b) : b}};
                for (Tensor[] form : forms) {
                    Tensor actual = Arithmetic.apply(form[0], form[1], t, op);
                    assertNotNull(actual.elements.floats(), "kept as floats");
                    assertSameElements(expected, actual);
                }
            }
            Tensor scalar = random(rng, t);
            assertSameElements(Pointwise.map2(scalar, a, t, t, op::apply), Arithmetic.apply(scalar, keptAsFloats(a), t, op));
        }
        Tensor x = random(rng, t, rows, cols);
        assertSameElements(x.relu(), keptAsFloats(x).relu());
        assertNotNull(keptAsFloats(x).relu().elements.floats());
        assertEquals(Double.doubleToLongBits(x.sum().at(0)), Double.doubleToLongBits(keptAsFloats(x).sum().at(0)));
        Tensor positive = x.abs();
        assertSameElements(positive.sqrt(), keptAsFloats(positive).sqrt());
    }

    @Test
    void inPlaceMatchesTheGeneralPath() {
        Random rng = new Random(12);
        for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            for (Arithmetic.Op op : Arithmetic.Op.values()) {
                for (int round = 0; round < 50; round++) {
                    Tensor a = random(rng, t, 4, 6);
                    Object[] others = {random(rng, t, 4, 6), random(rng, t), 0.1, 3L, -0.0};
                    for (Object b : others) {
                        Tensor expected = Pointwise.map2(a, Torch.asTensor(b), t, t, op::apply);
                        Tensor target = a.clone();
                        int version = target.version();
                        assertSame(target, Arithmetic.applyInPlace(target, Torch.asTensor(b), op));
                        assertSameElements(expected, target);
                        assertEquals(version + 1, target.version());
                    }
                }
            }
        }
    }

    @Test
    void stepsAsideWhereItDoesNotApply() {
        Tensor f = Torch.tensor(new double[] {1, 2, 3});
        Tensor ints = Torch.tensor(new long[] {1, 2, 3});
        assertNull(Arithmetic.apply(ints, ints, DType.INT64, Arithmetic.Op.ADD));
        assertNull(Arithmetic.apply(f, Torch.ones(2, 3), DType.FLOAT32, Arithmetic.Op.ADD)); // the left one broadcasts
        assertNull(Arithmetic.apply(Torch.ones(3, 2), Torch.ones(3, 1), DType.FLOAT32, Arithmetic.Op.ADD)); // a column
        assertNull(Arithmetic.applyInPlace(f, f.to(DType.FLOAT64), Arithmetic.Op.ADD)); // another dtype
        assertNull(Arithmetic.applyInPlace(Torch.ones(3).requiresGrad_(true), Torch.asTensor(1.0), Arithmetic.Op.MUL)); // recorded
        assertNull(Arithmetic.applyInPlace(f, Torch.asTensor(true), Arithmetic.Op.ADD));
        assertNotNull(Arithmetic.applyInPlace(f, Torch.asTensor(2L), Arithmetic.Op.MUL));
        assertArrayEquals(new double[] {2, 4, 6}, f.doubles());
    }

    private static void assertSameElements(Tensor expected, Tensor actual) {
        assertNotNull(actual);
        assertArrayEquals(expected.shape, actual.shape);
        assertEquals(expected.dtype, actual.dtype);
        for (int i = 0; i < expected.numel(); i++) {
            assertEquals(Double.doubleToLongBits(expected.doubles()[i]), Double.doubleToLongBits(actual.doubles()[i]),
                    "element " + i + ": " + expected.doubles()[i] + " vs " + actual.doubles()[i]);
        }
    }
}
