package dev.kindling.embed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.kindling.autograd.Node;
import dev.kindling.tensor.Tensor;

/**
 * Builds an {@link AutogradGraph} by walking {@code grad_fn} edges breadth first from a tensor,
 * as {@code next_functions} does: each input an op read is the node its gradient flows to (the
 * op that made it), an AccumulateGrad for a leaf that requires grad, or a plain input. Nodes are
 * told apart by identity, so a tensor read twice is one node with two edges.
 */
final class GraphWalk {
    private final Map<Tensor, String> labels;
    private final int maxElements;
    private final List<AutogradGraph.Node> nodes = new ArrayList<>();
    private final List<AutogradGraph.Edge> edges = new ArrayList<>();
    private final Map<Node, Integer> operations = new IdentityHashMap<>();
    private final Map<Tensor, Integer> tensors = new IdentityHashMap<>();
    private final Deque<Node> pending = new ArrayDeque<>();
    private boolean truncated;

    private GraphWalk(Map<Tensor, String> labels, int maxElements) {
        this.labels = labels;
        this.maxElements = maxElements;
    }

    /** The graph behind {@code root}; {@code labels} names tensors the session knows by name. */
    static AutogradGraph of(Tensor root, String rootLabel, Map<Tensor, String> labels, int maxElements) {
        GraphWalk walk = new GraphWalk(labels, maxElements);
        if (root.gradFn() == null) {
            walk.tensorNode(root, root.requiresGrad(), rootLabel);
        } else {
            walk.operationNode(root.gradFn(), root, rootLabel, TensorSnapshot.of(root, maxElements));
            walk.run();
        }
        return new AutogradGraph(walk.nodes, walk.edges, walk.truncated);
    }

    private void run() {
        while (!pending.isEmpty()) {
            Node op = pending.removeFirst();
            int to = operations.get(op);
            Tensor[] inputs = op.inputs();
            for (int i = 0; i < inputs.length; i++) {
                if (inputs[i] == null) {
                    continue;
                }
                Integer from = inputNode(op, i, inputs[i]);
                if (from == null) {
                    truncated = true;
                    return;
                }
                edges.add(new AutogradGraph.Edge(from, to, i));
            }
        }
    }

    /** The node input i of op comes from, made on first sight; null when the graph is full. */
    private Integer inputNode(Node op, int i, Tensor input) {
        Node producer = op.edge(i);
        if (producer != null) {
            Integer seen = operations.get(producer);
            return seen != null ? seen : operationNode(producer, input, labels.get(input), null);
        }
        Integer seen = tensors.get(input);
        return seen != null ? seen : tensorNode(input, op.needsGrad(i) && input.isLeaf(), labels.get(input));
    }

    private Integer operationNode(Node op, Tensor output, String label, TensorSnapshot value) {
        if (nodes.size() >= AutogradGraph.MAX_NODES) {
            return null;
        }
        int id = nodes.size();
        nodes.add(new AutogradGraph.Node(id, AutogradGraph.Kind.OPERATION, op.name(), label, shape(output), value,
                null));
        operations.put(op, id);
        pending.addLast(op);
        return id;
    }

    private Integer tensorNode(Tensor t, boolean leaf, String label) {
        if (nodes.size() >= AutogradGraph.MAX_NODES) {
            return null;
        }
        int id = nodes.size();
        TensorSnapshot grad = leaf && t.grad() != null ? TensorSnapshot.of(t.grad(), maxElements) : null;
        nodes.add(new AutogradGraph.Node(id, leaf ? AutogradGraph.Kind.LEAF : AutogradGraph.Kind.INPUT,
                leaf ? "AccumulateGrad" : "input", label, shape(t), TensorSnapshot.of(t, maxElements), grad));
        tensors.put(t, id);
        return id;
    }

    private static List<Integer> shape(Tensor t) {
        return Arrays.stream(t.shape().toArray()).boxed().toList();
    }
}
