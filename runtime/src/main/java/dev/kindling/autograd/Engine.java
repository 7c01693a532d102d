package dev.kindling.autograd;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.TorchState;

/**
 * Runs backward: orders the graph's nodes so that each runs after every node that feeds it a
 * gradient (reverse topological order, found without recursion, so a 100,000-op chain is fine),
 * sums the gradients arriving at each node, and accumulates into the {@code grad} of leaves.
 *
 * <pre>{@code
 * Tensor loss = Torch.ones(3).requiresGrad_(true).sum();
 * Engine.backward(loss, null, false);   // loss.backward(); Tensor.backward() calls this
 * }</pre>
 */
public final class Engine {
    private Engine() {}

    /**
     * Turns NaN checks of every gradient on or off ({@code torch.autograd.set_detect_anomaly}),
     * for the {@link TorchState#current() current session} only.
     */
    public static void setDetectAnomaly(boolean on) {
        TorchState.current().setDetectAnomaly(on);
    }

    /** Whether backward checks gradients for NaN in the current session. */
    public static boolean isAnomalyEnabled() {
        return TorchState.current().detectsAnomaly();
    }

    /** {@code root.backward(gradient, retain_graph=...)}. */
    public static void backward(Tensor root, Tensor gradient, boolean retainGraph) {
        gradient = seedGradient(root, gradient);
        boolean previous = GradMode.set(false);
        try {
            run(root, gradient, retainGraph);
        } finally {
            GradMode.set(previous);
        }
    }

    /**
     * {@code torch.autograd.grad(outputs=root, inputs, grad_outputs=gradient)}: the gradients of
     * root with respect to each input, leaving every {@code .grad} untouched.
     */
    public static Tensor[] grad(Tensor root, Tensor gradient, List<Tensor> inputs, boolean retainGraph,
            boolean allowUnused) {
        for (Tensor in : inputs) {
            if (!in.requiresGrad()) {
                throw KindlingError.runtimeError("One of the differentiated Tensors does not require grad");
            }
        }
        gradient = seedGradient(root, gradient);
        Capture capture = new Capture(inputs);
        boolean previous = GradMode.set(false);
        try {
            if (root.gradFn() == null) {
                capture.atLeaf(root, gradient);
            } else {
                run(root, gradient, retainGraph, capture);
            }
        } finally {
            GradMode.set(previous);
        }
        Tensor[] out = capture.results();
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null && !allowUnused) {
                throw KindlingError.runtimeError("The differentiated Tensor at index " + i + " appears to not have been "
                        + "used in the graph. Set allow_unused=True if this is the desired behavior.");
            }
        }
        return out;
    }

    /** The gradient backward starts from: the one given, or 1 for a scalar root; PyTorch's errors otherwise. */
    private static Tensor seedGradient(Tensor root, Tensor gradient) {
        if (!root.requiresGrad()) {
            throw KindlingError.runtimeError("element 0 of tensors does not require grad and does not have a grad_fn");
        }
        if (gradient != null) {
            return gradient;
        }
        if (root.numel() != 1) {
            throw KindlingError.runtimeError("grad can be implicitly created only for scalar outputs");
        }
        return dev.kindling.tensor.Torch.onesLike(root);
    }

    /** Where torch.autograd.grad collects gradients instead of accumulating them into leaves. */
    private static final class Capture {
        private final List<Tensor> inputs;
        private final Tensor[] results;

        Capture(List<Tensor> inputs) {
            this.inputs = inputs;
            this.results = new Tensor[inputs.size()];
        }

        /** A gradient reaching a leaf: kept if the leaf is asked for, dropped otherwise. */
        void atLeaf(Tensor leaf, Tensor g) {
            add(leaf, g);
        }

        /** A gradient reaching a node: it is the gradient of any asked-for tensor that node produced. */
        void atNode(Node node, Tensor g) {
            for (Tensor in : inputs) {
                if (in.gradFn() == node) {
                    add(in, g);
                }
            }
        }

        private void add(Tensor target, Tensor g) {
            for (int i = 0; i < results.length; i++) {
                if (inputs.get(i) == target) {
                    Tensor reduced = dev.kindling.tensor.Gradients.sumToShape(g, target.shape().toArray());
                    results[i] = results[i] == null ? reduced : results[i].add(reduced);
                }
            }
        }

        Tensor[] results() {
            return results;
        }
    }

    private static void run(Tensor root, Tensor gradient, boolean retainGraph) {
        if (root.gradFn() == null) {
            root.accumulateGrad(gradient);
            return;
        }
        run(root, gradient, retainGraph, null);
    }

    /** Backward from root; gradients reaching leaves go to their .grad, or to {@code capture} when given. */
    private static void run(Tensor root, Tensor gradient, boolean retainGraph, Capture capture) {
        List<Node> order = topologicalOrder(root.gradFn());
        boolean detectAnomaly = isAnomalyEnabled();
        Map<Node, Tensor> pending = new IdentityHashMap<>();
        pending.put(root.gradFn(), gradient);
        for (Node node : order) {
            Tensor grad = pending.remove(node);
            if (grad == null) {
                continue;
            }
            if (capture != null) {
                capture.atNode(node, grad);
            } else {
                node.deliverRetained(grad);
            }
            Tensor[] inputGrads = node.apply(grad);
            if (detectAnomaly) {
                checkNaN(node, inputGrads);
            }
            Tensor[] inputs = node.inputs();
            for (int i = 0; i < inputs.length; i++) {
                Tensor g = inputGrads[i];
                if (g == null || !node.needsGrad(i)) {
                    continue;
                }
                if (node.edge(i) != null) {
                    pending.merge(node.edge(i), g, Tensor::add);
                } else if (capture != null) {
                    capture.atLeaf(inputs[i], g);
                } else {
                    inputs[i].accumulateGrad(g);
                }
            }
            if (!retainGraph) {
                node.release();
            }
        }
    }

    /** Nodes reachable from the root, each after all nodes that send it gradients. */
    private static List<Node> topologicalOrder(Node root) {
        Map<Node, Integer> dependencies = new IdentityHashMap<>();
        Set<Node> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        seen.add(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            for (int i = 0; i < n.inputs().length; i++) {
                Node next = n.edge(i);
                if (next != null) {
                    dependencies.merge(next, 1, Integer::sum);
                    if (seen.add(next)) {
                        stack.push(next);
                    }
                }
            }
        }
        List<Node> order = new ArrayList<>();
        Deque<Node> ready = new ArrayDeque<>();
        ready.add(root);
        while (!ready.isEmpty()) {
            Node n = ready.poll();
            order.add(n);
            for (int i = 0; i < n.inputs().length; i++) {
                Node next = n.edge(i);
                if (next != null && dependencies.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        return order;
    }

    private static void checkNaN(Node node, Tensor[] grads) {
        for (Tensor g : grads) {
            if (g != null && g.hasNaN()) {
                throw KindlingError.runtimeError("Function '" + node.name() + "' returned nan values in its 0th output.");
            }
        }
    }

}
