package dev.kindling.autograd;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.Tensor;

/**
 * A node of the backward graph ({@code grad_fn}): the op that made a tensor, its inputs, and the
 * rule that turns the gradient of the output into gradients of the inputs. The rule is written
 * beside the op's forward code. Named as PyTorch names them ({@code MulBackward0}).
 */
public final class Node {
    /** The backward rule: gradients for each input (null where an input needs none). */
    @FunctionalInterface
    public interface Rule {
        Tensor[] apply(Tensor gradOutput);
    }

    private static final String FREED = "Trying to backward through the graph a second time (or directly access "
            + "saved tensors after they have already been freed). Saved intermediate values of the graph are freed "
            + "when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward "
            + "through the graph a second time or if you need to access saved tensors after calling backward.";

    private final String name;
    private final Tensor[] inputs;
    private final int[] inputVersions;
    private Rule rule;
    private final boolean savesTensors;

    public Node(String name, Tensor[] inputs, Rule rule, boolean savesTensors) {
        this.name = name;
        this.inputs = inputs;
        this.rule = rule;
        this.savesTensors = savesTensors;
        this.inputVersions = new int[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            inputVersions[i] = inputs[i] == null ? 0 : inputs[i].version();
        }
    }

    public String name() {
        return name;
    }

    /** The tensors this op read; gradients flow to those that require grad. */
    public Tensor[] inputs() {
        return inputs;
    }

    Tensor[] apply(Tensor gradOutput) {
        if (rule == null) {
            throw KindlingError.runtimeError(FREED);
        }
        if (savesTensors) {
            for (int i = 0; i < inputs.length; i++) {
                if (inputs[i] != null && inputs[i].version() != inputVersions[i]) {
                    throw KindlingError.runtimeError("one of the variables needed for gradient computation has been "
                            + "modified by an inplace operation: [" + inputs[i].typeDescription() + " "
                            + inputs[i].size() + "], which is output 0 of " + producer(inputs[i]) + ", is at version "
                            + inputs[i].version() + "; expected version " + inputVersions[i]
                            + " instead. Hint: enable anomaly detection to find the operation that failed to compute "
                            + "its gradient, with torch.autograd.set_detect_anomaly(True).");
                }
            }
        }
        return rule.apply(gradOutput);
    }

    private static String producer(Tensor t) {
        return t.gradFn() != null ? t.gradFn().name() : "AsStridedBackward0";
    }

    /** Drops the saved tensors after backward, unless the graph is retained. */
    void release() {
        if (savesTensors) {
            rule = null;
        }
    }

    @Override
    public String toString() {
        return "<" + name + " object>";
    }
}
