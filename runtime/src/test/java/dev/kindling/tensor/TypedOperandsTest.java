package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Tensor's typed operands (a long is a Python int, a double a Python float, a boolean a bool) give
 * what the binding's form gives, an operand wrapped with {@link Torch#asTensor(Object)}: the same
 * dtype, shape and bits.
 */
class TypedOperandsTest {
    private static final Tensor INTS = Torch.tensor(new long[] {1, 2, 3});
    private static final Tensor FLOATS = Torch.tensor(new double[] {0.5, -1.25, 3});

    @Test
    void aPythonIntKeepsAnIntTensorInt64() {
        assertSameResult(INTS.add(Torch.asTensor(2L)), INTS.add(2L));
        assertEquals(DType.INT64, INTS.add(2L).dtype());
        assertEquals(DType.INT64, INTS.add(2).dtype());   // an int literal is a Python int too
        assertSameResult(INTS.mul(Torch.asTensor(3L)), INTS.mul(3L));
        assertSameResult(INTS.floorDivide(Torch.asTensor(2L)), INTS.floorDivide(2L));
        assertSameResult(INTS.remainder(Torch.asTensor(-2L)), INTS.remainder(-2L));
        assertSameResult(INTS.pow(Torch.asTensor(2L)), INTS.pow(2L));
        assertSameResult(INTS.bitwiseXor(Torch.asTensor(1L)), INTS.bitwiseXor(1L));
    }

    @Test
    void aPythonFloatMakesAnIntTensorFloat32() {
        assertSameResult(INTS.add(Torch.asTensor(2.0)), INTS.add(2.0));
        assertEquals(DType.FLOAT32, INTS.add(2.0).dtype());
        assertSameResult(INTS.sub(Torch.asTensor(0.5)), INTS.sub(0.5));
        assertSameResult(INTS.div(Torch.asTensor(2L)), INTS.div(2L));
        assertEquals(DType.FLOAT32, INTS.div(2L).dtype());
        assertSameResult(FLOATS.pow(Torch.asTensor(0.5)), FLOATS.pow(0.5));
        assertSameResult(FLOATS.add(Torch.asTensor(1.0), 0.5), FLOATS.add(Torch.tensor(new double[] {1}), 0.5));
    }

    @Test
    void tensorsBroadcast() {
        Tensor column = Torch.tensor(List.of(List.of(10.0), List.of(20.0)));
        Tensor sum = FLOATS.add(column);
        assertEquals("tensor([[10.5000,  8.7500, 13.0000],\n        [20.5000, 18.7500, 23.0000]])", sum.toString());
        assertSameResult(column.add(FLOATS), sum);
        assertEquals(DType.FLOAT32, INTS.mul(FLOATS).dtype());
    }

    @Test
    void comparisonsTakeIntsFloatsAndBools() {
        assertSameResult(INTS.lt(Torch.asTensor(2L)), INTS.lt(2L));
        assertSameResult(INTS.ge(Torch.asTensor(1.5)), INTS.ge(1.5));
        assertSameResult(FLOATS.eq(Torch.asTensor(3L)), FLOATS.eq(3L));
        assertSameResult(FLOATS.ne(Torch.asTensor(0.5)), FLOATS.ne(0.5));
        assertSameResult(INTS.gt(Torch.asTensor(2L)), INTS.gt(2));
        assertEquals("tensor([False,  True,  True])", INTS.gt(1.5).toString());
        Tensor bools = Torch.tensor(List.of(true, false));
        assertSameResult(bools.eq(Torch.asTensor(true)), bools.eq(true));
        assertSameResult(bools.bitwiseAnd(Torch.asTensor(true)), bools.bitwiseAnd(true));
    }

    @Test
    void inPlaceFormsChangeSelfAsTheBindingsFormDoes() {
        for (double operand : new double[] {2.0, -0.1}) {
            Tensor typed = FLOATS.clone();
            assertSame(typed, typed.add_(operand));
            assertSameResult(FLOATS.clone().add_(Torch.asTensor(operand)), typed);
            assertSameResult(FLOATS.add(operand), typed);
        }
        assertSameResult(FLOATS.clone().sub_(Torch.asTensor(3L)), FLOATS.clone().sub_(3L));
        assertSameResult(FLOATS.clone().mul_(Torch.asTensor(0.1)), FLOATS.clone().mul_(0.1));
        assertSameResult(FLOATS.clone().div_(Torch.asTensor(3L)), FLOATS.clone().div_(3L));
        assertSameResult(FLOATS.clone().pow_(Torch.asTensor(2L)), FLOATS.clone().pow_(2L));
        assertSameResult(FLOATS.clone().add_(Torch.asTensor(1.0), 0.5), FLOATS.clone().add_(Torch.ones(3), 0.5));
        Tensor ints = INTS.clone();
        assertSame(ints, ints.add_(2L));
        assertEquals("tensor([3, 4, 5])", ints.toString());
    }

    private static void assertSameResult(Tensor expected, Tensor actual) {
        assertEquals(expected.dtype(), actual.dtype());
        assertEquals(expected.shape(), actual.shape());
        double[] want = expected.doubles();
        double[] got = actual.doubles();
        assertEquals(want.length, got.length);
        for (int i = 0; i < want.length; i++) {
            assertEquals(Double.doubleToRawLongBits(want[i]), Double.doubleToRawLongBits(got[i]), "element " + i);
        }
        assertArrayEquals(expected.shape, actual.shape);
        assertEquals(expected.toString(), actual.toString());
    }
}
