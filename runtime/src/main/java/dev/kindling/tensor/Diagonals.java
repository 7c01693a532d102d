package dev.kindling.tensor;

import dev.kindling.errors.KindlingError;

/**
 * tril/triu (keep one side of a diagonal) and diag (a vector onto a diagonal, or a diagonal out of
 * a matrix), with PyTorch's grad_fn names (TrilBackward0, TriuBackward0, DiagEmbedBackward0,
 * DiagonalBackward0_copy).
 */
final class Diagonals {
    private Diagonals() {}

    /** Keeps elements on and below ({@code lower}) or on and above the {@code diagonal}-th diagonal of the last two dims. */
    static Tensor triangle(Tensor a, int diagonal, boolean lower) {
        String name = lower ? "tril" : "triu";
        if (a.shape.length < 2) {
            throw KindlingError.runtimeError(name + ": input tensor must have at least 2 dimensions");
        }
        Tensor out = keepTriangle(a, diagonal, lower);
        return out.withGradFn(lower ? "TrilBackward0" : "TriuBackward0", new Tensor[] {a},
                g -> new Tensor[] {keepTriangle(g, diagonal, lower)}, false);
    }

    private static Tensor keepTriangle(Tensor a, int diagonal, boolean lower) {
        int cols = a.shape[a.shape.length - 1];
        int rows = a.shape[a.shape.length - 2];
        double[] out = Torch.allocate(a.shape, a.dtype);
        double[] aValues = a.doubles();
        for (int i = 0; i < out.length; i++) {
            int offset = i % cols - (i / cols) % rows;
            boolean keep = lower ? offset <= diagonal : offset >= diagonal;
            out[i] = keep ? aValues[i] : 0;
        }
        return new Tensor(out, a.shape.clone(), a.dtype);
    }

    /** 1-D -> a square matrix with it on the {@code diagonal}-th diagonal; 2-D -> that diagonal. */
    static Tensor diag(Tensor t, int diagonal) {
        if (t.dim() == 1) {
            int n = t.shape[0] + Math.abs(diagonal);
            Tensor out = embed(t.detach(), n, n, diagonal);
            return out.withGradFn("DiagEmbedBackward0", new Tensor[] {t},
                    g -> new Tensor[] {extract(g, diagonal)}, false);
        }
        if (t.dim() != 2) {
            throw KindlingError.runtimeError("diag(): Supports 1D or 2D tensors. Got " + t.dim() + "D");
        }
        int rows = t.shape[0];
        int cols = t.shape[1];
        // PyTorch 2.13 names this node DiagonalBackward0_copy (diag is diagonal(...).clone() there)
        return extract(t.detach(), diagonal).withGradFn("DiagonalBackward0_copy", new Tensor[] {t},
                g -> new Tensor[] {embed(g, rows, cols, diagonal)}, false);
    }

    /**
     * The sum of a matrix's main diagonal, accumulated as ATen's trace kernel does: in double for
     * floating types (then rounded once), in int64 for integral ones.
     */
    /**
     * {@code t.diagonal(offset, dim1, dim2)}: a view whose last dim walks the diagonal of dims
     * dim1 and dim2 (above it for a positive offset), which the view no longer has, recorded as
     * DiagonalBackward0.
     */
    static Tensor diagonalView(Tensor t, int offset, int dim1, int dim2) {
        int d1 = Shapes.wrapDim(dim1, t.dim());
        int d2 = Shapes.wrapDim(dim2, t.dim());
        if (d1 == d2) {
            throw KindlingError.runtimeError("diagonal dimensions cannot be identical " + dim1 + ", " + dim2);
        }
        int[] physical = ViewOf.stridesOf(t);
        if (physical == null) {
            return diagonalView(t.contiguous(), offset, dim1, dim2);
        }
        int length = Math.max(0, Math.min(t.shape[d1] + Math.min(offset, 0), t.shape[d2] - Math.max(offset, 0)));
        int[] shape = without(t.shape, d1, d2, length);
        Tensor view = ViewOf.make(t, shape, ViewOf.offsetOf(t) + start(physical, offset, d1, d2, length),
                without(physical, d1, d2, physical[d1] + physical[d2]), null);
        int[] reported = t.stride();
        view.withLayout(without(reported, d1, d2, reported[d1] + reported[d2]));
        int[] rowMajor = Shapes.strides(t.shape);
        int first = start(rowMajor, offset, d1, d2, length);
        int[] logical = without(rowMajor, d1, d2, rowMajor[d1] + rowMajor[d2]);
        int[] inputShape = t.shape.clone();
        return view.withGradFn("DiagonalBackward0", new Tensor[] {t},
                g -> new Tensor[] {Gradients.scattered(g, inputShape, Reshapes.positions(shape, logical, first))}, false);
    }

    /** Where the diagonal starts, in the units of {@code strides}: one step along dim2 (or dim1) per offset. */
    private static int start(int[] strides, int offset, int d1, int d2, int length) {
        if (length == 0) {
            return 0;
        }
        return offset >= 0 ? offset * strides[d2] : -offset * strides[d1];
    }

    /** {@code values} without dims d1 and d2, and {@code last} appended. */
    private static int[] without(int[] values, int d1, int d2, int last) {
        int[] out = new int[values.length - 1];
        int j = 0;
        for (int i = 0; i < values.length; i++) {
            if (i != d1 && i != d2) {
                out[j++] = values[i];
            }
        }
        out[j] = last;
        return out;
    }

    static Tensor trace(Tensor m) {
        if (m.dim() != 2) {
            throw KindlingError.runtimeError("trace: expected a matrix, but got tensor with dim " + m.dim());
        }
        if (m.dtype == DType.BOOL) {
            throw KindlingError.notImplementedError("\"trace\" not implemented for 'Bool'");
        }
        double sum = 0;
        for (double d : extract(m, 0).doubles()) {
            sum += d;
        }
        DType type = m.dtype.isFloatingPoint() ? m.dtype : DType.INT64;
        int rows = m.shape[0];
        int cols = m.shape[1];
        return new Tensor(new double[] {type.cast(sum)}, new int[0], type).withGradFn("TraceBackward0",
                new Tensor[] {m}, g -> new Tensor[] {embed(g.expand(Math.min(rows, cols)), rows, cols, 0)}, false);
    }

    /** The {@code diagonal}-th diagonal of a matrix (above the main one when positive). */
    private static Tensor extract(Tensor m, int diagonal) {
        int rows = m.shape[0];
        int cols = m.shape[1];
        int start = diagonal >= 0 ? diagonal : -diagonal * cols;
        int n = Math.max(0, diagonal >= 0 ? Math.min(rows, cols - diagonal) : Math.min(rows + diagonal, cols));
        double[] out = Torch.allocate(new int[] {n}, m.dtype);
        double[] mValues = m.doubles();
        for (int i = 0; i < n; i++) {
            out[i] = mValues[start + i * (cols + 1)];
        }
        return new Tensor(out, new int[] {n}, m.dtype);
    }

    /** A rows x cols zero matrix with v on its {@code diagonal}-th diagonal. */
    private static Tensor embed(Tensor v, int rows, int cols, int diagonal) {
        double[] out = Torch.allocate(new int[] {rows, cols}, v.dtype);
        int start = diagonal >= 0 ? diagonal : -diagonal * cols;
        double[] vValues = v.doubles();
        for (int i = 0; i < v.numel(); i++) {
            out[start + i * (cols + 1)] = vValues[i];
        }
        return new Tensor(out, new int[] {rows, cols}, v.dtype);
    }
}
