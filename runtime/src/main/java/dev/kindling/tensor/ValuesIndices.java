package dev.kindling.tensor;

/**
 * The (values, indices) pair that max/min/sort/topk along a dimension return; printed as
 * PyTorch prints {@code torch.return_types.max(values=..., indices=...)}.
 */
public record ValuesIndices(String op, Tensor values, Tensor indices) {
    @Override
    public String toString() {
        return "torch.return_types." + op + "(\nvalues=" + values + ",\nindices=" + indices + ")";
    }
}
