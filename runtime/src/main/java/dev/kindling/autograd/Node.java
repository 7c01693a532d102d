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
    /** Set for ops whose rule reads only their output: the inputs may then change freely. */
    private Tensor savedOutput;
    private int savedOutputVersion;
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
        if (savesTensors && savedOutput == null) {
            for (int i = 0; i < inputs.length; i++) {
                if (inputs[i] != null && inputs[i].version() != inputVersions[i]) {
                    Node producer = inputs[i].gradFn();
                    throw modified(inputs[i], producer == null ? null : producer.name, inputVersions[i]);
                }
            }
        }
        if (savedOutput != null && savedOutput.version() != savedOutputVersion) {
            throw modified(savedOutput, name, savedOutputVersion);
        }
        return rule.apply(gradOutput);
    }

    /**
     * PyTorch's error for a saved tensor changed in place; {@code producer} names the node whose
     * output it is (null for a leaf), shown without its "Backward0" suffix as PyTorch does.
     */
    private static KindlingError modified(Tensor t, String producer, int expected) {
        String of = producer == null ? "" : ", which is output 0 of " + producer.replaceFirst("Backward\\d*$", "") + ",";
        return KindlingError.runtimeError("one of the variables needed for gradient computation has been modified by an "
                + "inplace operation: [" + t.typeDescription() + " " + java.util.Arrays.toString(t.size().toArray())
                + "]" + of + " is at version " + t.version() + "; expected version " + expected + " instead. Hint: "
                + "enable anomaly detection to find the operation that failed to compute its gradient, with "
                + "torch.autograd.set_detect_anomaly(True, check_nan=False).");
    }

    /**
     * Records that the rule reads the op's own output (exp, sigmoid, tanh...) and not its inputs,
     * as PyTorch's saved variables do: an in-place change to that output before backward is an
     * error, one to the input is not.
     */
    public Node savingOutput(Tensor output) {
        savedOutput = output;
        savedOutputVersion = output.version();
        return this;
    }

    /** Drops the saved tensors after backward, unless the graph is retained. */
    void release() {
        if (savesTensors) {
            rule = null;
            savedOutput = null;
        }
    }

    @Override
    public String toString() {
        return "<" + name + " object>";
    }
}
