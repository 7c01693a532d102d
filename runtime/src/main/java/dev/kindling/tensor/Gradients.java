package dev.kindling.tensor;

/**
 * The one place where broadcasting is undone for gradients: a gradient of a broadcast result is
 * summed back to the shape of the operand that was broadcast. Also the gradient of any selection
 * of an input's elements ({@link #scattered}), and the one rule for when a backward formula may
 * run as a kernel of its own ({@link #byKernel}).
 *
 * <pre>{@code
 * Gradients.sumToShape(Torch.ones(2, 3), new int[] {3});   // tensor([2., 2., 2.])
 * }</pre>
 */
public final class Gradients {
    private Gradients() {}

    /**
     * The gradient of an input of {@code inputShape} whose elements at (row-major) {@code positions}
     * were read, in order, into a result whose gradient is {@code g}: g's elements added there.
     */
    static Tensor scattered(Tensor g, int[] inputShape, int[] positions) {
        if (Devices.onDevice(g)) {
            return Devices.scatterAdd(g, inputShape, positions);
        }
        double[] grad = new double[Shapes.numel(inputShape)];
        double[] gValues = g.values();
        for (int i = 0; i < positions.length; i++) {
            grad[positions[i]] += gValues[i];
        }
        return new Tensor(grad, inputShape.clone(), g.dtype);
    }

    public static Tensor sumToShape(Tensor grad, int[] shape) {
        if (java.util.Arrays.equals(grad.shape, shape)) {
            return grad;
        }
        if (isBiasGradient(grad, shape)) {
            // a bias's gradient, every step of a training loop: the policy's column sums, without
            // the general reduction (whose JIT compilation competes with the training steps for the
            // second core), and from one call site, floats kept or not, since the JIT compiles the
            // sums into this method at each
            float[] sums = TorchState.current().kernels().sum(grad.floatValues(), grad.shape, 0);
            return new Tensor(Elements.ofFloat32(sums), shape.clone(), DType.FLOAT32);
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

    /**
     * Whether a gradient may be computed by a kernel of its own (in ATen's order of operations)
     * instead of recorded tensor ops: not while the backward pass is itself recorded
     * (create_graph), which needs the ops, and only for an upstream gradient {@code g} of the same
     * dtype and shape as {@code like}. Callers add what their kernel needs besides.
     */
    static boolean byKernel(Tensor g, Tensor like) {
        return !dev.kindling.autograd.GradMode.isEnabled() && !Devices.onDevice(g, like) && g.dtype == like.dtype
                && java.util.Arrays.equals(g.shape, like.shape);
    }

    /** A float32 matrix gradient to be summed over its rows into a vector, outside a recorded backward pass. */
    private static boolean isBiasGradient(Tensor grad, int[] shape) {
        return grad.dtype == DType.FLOAT32 && !Devices.onDevice(grad) && grad.shape.length == 2 && shape.length == 1 && shape[0] == grad.shape[1]
                && grad.shape[0] > 1 && !dev.kindling.autograd.GradMode.isEnabled();
    }
}
