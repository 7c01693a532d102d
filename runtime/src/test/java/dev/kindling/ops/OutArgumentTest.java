package dev.kindling.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/** out= as the registry declares and runs it, without the Python binder. */
class OutArgumentTest {
    @Test
    void aKeywordOnlyWrittenTensorIsTheOutput() {
        assertEquals(2, Schema.parse("add(Tensor self, Tensor other, *, Tensor(a!)? out=None) -> Tensor").outputSlot());
        assertEquals(-1, Schema.parse("add_(Tensor(a!) self, Tensor other) -> Tensor(a!)").outputSlot());
        assertEquals(-1, Schema.parse("exp(Tensor self) -> Tensor").outputSlot());
    }

    @Test
    void everyDeclaredOutIsOnAnOpReturningOneTensor() {
        int declared = 0;
        for (Op op : OpRegistry.standard().ops()) {
            for (Op.Overload o : op.overloads()) {
                if (o.schema().outputSlot() >= 0) {
                    declared++;
                    assertEquals("Tensor", o.schema().returns(), o.schema().toString());
                    assertTrue(o.schema().params().get(o.schema().outputSlot()).nullable(), o.schema().toString());
                }
            }
        }
        assertTrue(declared >= 60, "out= declared on " + declared + " overloads");
    }

    @Test
    void theResultIsWrittenIntoOutWhichIsReturned() {
        Op exp = OpRegistry.standard().find("exp");
        Op.Overload overload = exp.overloads().get(0);
        Tensor out = Torch.zeros(2);
        Object result = exp.call(overload, bound(overload, Torch.tensor(new double[] {0, 1}), out));
        assertSame(out, result);
        assertEquals(1, out.version());
        assertArrayEquals(new double[] {1, (float) Math.E}, out.toDoubleArray(), 1e-6);
    }

    @Test
    void aDtypeTheResultCannotBeCastToIsRefused() {
        Op exp = OpRegistry.standard().find("exp");
        Op.Overload overload = exp.overloads().get(0);
        Tensor out = Torch.full(new int[] {2}, 0, DType.INT64);
        KindlingError e = assertThrows(KindlingError.class,
                () -> exp.call(overload, bound(overload, Torch.tensor(new double[] {0, 1}), out)));
        assertEquals("result type Float can't be cast to the desired output type Long", e.getMessage());
        assertEquals(0, out.version());
    }

    private static OpArgs bound(Op.Overload overload, Tensor self, Tensor out) {
        return new OpArgs(overload.schema(), new Object[] {self, out}, new boolean[] {true, true});
    }
}
