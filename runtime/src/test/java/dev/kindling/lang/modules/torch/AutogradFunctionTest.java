package dev.kindling.lang.modules.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.kindling.lang.Scripts;

/**
 * A script's torch.autograd.Function: gradcheck in float64 through it, its ctx as the grad_fn,
 * retained graphs, in-place changes to what it saved, and the one-differentiable-output limit.
 */
class AutogradFunctionTest {
    private static final String CUBIC = """
            import torch
            class Cubic(torch.autograd.Function):
                @staticmethod
                def forward(ctx, z):
                    ctx.save_for_backward(z)
                    return 0.5 * (5 * z ** 3 - 3 * z)
                @staticmethod
                def backward(ctx, grad):
                    z, = ctx.saved_tensors
                    return grad * 1.5 * (5 * z ** 2 - 1)
            class Wrong(Cubic):
                @staticmethod
                def backward(ctx, grad):
                    z, = ctx.saved_tensors
                    return grad * 1.5 * (5 * z ** 2)
            z = torch.tensor([0.3, -1.2, 2.0], dtype=torch.float64, requires_grad=True)
            """;

    @Test
    void gradcheckPassesInFloat64ThroughACorrectFunction() {
        assertEquals("True\n", Scripts.run(CUBIC + "print(torch.autograd.gradcheck(Cubic.apply, (z,)))"));
    }

    @Test
    void gradcheckCatchesAWrongBackward() {
        assertEquals("False\n", Scripts.run(CUBIC
                + "print(torch.autograd.gradcheck(Wrong.apply, (z,), raise_exception=False))"));
        assertTrue(Scripts.run(CUBIC + "torch.autograd.gradcheck(Wrong.apply, (z,))")
                .contains("RuntimeError: Jacobian mismatch for output 0 with respect to input 0"));
    }

    @Test
    void theCtxForwardFilledIsTheGradFn() {
        assertEquals("True True\n", Scripts.run("""
                import torch
                seen = []
                class Keep(torch.autograd.Function):
                    @staticmethod
                    def forward(ctx, a):
                        seen.append(ctx)
                        return a * 3
                    @staticmethod
                    def backward(ctx, g):
                        return g * 3
                a = torch.ones(2, requires_grad=True)
                y = Keep.apply(a)
                print(y.grad_fn is seen[0], type(y.grad_fn) is Keep._backward_cls)
                """));
    }

    @Test
    void aRetainedGraphRunsBackwardTwiceAndSavedTensorsStayReadable() {
        assertEquals("tensor([12., 12.], dtype=torch.float64) 1\n", Scripts.run(CUBIC.replace("[0.3, -1.2, 2.0]", "[1.0, 1.0]") + """
                y = Cubic.apply(z).sum()
                y.backward(retain_graph=True)
                kept = len(y.grad_fn.next_functions[0][0].saved_tensors)
                y.backward()
                print(z.grad, kept)
                """));
    }

    @Test
    void changingASavedInputInPlaceBeforeBackwardIsPyTorchsError() {
        String error = Scripts.error(CUBIC + """
                a = z * 1
                y = Cubic.apply(a)
                with torch.no_grad():
                    a.add_(1)
                y.sum().backward()
                """);
        assertTrue(error.startsWith("RuntimeError: one of the variables needed for gradient computation has been "
                + "modified by an inplace operation"), error);
    }

    @Test
    void twoDifferentiableOutputsAreRefusedWithTheReason() {
        assertEquals("NotImplementedError: Kindling's autograd.Function supports one differentiable output; mark "
                + "the others with ctx.mark_non_differentiable", Scripts.error("""
                import torch
                class Two(torch.autograd.Function):
                    @staticmethod
                    def forward(ctx, a):
                        return a * 2, a * 3
                Two.apply(torch.ones(2, requires_grad=True))
                """));
    }
}
