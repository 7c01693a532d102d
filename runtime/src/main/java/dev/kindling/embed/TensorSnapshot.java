package dev.kindling.embed;

import java.util.Arrays;
import java.util.List;

import dev.kindling.tensor.Tensor;

/**
 * A copy of a tensor's elements for a tool to show (a table, a heatmap, a graph's leaf), taken
 * when asked and never updated: row-major values as doubles, at most a given number of them.
 *
 * <pre>{@code
 * try (Session session = Kindling.builder().build().newSession()) {
 *     session.exec("import torch\nw = torch.arange(6.).reshape(2, 3)");
 *     TensorSnapshot w = session.introspection().tensor(session.get("w"), 100).orElseThrow();
 *     w.shape();         // [2, 3]
 *     double last = w.values()[5];   // 5.0
 *     w.complete();      // true: all 6 elements fit in 100
 * }
 * }</pre>
 *
 * @param shape  the tensor's sizes
 * @param dtype  its dtype as PyTorch prints it ({@code torch.float32})
 * @param values its first elements in row-major order
 * @param complete whether {@code values} holds every element
 */
public record TensorSnapshot(List<Integer> shape, String dtype, double[] values, boolean complete) {
    public TensorSnapshot {
        shape = List.copyOf(shape);
    }

    static TensorSnapshot of(Tensor t, int maxElements) {
        int[] dims = t.shape().toArray();
        double[] all = t.toDoubleArray();
        double[] kept = all.length <= maxElements ? all : Arrays.copyOf(all, maxElements);
        return new TensorSnapshot(Arrays.stream(dims).boxed().toList(), t.dtype().toString(), kept,
                kept.length == all.length);
    }

    /** The number of elements of the whole tensor. */
    public long numel() {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TensorSnapshot s && shape.equals(s.shape) && dtype.equals(s.dtype)
                && Arrays.equals(values, s.values) && complete == s.complete;
    }

    @Override
    public int hashCode() {
        return shape.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "TensorSnapshot" + shape + " " + dtype + " " + Arrays.toString(values) + (complete ? "" : " ...");
    }
}
