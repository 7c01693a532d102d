package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

import dev.kindling.tensor.random.CpuGenerator;

/**
 * In-place + - * / and fill_ on a large float32 tensor held as floats run in floats and leave it
 * as floats (hand-written SGD on a layer's weights, .grad accumulation), with the bits the double
 * loops give.
 */
class InPlaceFloatsTest {
    private static Tensor large(long seed) {
        return Torch.randn(new CpuGenerator(seed), 256, 784); // randn keeps a result this large as floats
    }

    /** The same op on a copy held as doubles: the reference. */
    private static Tensor inDoubles(Tensor t) {
        Tensor copy = t.detachCopy();
        copy.doubles(); // a writer's access: drops the floats
        assertNull(copy.elements.floats());
        return copy;
    }

    private static void assertSameValues(Tensor expected, Tensor actual, String what) {
        double[] e = expected.values();
        double[] a = actual.values();
        for (int i = 0; i < e.length; i++) {
            assertEquals(Double.doubleToLongBits(e[i]), Double.doubleToLongBits(a[i]), what + " at " + i);
        }
    }

    @Test
    void tensorOperandsGiveTheDoubleLoopsBitsAndStayFloats() {
        Tensor y = large(2);
        String[] names = {"add_", "sub_", "mul_", "div_"};
        BiFunction<Tensor, Tensor, Tensor>[] ops = new BiFunction[] {
            (BiFunction<Tensor, Tensor, Tensor>) (a, b) -> a.add_(b), (BiFunction<Tensor, Tensor, Tensor>) (a, b) -> a.sub_(b),
            (BiFunction<Tensor, Tensor, Tensor>) (a, b) -> a.mul_(b), (BiFunction<Tensor, Tensor, Tensor>) (a, b) -> a.div_(b)};
        for (int k = 0; k < ops.length; k++) {
            Tensor x = large(1);
            Tensor reference = inDoubles(x);
            int version = x.version();
            ops[k].apply(x, y);
            ops[k].apply(reference, y);
            assertNotNull(x.elements.floats(), names[k] + " left floats");
            assertEquals(version + 1, x.version(), names[k] + " bumps the version once");
            assertSameValues(reference, x, names[k]);
        }
    }

    @Test
    void scalarOperandsAndFillToo() {
        Tensor x = large(3);
        Tensor reference = inDoubles(x);
        for (Tensor t : new Tensor[] {x, reference}) {
            t.mul_(0.1);
            t.sub_(0.3);
            t.div_(7.0);
            t.add_(1L);
        }
        assertNotNull(x.elements.floats());
        assertSameValues(reference, x, "scalar ops");
        x.fill_(0.1);
        assertNotNull(x.elements.floats(), "fill_ keeps floats");
        assertEquals((double) 0.1f, x.values()[12345], 0);
    }

    /** A view taken before the write sees it, and a copy the gemm kept of the old values is not reused. */
    @Test
    void viewsAndProductsSeeTheWrite() {
        Tensor w = large(4);
        Tensor row = w.get(new Index[] {Index.at(3)});
        Tensor x = large(5).get(new Index[] {Index.slice(0L, 8L, null)});
        Tensor before = x.matmul(w.t());
        w.mul_(2.0);
        assertEquals(2 * (float) large(4).values()[3 * 784 + 7], row.values()[7], 0);
        Tensor after = x.matmul(w.t());
        assertEquals((float) (2 * before.values()[5]), after.values()[5], Math.ulp(2 * before.values()[5]) * 4);
    }
}
