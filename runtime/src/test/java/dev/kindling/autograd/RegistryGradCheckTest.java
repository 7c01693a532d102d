package dev.kindling.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.kindling.ops.Op;
import dev.kindling.ops.OpRegistry;
import dev.kindling.ops.Variant;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.TorchState;
import dev.kindling.tensor.random.CpuGenerator;

/**
 * gradcheck for every op the registry declares differentiable ({@code gradFn() != null}), on
 * arguments built from its schema ({@link RegistrySamples}): the forward records the declared
 * autograd node, the gradient matches central finite differences in float64, and the float32
 * forward agrees with the float64 one.
 */
class RegistryGradCheckTest {
    /** float32 against float64: a few float32 roundings of values of order 1. */
    private static final double FLOAT32_TOLERANCE = 1e-5;

    @TestFactory
    Stream<DynamicTest> everyDifferentiableOp() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Op op : OpRegistry.standard().all()) {
            if (op.gradFn() != null) {
                boolean functional = op.variants().contains(Variant.FUNCTIONAL);
                String label = (functional ? "F." : "") + op.name() + " (" + op.gradFn() + ")";
                // a torch state of its own: the samples reseed its default generator
                tests.add(DynamicTest.dynamicTest(label, () -> new TorchState().call(() -> check(op, functional))));
            }
        }
        assertFalse(tests.isEmpty(), "the registry declares no differentiable op");
        return tests.stream();
    }

    private static boolean check(Op op, boolean functional) {
        RegistrySamples samples = RegistrySamples.of(op, functional);
        List<Tensor> leaves = samples.leaves(new CpuGenerator(op.name().hashCode()));
        assertFalse(leaves.isEmpty(), op.name() + ": no Tensor parameter to differentiate");
        Tensor out = samples.apply(leaves);
        assertNotNull(out.gradFn(), op.name() + " recorded no grad_fn");
        assertEquals(op.gradFn(), out.gradFn().name(), op.name() + "'s declared grad_fn");
        assertTrue(GradCheck.check(samples::apply, leaves), op.name());
        assertFloat32Agrees(op, samples, leaves, out);
        return true;
    }

    private static void assertFloat32Agrees(Op op, RegistrySamples samples, List<Tensor> leaves, Tensor out64) {
        List<Tensor> singles = new ArrayList<>();
        for (Tensor t : leaves) {
            singles.add(t.detach().to(DType.FLOAT32));
        }
        Tensor out32 = samples.apply(singles);
        assertEquals(out64.shape(), out32.shape(), op.name() + ": float32 shape");
        for (int i = 0; i < out64.numel(); i++) {
            double expected = out64.at(i);
            double actual = out32.at(i);
            assertTrue(Math.abs(expected - actual) <= FLOAT32_TOLERANCE * (1 + Math.abs(expected)),
                    op.name() + ": float32 element " + i + " is " + actual + ", float64 gives " + expected);
        }
    }
}
