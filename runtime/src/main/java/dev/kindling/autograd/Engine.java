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

/**
 * Runs backward: orders the graph's nodes so that each runs after every node that feeds it a
 * gradient (reverse topological order, found without recursion, so a 100,000-op chain is fine),
 * sums the gradients arriving at each node, and accumulates into the {@code grad} of leaves.
 *
 * <pre>{@code
 * Engine.backward(loss, null, false);   // loss.backward(); Tensor.backward() calls this
 * }</pre>
 */
public final class Engine {
    private static boolean detectAnomaly;

    private Engine() {}

    public static void setDetectAnomaly(boolean on) {
        detectAnomaly = on;
    }

    public static boolean isAnomalyEnabled() {
        return detectAnomaly;
    }

    /** {@code root.backward(gradient, retain_graph=...)}. */
    public static void backward(Tensor root, Tensor gradient, boolean retainGraph) {
        if (!root.requiresGrad()) {
            throw KindlingError.runtimeError("element 0 of tensors does not require grad and does not have a grad_fn");
        }
        if (gradient == null) {
            if (root.numel() != 1) {
                throw KindlingError.runtimeError("grad can be implicitly created only for scalar outputs");
            }
            gradient = dev.kindling.tensor.Torch.onesLike(root);
        }
        boolean previous = GradMode.set(false);
        try {
            run(root, gradient, retainGraph);
        } finally {
            GradMode.set(previous);
        }
    }

    private static void run(Tensor root, Tensor gradient, boolean retainGraph) {
        if (root.gradFn() == null) {
            root.accumulateGrad(gradient);
            return;
        }
        List<Node> order = topologicalOrder(root.gradFn());
        Map<Node, Tensor> pending = new IdentityHashMap<>();
        pending.put(root.gradFn(), gradient);
        for (Node node : order) {
            Tensor grad = pending.remove(node);
            if (grad == null) {
                continue;
            }
            node.deliverRetained(grad);
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
