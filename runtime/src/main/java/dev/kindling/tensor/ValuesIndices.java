package dev.kindling.tensor;

/**
 * The (values, indices) pair that max/min/sort/topk along a dimension return; printed as
 * PyTorch prints {@code torch.return_types.max(values=..., indices=...)}.
 *
 * <pre>{@code
 * Tensor t = Torch.tensor(List.of(List.of(1.0, 5.0), List.of(7.0, 2.0)));
 * ValuesIndices r = t.max(1, false);   // torch.max(t, dim=1)
 * r.values(); r.indices();             // what r[0], r[1] and r.values / r.indices give a script
 * }</pre>
 */
public record ValuesIndices(String op, Tensor values, Tensor indices) {
    @Override
    public String toString() {
        return "torch.return_types." + op + "(\nvalues=" + values + ",\nindices=" + indices + ")";
    }
}
