package dev.kindling.tensor;

import java.util.ArrayList;
import java.util.List;

import dev.kindling.errors.KindlingError;

/**
 * gather, index_select, narrow, unbind, roll, hstack/vstack and nonzero, with PyTorch's checks,
 * messages and grad_fn names (GatherBackward0, IndexSelectBackward0, SliceBackward0,
 * UnbindBackward0, RollBackward0; the stacks record CatBackward0 as in PyTorch).
 */
final class MoreIndexing {
    private MoreIndexing() {}

    // ---- gather ----

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
        for (int i = 0; i < out.length; i++) {
            out[i] = t.data[offsets[i]];
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
        int[] offsets = new int[index.data.length];
        int[] counter = new int[ishape.length];
        for (int i = 0; i < offsets.length; i++) {
            long at = (long) index.data[i];
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
            advance(counter, ishape);
        }
        return offsets;
    }

    private static void advance(int[] counter, int[] shape) {
        for (int k = shape.length - 1; k >= 0; k--) {
            if (++counter[k] < shape[k]) {
                return;
            }
            counter[k] = 0;
        }
    }

    /** Adds each gradient element into the input position it was read from. */
    private static Tensor scatterAdd(Tensor g, int[] offsets, int[] shape) {
        double[] out = Torch.allocate(shape, g.dtype);
        for (int i = 0; i < offsets.length; i++) {
            out[offsets[i]] = g.dtype.cast(out[offsets[i]] + g.data[i]);
        }
        return new Tensor(out, shape.clone(), g.dtype);
    }

    // ---- index_select, narrow, unbind ----

    /** The slices at the given positions along dim, in index order. */
    static Tensor indexSelect(Tensor t, int dim, Tensor index) {
        int d = Shapes.wrapDim(dim, t.dim());
        if (index.dim() > 1) {
            throw KindlingError.indexError("index_select(): Index is supposed to be a vector");
        }
        if (index.dtype != DType.INT64 && index.dtype != DType.INT32) {
            throw KindlingError.runtimeError("index_select(): Expected dtype int32 or int64 for index");
        }
        int size = t.dim() == 0 ? 1 : t.shape[d];
        for (double v : index.data) {
            if (v < 0 || v >= size) {
                throw KindlingError.runtimeError("INDICES element is out of DATA bounds, id=" + (long) v + " axis_dim="
                        + size);
            }
        }
        int[] full = t.dim() == 0 ? new int[] {1} : t.shape;
        int[] shape = full.clone();
        shape[d] = index.data.length;
        Tensor spread = Reshapes.expandTo(index.detach().reshape(viewShape(full.length, d, index.data.length)), shape);
        Tensor out = gather(t.detach().reshape(full), d, spread.to(DType.INT64)).reshape(t.dim() == 0
                ? new int[0] : shape);
        int[] offsets = gatherOffsets(full, d, spread.to(DType.INT64));
        return out.withGradFn("IndexSelectBackward0", new Tensor[] {t},
                g -> new Tensor[] {scatterAdd(g, offsets, full).reshape(t.shape.clone())}, false);
    }

    /** All ones but {@code n} at position d. */
    private static int[] viewShape(int rank, int d, int n) {
        int[] s = new int[rank];
        java.util.Arrays.fill(s, 1);
        s[d] = n;
        return s;
    }

    /** t[..., start:start + length, ...] along dim: a slice, recorded as SliceBackward0. */
    static Tensor narrow(Tensor t, int dim, int start, int length) {
        if (t.dim() == 0) {
            throw KindlingError.runtimeError("narrow() cannot be applied to a 0-dim tensor.");
        }
        int d = Shapes.wrapDim(dim, t.dim());
        int size = t.shape[d];
        if (start < -size || start > size) {
            throw KindlingError.indexError("start out of range (expected to be in range of [" + (-size) + ", " + size
                    + "], but got " + start + ")");
        }
        int from = start < 0 ? start + size : start;
        if (length < 0) {
            throw KindlingError.runtimeError("narrow(): length must be non-negative.");
        }
        if (from + length > size) {
            throw KindlingError.runtimeError("start (" + from + ") + length (" + length + ") exceeds dimension size ("
                    + size + ").");
        }
        return Indexing.narrowWithGrad(t, d, from, length, "SliceBackward0");
    }

    /** The slices along dim, each recorded as UnbindBackward0. */
    static List<Tensor> unbind(Tensor t, int dim) {
        if (t.dim() == 0) {
            throw KindlingError.indexError("Dimension specified as 0 but tensor has no dimensions");
        }
        int d = Shapes.wrapDim(dim, t.dim());
        List<Tensor> out = new ArrayList<>();
        for (int i = 0; i < t.shape[d]; i++) {
            Index[] index = new Index[d + 1];
            java.util.Arrays.fill(index, Index.all());
            index[d] = Index.at(i);
            int at = i;
            Tensor piece = t.detach().get(index).contiguous().clone();
            out.add(piece.withGradFn("UnbindBackward0", new Tensor[] {t},
                    g -> new Tensor[] {placeAt(g, t.shape, d, at)}, false));
        }
        return out;
    }

    /** Zeros of {@code shape} with g at position i along dim d. */
    private static Tensor placeAt(Tensor g, int[] shape, int d, int i) {
        Tensor out = Torch.full(shape.clone(), 0, g.dtype);
        int outer = 1;
        int inner = 1;
        for (int k = 0; k < d; k++) {
            outer *= shape[k];
        }
        for (int k = d + 1; k < shape.length; k++) {
            inner *= shape[k];
        }
        for (int o = 0; o < outer; o++) {
            System.arraycopy(g.data, o * inner, out.data, (o * shape[d] + i) * inner, inner);
        }
        return out;
    }

    // ---- roll ----

    /** Rotates elements along dims (of the flattened tensor when dims is null). */
    static Tensor roll(Tensor t, int[] shifts, int[] dims) {
        if (dims == null || dims.length == 0) {
            if (shifts.length != 1) {
                throw KindlingError.runtimeError("`shifts` required to be of size 1 when `dims` is not specified");
            }
        } else if (shifts.length != dims.length) {
            throw KindlingError.runtimeError("shifts and dimensions must align. shifts: " + shifts.length
                    + ", dims:" + dims.length);
        }
        Tensor out = rolled(t.detach(), shifts, dims);
        return out.withGradFn("RollBackward0", new Tensor[] {t}, g -> new Tensor[] {rolled(g, negated(shifts), dims)},
                false);
    }

    private static int[] negated(int[] shifts) {
        int[] out = new int[shifts.length];
        for (int i = 0; i < shifts.length; i++) {
            out[i] = -shifts[i];
        }
        return out;
    }

    private static Tensor rolled(Tensor t, int[] shifts, int[] dims) {
        if (dims == null || dims.length == 0) {
            return rollDim(t.reshape(-1), shifts[0], 0).reshape(t.shape.clone());
        }
        Tensor out = t;
        for (int i = 0; i < dims.length; i++) {
            out = rollDim(out, shifts[i], Shapes.wrapDim(dims[i], t.dim()));
        }
        return out;
    }

    /** out[j] = t[(j - shift) mod n] along dim d. */
    private static Tensor rollDim(Tensor t, int shift, int d) {
        int[] shape = t.shape;
        int n = shape[d];
        int inner = 1;
        for (int k = d + 1; k < shape.length; k++) {
            inner *= shape[k];
        }
        double[] out = Torch.allocate(shape, t.dtype);
        for (int i = 0; i < out.length && n > 0; i++) {
            int j = (i / inner) % n;
            int from = Math.floorMod(j - shift, n);
            out[i] = t.data[i - (j - from) * inner];
        }
        return new Tensor(out, shape.clone(), t.dtype);
    }

    // ---- hstack, vstack, nonzero ----

    /** cat along dim 1, or dim 0 when the inputs are 1-D (as PyTorch's hstack). */
    static Tensor hstack(List<Tensor> tensors) {
        List<Tensor> atLeast1d = new ArrayList<>();
        for (Tensor t : tensors) {
            atLeast1d.add(t.dim() == 0 ? t.reshape(1) : t);
        }
        return Torch.cat(atLeast1d, atLeast1d.get(0).dim() == 1 ? 0 : 1);
    }

    /** cat along dim 0 after making each input at least 2-D (1-D becomes a row). */
    static Tensor vstack(List<Tensor> tensors) {
        List<Tensor> atLeast2d = new ArrayList<>();
        for (Tensor t : tensors) {
            atLeast2d.add(t.dim() == 0 ? t.reshape(1, 1) : t.dim() == 1 ? t.unsqueeze(0) : t);
        }
        return Torch.cat(atLeast2d, 0);
    }

    /** The coordinates of the non-zero elements, one row each, as int64 (n, dim). */
    static Tensor nonzero(Tensor t) {
        int rank = t.dim();
        List<int[]> rows = new ArrayList<>();
        int[] counter = new int[rank];
        for (int i = 0; i < t.data.length; i++) {
            if (t.data[i] != 0) {
                rows.add(counter.clone());
            }
            advance(counter, t.shape);
        }
        double[] out = Torch.allocate(new int[] {rows.size(), rank}, DType.INT64);
        for (int r = 0; r < rows.size(); r++) {
            for (int k = 0; k < rank; k++) {
                out[r * rank + k] = rows.get(r)[k];
            }
        }
        return new Tensor(out, new int[] {rows.size(), rank}, DType.INT64);
    }

    // ---- unique ----

    /**
     * The distinct values of the flattened tensor, sorted (PyTorch's CPU kernel sorts even with
     * sorted=False), with each element's position among them (inverse, input's shape) and each
     * value's count, both int64. PyTorch records Unique2Backward0 but defines no derivative.
     */
    static Tensor[] unique(Tensor t) {
        double[] sorted = t.data.clone();
        java.util.Arrays.sort(sorted);
        double[] distinct = new double[sorted.length];
        double[] counts = new double[sorted.length];
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (n == 0 || Double.compare(sorted[i], distinct[n - 1]) != 0) {
                distinct[n++] = sorted[i];
            }
            counts[n - 1]++;
        }
        double[] inverse = new double[t.data.length];
        for (int i = 0; i < inverse.length; i++) {
            inverse[i] = java.util.Arrays.binarySearch(distinct, 0, n, t.data[i]);
        }
        Tensor values = new Tensor(java.util.Arrays.copyOf(distinct, n), new int[] {n}, t.dtype);
        values.withGradFn("Unique2Backward0", new Tensor[] {t}, g -> {
            throw KindlingError.notImplementedError("the derivative for '_unique2' is not implemented.");
        }, false);
        return new Tensor[] {values, new Tensor(inverse, t.shape.clone(), DType.INT64),
            new Tensor(java.util.Arrays.copyOf(counts, n), new int[] {n}, DType.INT64)};
    }
}
