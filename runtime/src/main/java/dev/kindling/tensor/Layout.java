package dev.kindling.tensor;

/**
 * The strides PyTorch would give a tensor, kept as metadata beside Kindling's row-major
 * elements, so that {@code is_contiguous()}, {@code stride()} and {@code view()}'s
 * "view size is not compatible" error behave as in PyTorch after {@code t()}, {@code transpose},
 * {@code permute}, {@code expand}, basic indexing and {@code narrow}. (The elements of such a tensor are stored in its own
 * row-major order; only the reported layout follows PyTorch.)
 */
final class Layout {
    private Layout() {}

    /** PyTorch's rule: sizes-1 dims are free, the others must have row-major strides. */
    static boolean isContiguous(int[] shape, int[] strides) {
        int expected = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] == 0) {
                return true;
            }
            if (shape[d] != 1) {
                if (strides[d] != expected) {
                    return false;
                }
                expected *= shape[d];
            }
        }
        return true;
    }

    /**
     * The strides of {@code view(newShape)} on a tensor with {@code oldShape}/{@code oldStrides},
     * or null when no view is possible (ATen's computeStride).
     */
    static int[] viewStrides(int[] oldShape, int[] oldStrides, int[] newShape) {
        int[] newStrides = new int[newShape.length];
        if (oldShape.length == 0 || Shapes.numel(oldShape) == 0) {
            return Shapes.strides(newShape);
        }
        int viewD = newShape.length - 1;
        long chunkBaseStride = oldStrides[oldStrides.length - 1];
        long tensorNumel = 1;
        long viewNumel = 1;
        for (int tensorD = oldShape.length - 1; tensorD >= 0; tensorD--) {
            tensorNumel *= oldShape[tensorD];
            if (tensorD == 0 || (oldShape[tensorD - 1] != 1 && oldStrides[tensorD - 1] != tensorNumel * chunkBaseStride)) {
                while (viewD >= 0 && (viewNumel < tensorNumel || newShape[viewD] == 1)) {
                    newStrides[viewD] = (int) (viewNumel * chunkBaseStride);
                    viewNumel *= newShape[viewD];
                    viewD--;
                }
                if (viewNumel != tensorNumel) {
                    return null;
                }
                if (tensorD > 0) {
                    chunkBaseStride = oldStrides[tensorD - 1];
                    tensorNumel = 1;
                    viewNumel = 1;
                }
            }
        }
        return viewD == -1 ? newStrides : null;
    }

    /** Strides after inserting a size-1 dim at {@code d} (PyTorch's unsqueeze). */
    static int[] unsqueeze(int[] shape, int[] strides, int d) {
        int[] out = new int[strides.length + 1];
        for (int i = 0, j = 0; i < out.length; i++) {
            out[i] = i == d ? (d < shape.length ? shape[d] * strides[d] : 1) : strides[j++];
        }
        return out;
    }

    /** Strides with the dims of {@code shape} that {@code keep} rejects dropped. */
    static int[] squeeze(int[] shape, int[] strides, java.util.function.IntPredicate keep) {
        return java.util.stream.IntStream.range(0, shape.length).filter(keep).map(i -> strides[i]).toArray();
    }
}
