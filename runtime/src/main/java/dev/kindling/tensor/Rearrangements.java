package dev.kindling.tensor;

import java.util.ArrayList;
import java.util.List;

import dev.kindling.errors.KindlingError;

/**
 * narrow, unbind and roll (a tensor's pieces, taken out or moved round), and hstack/vstack (joined),
 * with PyTorch's checks and nodes (SliceBackward0, UnbindBackward0, RollBackward0; the stacks
 * record CatBackward0 as in PyTorch).
 */
final class Rearrangements {
    private Rearrangements() {}

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

    /** {@code t.select(dim, index)}: the view {@code t[..., index]} at dim, recorded as SelectBackward0. */
    static Tensor select(Tensor t, int dim, int index) {
        if (t.dim() == 0) {
            throw KindlingError.indexError("select() cannot be applied to a 0-dim tensor.");
        }
        int d = Shapes.wrapDim(dim, t.dim());
        int size = t.shape[d];
        if (index < -size || index >= size) {
            throw KindlingError.indexError("select(): index " + index + " out of range for tensor of size "
                    + Shapes.str(t.shape) + " at dimension " + d);
        }
        Index[] at = new Index[d + 1];
        java.util.Arrays.fill(at, Index.all());
        at[d] = Index.at(index < 0 ? index + size : index);
        return t.get(at);
    }

    /** The slices along dim (views of t), each recorded as UnbindBackward0. */
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
            Tensor piece = t.detach().get(index); // a view of t, as PyTorch's unbind gives
            out.add(piece.withGradFn("UnbindBackward0", new Tensor[] {t},
                    g -> new Tensor[] {placeAt(g, t.shape, d, at)}, false));
        }
        return out;
    }

    /** Zeros of {@code shape} with g at position i along dim d. */
    private static Tensor placeAt(Tensor g, int[] shape, int d, int i) {
        Tensor out = Torch.full(shape.clone(), 0, g.dtype);
        int[] l = Reductions.lanes(shape, d);
        int inner = l[2];
        for (int o = 0; o < l[0]; o++) {
            System.arraycopy(g.doubles(), o * inner, out.doubles(), (o * shape[d] + i) * inner, inner);
        }
        return out;
    }

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
        if (t.dim() == 0) {
            throw KindlingError.indexError("Dimension specified as " + dims[0] + " but tensor has no dimensions");
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
        double[] values = t.doubles();
        for (int i = 0; i < out.length && n > 0; i++) {
            int j = (i / inner) % n;
            int from = Math.floorMod(j - shift, n);
            out[i] = values[i - (j - from) * inner];
        }
        return new Tensor(out, shape.clone(), t.dtype);
    }

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
}
