package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.kindling.autograd.GradMode;
import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.random.CpuGenerator;

/**
 * Autograd semantics through the Java DSL: grad_fn names, accumulation, retain_graph, no_grad,
 * and PyTorch's error texts (recorded from the PyTorch build the conformance cases come from).
 */
class AutogradRulesTest {
    private static final String HINT = " Hint: enable anomaly detection to find the operation that failed to compute "
            + "its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).";

    private static Tensor leaf(double... v) {
        return Torch.tensor(v).requiresGrad_(true);
    }

    private static String error(Runnable r) {
        return assertThrows(KindlingError.class, r::run).getMessage();
    }

    @Test
    void theIssueExampleWorks() {
        Tensor w = Torch.randn(new CpuGenerator(0), 3).requiresGrad_(true);
        w.mul(w).sum().backward();
        assertEquals(w.detach().mul(2).toString(), w.grad().toString());
    }

    @Test
    void gradFnNames() {
        Tensor x = leaf(1, 2);
        assertEquals("tensor(1., grad_fn=<SelectBackward0>)", x.get(Index.at(0)).toString());
        assertEquals("tensor([1.], grad_fn=<SliceBackward0>)", x.get(Index.slice(0L, 1L, null)).toString());
        assertEquals("tensor([1.], grad_fn=<IndexBackward0>)", x.get(Index.tensor(Torch.tensor(new long[] {0}))).toString());
        assertEquals("tensor([1., 2.], grad_fn=<ViewBackward0>)", x.view(2).toString());
        assertEquals("tensor([1., 2.], grad_fn=<TBackward0>)", x.t().toString());
        assertEquals("tensor(3., grad_fn=<SumBackward0>)", x.sum().toString());
        assertEquals("tensor(3., grad_fn=<SumBackward1>)", x.sum(0, false).toString());
        assertEquals("tensor(1.5000, grad_fn=<MeanBackward0>)", x.mean().toString());
        assertEquals("tensor(1.5000, grad_fn=<MeanBackward1>)", x.mean(new int[] {0}, false).toString());
        assertEquals("SigmoidBackward0", x.sigmoid().gradFn().name());
        assertEquals("MulBackward0", x.sigmoid().mul(3).gradFn().name());
    }

    @Test
    void leavesAccumulateAndStartWithoutGrad() {
        Tensor x = leaf(1, 2);
        assertNull(x.grad());
        assertTrue(x.isLeaf());
        assertFalse(x.mul(2).isLeaf());
        x.mul(3).sum().backward();
        x.mul(3).sum().backward();
        assertEquals("tensor([6., 6.])", x.grad().toString());
        assertFalse(x.detach().requiresGrad());
        assertEquals("tensor([1., 2.])", x.data().toString());
    }

    @Test
    void inPlaceOnANonLeafIsRecorded() {
        Tensor x = leaf(1, 1, 1);
        Tensor y = x.mul(2);
        y.add_(1);
        assertEquals("tensor([3., 3., 3.], grad_fn=<AddBackward0>)", y.toString());
        y.sum().backward();
        assertEquals("tensor([2., 2., 2.])", x.grad().toString());
    }

    @Test
    void noGradIsThreadLocalAndRestored() {
        Tensor x = leaf(1, 2);
        Tensor y = GradMode.withoutGrad(() -> x.mul(2));
        assertFalse(y.requiresGrad());
        assertTrue(GradMode.isEnabled());
        boolean previous = GradMode.set(false);
        try {
            x.add_(1);
            assertEquals("tensor([2., 3.], requires_grad=True)", x.toString());
        } finally {
            GradMode.set(previous);
        }
    }

    @Test
    void errorTexts() {
        assertEquals("grad can be implicitly created only for scalar outputs", error(() -> leaf(1, 2).mul(2).backward()));
        assertEquals("element 0 of tensors does not require grad and does not have a grad_fn",
                error(() -> Torch.ones(2).sum().backward()));
        assertEquals("a leaf Variable that requires grad is being used in an in-place operation.",
                error(() -> leaf(1, 2).add_(1)));
        Tensor x = leaf(1, 2);
        Tensor y = x.mul(x).sum();
        y.backward();
        assertEquals("Trying to backward through the graph a second time (or directly access saved tensors after they "
                + "have already been freed). Saved intermediate values of the graph are freed when you call .backward() "
                + "or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time "
                + "or if you need to access saved tensors after calling backward.", error(y::backward));
    }

    @Test
    void accumulationAddsIntoTheSameGradTensorAsPyTorchDoes() {
        Tensor w = leaf(1, 1);
        w.mul(2).sum().backward();
        Tensor held = w.grad();
        int version = held.version();
        w.mul(3).sum().backward();
        assertSame(held, w.grad());
        assertEquals("tensor([5., 5.])", held.toString());
        assertEquals(version + 1, held.version());
        Tensor b = Torch.ones(1, 3).requiresGrad_(true); // a broadcast input: the reduced gradient is added
        b.mul(Torch.ones(4, 3)).sum().backward();
        Tensor first = b.grad();
        b.mul(Torch.ones(4, 3)).sum().backward();
        assertSame(first, b.grad());
        assertEquals("tensor([[8., 8., 8.]])", first.toString());
    }

    @Test
    void backwardOptionsKindlingLacksAreRefusedNotIgnored() {
        String script = "import torch\nw = torch.ones(2, requires_grad=True)\n";
        assertTrue(dev.kindling.lang.Scripts.run(script + "(w * 2).sum().backward(create_graph=True)")
                .endsWith("NotImplementedError: backward(create_graph=True): Kindling's autograd does not record the "
                        + "backward pass, so higher-order gradients are not available\n"));
        assertTrue(dev.kindling.lang.Scripts.run(script + "(w * 2).sum().backward(inputs=[w])")
                .contains("NotImplementedError: backward(inputs=...)"));
    }

    @Test
    void retainGraphAllowsASecondBackward() {
        Tensor x = leaf(1, 2);
        Tensor y = x.mul(x).sum();
        y.backward(null, true);
        y.backward(null, false);
        assertEquals("tensor([4., 8.])", x.grad().toString());
    }

    @Test
    void versionCountersCatchModifiedSavedTensors() {
        Tensor x = Torch.ones(3);
        Tensor w = Torch.ones(3).requiresGrad_(true);
        Tensor z = w.mul(x).sum();
        x.add_(1);
        assertEquals("one of the variables needed for gradient computation has been modified by an inplace operation: "
                + "[torch.FloatTensor [3]] is at version 1; expected version 0 instead." + HINT, error(z::backward));

        Tensor a = Torch.ones(3).requiresGrad_(true);
        Tensor b = a.mul(1);
        Tensor c = b.mul(b);
        b.add_(1);
        assertEquals("one of the variables needed for gradient computation has been modified by an inplace operation: "
                + "[torch.FloatTensor [3]], which is output 0 of Add, is at version 1; expected version 0 instead." + HINT,
                error(() -> c.sum().backward()));
    }

    @Test
    void savedOutputsAreCheckedToo() {
        Tensor x = Torch.ones(2, 2).requiresGrad_(true);
        Tensor y = x.exp();
        y.add_(1);
        assertEquals("one of the variables needed for gradient computation has been modified by an inplace operation: "
                + "[torch.FloatTensor [2, 2]], which is output 0 of Exp, is at version 1; expected version 0 instead."
                + HINT, error(() -> y.sum().backward()));
        Tensor a = Torch.ones(2).requiresGrad_(true);
        Tensor b = a.mul(1);
        Tensor e = b.exp();
        b.add_(1);
        e.sum().backward();
        assertEquals("tensor([2.7183, 2.7183])", a.grad().toString(), "exp saves its output, not its input");
    }

    @Test
    void normHasItsOwnNodeAndGradient() {
        Tensor x = leaf(3, 4);
        Tensor y = x.norm();
        assertEquals("tensor(5., grad_fn=<LinalgVectorNormBackward0>)", y.toString());
        y.backward();
        assertEquals("tensor([0.6000, 0.8000])", x.grad().toString());
        Tensor r = Torch.randn(new CpuGenerator(3), 2, 3).to(DType.FLOAT64).requiresGrad_(true);
        assertTrue(dev.kindling.autograd.GradCheck.check(in -> in.get(0).norm(), java.util.List.of(r)));
    }

    @Test
    void longChainsDoNotOverflowTheStack() {
        Tensor x = leaf(1);
        Tensor y = x;
        for (int i = 0; i < 100_000; i++) {
            y = y.mul(1);
        }
        y.sum().backward();
        assertEquals("tensor([1.])", x.grad().toString());
    }
}
