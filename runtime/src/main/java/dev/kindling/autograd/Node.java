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

    /** PyTorch's error for a node whose saved tensors backward has freed. */
    public static final String FREED = "Trying to backward through the graph a second time (or directly access "
            + "saved tensors after they have already been freed). Saved intermediate values of the graph are freed "
            + "when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward "
            + "through the graph a second time or if you need to access saved tensors after calling backward.";

    private final String name;
    private final Tensor[] inputs;
    private final int[] inputVersions;
    /**
     * Where each input's gradient goes: the node that produced the input, as it was when this node
     * was recorded. Taken then, not at backward time, because an in-place op later gives the same
     * tensor a new history (PyTorch's edges point at nodes, not tensors, for the same reason).
     */
    private final Node[] edges;
    /** Whether each input required grad when this node was recorded; a leaf gets its .grad then. */
    private final boolean[] needsGrad;
    private Rule rule;
    /** Set for ops whose rule reads only their output: the inputs may then change freely. */
    private Tensor savedOutput;
    private int savedOutputVersion;
    private final boolean savesTensors;
    private final boolean[] saved;
    private java.util.List<Tensor> retaining;
    /** What scripts see as this node when one of their own Functions made it (its ctx); null for built-in ops. */
    private Object face;

    public Node(String name, Tensor[] inputs, Rule rule, boolean savesTensors) {
        this(name, inputs, rule, savesTensors ? null : new boolean[inputs.length]);
    }

    /**
     * A node whose backward reads the inputs marked in {@code saved} (null: all of them). Only
     * those are checked for in-place changes: {@code a * 2} keeps no copy of {@code a}, so
     * changing {@code a} afterwards is fine, as in PyTorch.
     */
    public Node(String name, Tensor[] inputs, Rule rule, boolean[] saved) {
        this.name = name;
        this.inputs = inputs;
        this.rule = rule;
        this.saved = saved;
        this.savesTensors = saved == null || anyTrue(saved);
        this.inputVersions = new int[inputs.length];
        this.edges = new Node[inputs.length];
        this.needsGrad = new boolean[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            Tensor in = inputs[i];
            inputVersions[i] = in == null ? 0 : in.version();
            needsGrad[i] = in != null && in.requiresGrad();
            edges[i] = needsGrad[i] ? in.gradFn() : null;
        }
    }

    private static boolean anyTrue(boolean[] flags) {
        for (boolean f : flags) {
            if (f) {
                return true;
            }
        }
        return false;
    }

    public String name() {
        return name;
    }

    /** The tensors this op read; gradients flow to those that require grad. */
    public Tensor[] inputs() {
        return inputs;
    }

    /** The node input i's gradient flows to (null for a leaf or an input that needs no gradient). */
    public Node edge(int i) {
        return edges[i];
    }

    /** Whether input i required grad when this node was recorded. */
    public boolean needsGrad(int i) {
        return needsGrad[i];
    }

    Tensor[] apply(Tensor gradOutput) {
        if (rule == null) {
            throw KindlingError.runtimeError(FREED);
        }
        if (savesTensors && savedOutput == null) {
            for (int i = 0; i < inputs.length; i++) {
                if (inputs[i] != null && (saved == null || saved[i]) && inputs[i].version() != inputVersions[i]) {
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
    /** The nodes of ops whose result is a view of their input in PyTorch. */
    private static final java.util.Set<String> VIEW_NODES = java.util.Set.of("TBackward0", "TransposeBackward0",
            "PermuteBackward0", "ViewBackward0", "UnsqueezeBackward0", "SqueezeBackward0", "SqueezeBackward1",
            "ExpandBackward0", "SliceBackward0", "SelectBackward0", "UnbindBackward0", "AliasBackward0",
            "AsStridedBackward0", "DiagonalBackward0", "SplitBackward0", "SplitWithSizesBackward0");

    private static KindlingError modified(Tensor t, String producer, int expected) {
        // a view whose elements changed in place has its grad_fn regenerated by PyTorch as an
        // as_strided of its base, and that is the name the message gives
        String op = producer == null ? null : VIEW_NODES.contains(producer) ? "AsStrided"
                : producer.replaceFirst("Backward\\d*$", "");
        String of = op == null ? "" : ", which is output 0 of " + op + ",";
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
    /** Makes backward store the gradient reaching this node in {@code t.grad} ({@code t.retain_grad()}). */
    public void retainGradFor(Tensor t) {
        if (retaining == null) {
            retaining = new java.util.ArrayList<>(1);
        }
        if (!retaining.contains(t)) {
            retaining.add(t);
        }
    }

    /** Hands the gradient of this node's output to the tensors that retain it. */
    void deliverRetained(Tensor gradOutput) {
        if (retaining != null) {
            for (Tensor t : retaining) {
                t.accumulateGrad(gradOutput);
            }
        }
    }

    public Node savingOutput(Tensor output) {
        savedOutput = output;
        savedOutputVersion = output.version();
        return this;
    }

    /**
     * Gives this node the object a script sees as its {@code grad_fn}: for a script's
     * {@code torch.autograd.Function}, the ctx its forward and backward share, as in PyTorch.
     */
    public Node withFace(Object face) {
        this.face = face;
        return this;
    }

    /** The object set by {@link #withFace}, or null. */
    public Object face() {
        return face;
    }

    /** Whether backward has freed this node's saved tensors (it ran without retain_graph). */
    public boolean released() {
        return savesTensors && rule == null;
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
