package dev.kindling.tensor;

import dev.kindling.errors.KindlingError;

/** gather and index_select, with PyTorch's checks, messages and nodes (GatherBackward0, IndexSelectBackward0). */
final class Gathers {
    private Gathers() {}

    /** out[..., j, ...] = t[..., index[..., j, ...], ...] along dim. */
    static Tensor gather(Tensor t, int dim, Tensor index) {
        int d = Shapes.wrapDim(dim, t.dim());
        if (index.dtype != DType.INT64 && index.dtype != DType.INT32) {
            throw KindlingError.runtimeError("gather(): Expected dtype int32/int64 for index");
        }
        if (Math.max(1, index.dim()) != Math.max(1, t.dim())) {
            throw KindlingError.runtimeError("Index tensor must have the same number of dimensions as input tensor");
        }
        int[] offsets = gatherOffsets(t.shape, d, index);
        double[] out = Torch.allocate(index.shape, t.dtype);
        double[] values = t.doubles();
        for (int i = 0; i < out.length; i++) {
            out[i] = values[offsets[i]];
        }
        return new Tensor(out, index.shape.clone(), t.dtype).withGradFn("GatherBackward0", new Tensor[] {t},
                g -> new Tensor[] {scatterAdd(g, offsets, t.shape)}, false);
    }

    /** For each index element, the flat position it reads in the input; checks bounds and sizes. */
    private static int[] gatherOffsets(int[] shape, int d, Tensor index) {
        int[] strides = Shapes.strides(shape);
        int[] ishape = index.shape;
        for (int k = 0; k < ishape.length; k++) {
            if (k != d && ishape[k] > shape[k]) {
                throw KindlingError.runtimeError("Size does not match at dimension " + k + " expected index "
                        + Shapes.str(ishape) + " to be no larger than self " + Shapes.str(shape)
                        + " apart from dimension " + d);
            }
        }
        int[] offsets = new int[index.numel()];
        int[] counter = new int[ishape.length];
        double[] indexValues = index.doubles();
        for (int i = 0; i < offsets.length; i++) {
            long at = (long) indexValues[i];
            int size = shape.length == 0 ? 1 : shape[d];
            if (at < 0 || at >= size) {
                throw KindlingError.runtimeError("index " + at + " is out of bounds for dimension " + d + " with size "
                        + size);
            }
            int flat = 0;
            for (int k = 0; k < ishape.length; k++) {
                flat += (k == d ? (int) at : counter[k]) * strides[k];
            }
            offsets[i] = flat;
            Shapes.advance(counter, ishape);
        }
        return offsets;
    }

    /** Adds each gradient element into the input position it was read from. */
    private static Tensor scatterAdd(Tensor g, int[] offsets, int[] shape) {
        double[] out = Torch.allocate(shape, g.dtype);
        double[] gValues = g.doubles();
        for (int i = 0; i < offsets.length; i++) {
            out[offsets[i]] = g.dtype.cast(out[offsets[i]] + gValues[i]);
        }
        return new Tensor(out, shape.clone(), g.dtype);
    }

    /**
     * The slices at the given positions along dim, in index order: whole blocks of the dims after
     * dim are copied at once (a DataLoader batch of 64 rows of 784 is 64 copies, not 50k lookups).
     */
    static Tensor indexSelect(Tensor t, int dim, Tensor index) {
        int d = Shapes.wrapDim(dim, t.dim());
        if (index.dim() > 1) {
            throw KindlingError.indexError("index_select(): Index is supposed to be a vector");
        }
        if (index.dtype != DType.INT64 && index.dtype != DType.INT32) {
            throw KindlingError.runtimeError("index_select(): Expected dtype int32 or int64 for index");
        }
        int[] full = t.dim() == 0 ? new int[] {1} : t.shape;
        int size = full[d];
        int[] picks = new int[index.numel()];
        double[] indexArray = index.doubles();
        for (int j = 0; j < picks.length; j++) {
            double v = indexArray[j];
            if (v < 0 || v >= size) {
                // ATen checks dim 0 in its fast path (IndexError) and other dims in the general one
                throw d == 0 ? KindlingError.indexError("index out of range in self")
                        : KindlingError.runtimeError("INDICES element is out of DATA bounds, id=" + (long) v
                                + " axis_dim=" + size);
            }
            picks[j] = (int) v;
        }
        int[] shape = full.clone();
        shape[d] = picks.length;
        int[] l = Reductions.lanes(full, d);
        int outer = l[0];
        int inner = l[2];
        double[] out = Torch.allocate(shape, t.dtype);
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < picks.length; j++) {
                System.arraycopy(t.doubles(), (o * size + picks[j]) * inner, out, (o * picks.length + j) * inner, inner);
            }
        }
        Tensor selected = new Tensor(out, t.dim() == 0 ? new int[0] : shape, t.dtype);
        return selected.withGradFn("IndexSelectBackward0", new Tensor[] {t},
                g -> new Tensor[] {indexAdd(g, full, d, picks).reshape(t.shape.clone())}, false);
    }

    /** index_add into zeros of {@code shape}: each slice of g added at its position, in index order. */
    private static Tensor indexAdd(Tensor g, int[] shape, int d, int[] picks) {
        int[] l = Reductions.lanes(shape, d);
        int outer = l[0];
        int size = l[1];
        int inner = l[2];
        double[] out = Torch.allocate(shape, g.dtype);
        double[] gArray = g.values();
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < picks.length; j++) {
                int to = (o * size + picks[j]) * inner;
                int from = (o * picks.length + j) * inner;
                for (int k = 0; k < inner; k++) {
                    out[to + k] = g.dtype.cast(out[to + k] + gArray[from + k]);
                }
            }
        }
        return new Tensor(out, shape.clone(), g.dtype);
    }
}
