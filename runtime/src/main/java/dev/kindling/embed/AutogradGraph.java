package dev.kindling.embed;

import java.util.List;

/**
 * The autograd graph behind a tensor, as a tool draws it: the {@code grad_fn} nodes PyTorch names
 * ({@code MseLossBackward0}, {@code AddmmBackward0}, {@code TBackward0}), an {@code AccumulateGrad}
 * for each leaf that requires grad (with its values and, after backward, its {@code .grad}), and
 * the tensors that need no gradient (a model's input) as plain inputs. Edges point the way data
 * flows forward, from what an op read to the op; backward runs them in reverse. Node 0 is the
 * tensor's own (its {@code grad_fn}, or the tensor itself when it has none).
 *
 * <pre>{@code
 * try (Session session = Kindling.builder().build().newSession()) {
 *     session.exec("import torch\nw = torch.ones(2, requires_grad=True)\nloss = (w * 3).sum()\nloss.backward()");
 *     AutogradGraph g = session.introspection().graph(session.get("loss"), 16).orElseThrow();
 *     String root = g.nodes().get(0).name();            // SumBackward0
 *     String leaf = g.nodes().get(2).label();           // w
 *     double[] grad = g.nodes().get(2).grad().values(); // [3.0, 3.0]
 * }
 * }</pre>
 *
 * @param nodes     the nodes, the tensor's own first, then in the order a breadth-first walk
 *                  from it meets them
 * @param edges     forward edges between them
 * @param truncated whether the walk stopped at {@link #MAX_NODES} with more graph left
 */
public record AutogradGraph(List<Node> nodes, List<Edge> edges, boolean truncated) {
    /** More nodes than a page can show usefully: a graph grown over many loop iterations. */
    public static final int MAX_NODES = 300;

    public AutogradGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** What a node stands for. */
    public enum Kind {
        /** A {@code grad_fn}: the op that made a tensor, named as PyTorch names its backward node. */
        OPERATION,
        /** A leaf that requires grad, where backward leaves its gradient ({@code AccumulateGrad}). */
        LEAF,
        /** A tensor that needs no gradient (data, a constant): forward reads it, backward skips it. */
        INPUT
    }

    /**
     * One node.
     *
     * @param id    its index in {@link #nodes()}
     * @param kind  what it stands for
     * @param name  the grad_fn's name, {@code AccumulateGrad} for a leaf, {@code input} for an input
     * @param label the session's name for the tensor ({@code w}, {@code model.0.weight}), or null
     * @param shape the shape of the tensor the node made (an operation) or holds (a leaf, an input)
     * @param value a leaf's or input's elements, and the picked tensor's own (node 0); null for the
     *              other operations, whose outputs the graph does not keep as they were
     * @param grad  a leaf's {@code .grad} once backward has set it; else null
     */
    public record Node(int id, Kind kind, String name, String label, List<Integer> shape, TensorSnapshot value,
            TensorSnapshot grad) {
        public Node {
            shape = List.copyOf(shape);
        }
    }

    /**
     * A forward edge: node {@code from} is input {@code input} of node {@code to}.
     *
     * @param from  the producer (an operation, leaf or input)
     * @param to    the operation that read it
     * @param input which of {@code to}'s inputs it is
     */
    public record Edge(int from, int to, int input) {}

    /** Whether backward has run through this graph: some leaf has a gradient. */
    public boolean backwardDone() {
        return nodes.stream().anyMatch(n -> n.grad() != null);
    }
}
