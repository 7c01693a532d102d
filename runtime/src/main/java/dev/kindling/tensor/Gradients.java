package dev.kindling.tensor;

/**
 * The one place where broadcasting is undone for gradients: a gradient of a broadcast result is
 * summed back to the shape of the operand that was broadcast.
 *
 * <pre>{@code
 * Gradients.sumToShape(Torch.ones(2, 3), new int[] {3});   // tensor([2., 2., 2.])
 * }</pre>
 */
public final class Gradients {
    private Gradients() {}

    public static Tensor sumToShape(Tensor grad, int[] shape) {
        if (java.util.Arrays.equals(grad.shape, shape)) {
            return grad;
        }
        int lead = grad.shape.length - shape.length;
        java.util.List<Integer> dims = new java.util.ArrayList<>();
        for (int i = 0; i < grad.shape.length; i++) {
            if (i < lead || (shape[i - lead] == 1 && grad.shape[i] != 1)) {
                dims.add(i);
            }
        }
        Tensor summed = dims.isEmpty() ? grad
                : Reductions.sum(grad, dims.stream().mapToInt(Integer::intValue).toArray(), true);
        return summed.reshape(shape);
    }
}
