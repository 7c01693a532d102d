package dev.kindling.ops;

import java.util.function.Supplier;

import dev.kindling.autograd.GradMode;
import dev.kindling.autograd.Node;
import dev.kindling.tensor.Tensor;

/**
 * An op declared as a composition of other ops that autograd sees as one node, as PyTorch does:
 * the forward runs with grad mode off (so its pieces record nothing) and the result gets the
 * declared node and rule, the rule written beside the forward as {@code derivatives.yaml} does.
 *
 * <pre>{@code
 * Tensor x = Torch.tensor(new double[] {1, 2}).requiresGrad_(true);
 * Tensor y = Composite.of("MulBackward0", new Tensor[] {x}, () -> x.add(x), g -> new Tensor[] {g.mul(2)});
 * y.sum().backward();   // x.grad() is tensor([2., 2.]), from the one rule, not add's
 * }</pre>
 */
public final class Composite {
    private Composite() {}

    /** The forward's fresh result (never one of the inputs) as the output of node {@code gradFn}. */
    public static Tensor of(String gradFn, Tensor[] inputs, Supplier<Tensor> forward, Node.Rule backward) {
        return GradMode.withoutGrad(forward).recordedAs(gradFn, inputs, backward);
    }
}
