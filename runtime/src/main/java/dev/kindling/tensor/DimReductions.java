package dev.kindling.tensor;

import java.util.Arrays;

import dev.kindling.errors.KindlingError;

/**
 * amax/amin, logsumexp, count_nonzero and cumprod over chosen dims: PyTorch's forward results and
 * single backward nodes. Forwards are composed on detached inputs, so only the node PyTorch
 * records (AmaxBackward0, LogsumexpBackward0, ...) joins the graph.
 */
final class DimReductions {
    private DimReductions() {}

    /** Reduction dims, wrapped and sorted; null or empty means all dims (PyTorch's dim=()). */
    private static int[] dims(int[] dims, int rank) {
        if (dims == null || dims.length == 0) {
            int[] all = new int[rank];
            for (int i = 0; i < rank; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] out = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            out[i] = Shapes.wrapDim(dims[i], rank);
        }
        if (rank == 0) {
            return new int[0]; // a 0-d tensor takes dim 0 or -1 and has no dim to reduce
        }
        Arrays.sort(out);
        return out;
    }

    /** Drops the (size-1) reduced dims of a keepdim result. */
    private static Tensor squeezeDims(Tensor kept, int[] dims, boolean keepdim) {
        Tensor out = kept;
        for (int i = dims.length - 1; i >= 0 && !keepdim; i--) {
            out = out.squeeze(dims[i]);
        }
        return out;
    }

    /** Max (or min) over several dims, keeping them, without autograd. */
    private static Tensor extremeKept(Tensor t, int[] dims, boolean max) {
        Tensor out = t.detach();
        for (int d : dims) {
            out = Reductions.extreme(out, d, true, max).values();
        }
        return out;
    }

    /** amax/amin: the gradient is split evenly among tied extremes, as in PyTorch. */
    static Tensor amax(Tensor t, int[] dimsIn, boolean keepdim, boolean max) {
        String name = max ? "amax" : "amin";
        if (t.numel() == 0 && (dimsIn == null || dimsIn.length == 0)) {
            throw KindlingError.runtimeError(name + "(): Expected reduction dim to be specified for input.numel() == 0. "
                    + "Specify the reduction dim with the 'dim' argument.");
        }
        int[] d = dims(dimsIn, t.dim());
        Tensor kept = t.dim() == 0 ? t.detach().clone() : extremeKept(t, d, max);
        Tensor out = squeezeDims(kept, d, keepdim).clone();
        return out.withGradFn(max ? "AmaxBackward0" : "AminBackward0", new Tensor[] {t}, g -> {
            Tensor mask = t.detach().eq(kept).to(g.dtype);
            Tensor count = mask.sum(d, true);
            return new Tensor[] {unsqueezeDims(g, d, keepdim, t.dim()).mul(mask).div(count)};
        }, true);
    }

    /** A reduced gradient with its dims put back (size 1), to broadcast against the input. */
    private static Tensor unsqueezeDims(Tensor g, int[] dims, boolean keepdim, int rank) {
        Tensor out = g;
        for (int i = 0; i < dims.length && !keepdim && rank > 0; i++) {
            out = out.unsqueeze(dims[i]);
        }
        return out;
    }

    /** log(sum(exp(x))) over dims, shifted by the max (0 where the max is infinite, as ATen) for stability. */
    static Tensor logsumexp(Tensor t, int[] dimsIn, boolean keepdim) {
        Tensor x = t.dtype.isFloatingPoint() ? t.detach() : t.detach().to(DType.DEFAULT_FLOAT);
        int[] d = dims(dimsIn, t.dim());
        Tensor maxes = t.dim() == 0 ? x : extremeKept(x, d, true);
        Tensor shift = Pointwise.map1(maxes, maxes.dtype, v -> Double.isInfinite(v) ? 0 : v);
        Tensor kept = x.sub(shift).exp().sum(d, true).log().add(shift);
        Tensor out = squeezeDims(kept, d, keepdim).clone();
        return out.withGradFn("LogsumexpBackward0", new Tensor[] {t}, g -> new Tensor[] {
            unsqueezeDims(g, d, keepdim, t.dim()).mul(x.sub(kept).exp())}, true);
    }

    /** The number of non-zero elements (over dims when given), as int64. */
    static Tensor countNonzero(Tensor t, int[] dimsIn) {
        Tensor nonzero = t.detach().ne(0).to(DType.INT64);
        return dimsIn == null ? nonzero.sum() : nonzero.sum(dims(dimsIn, t.dim()), false);
    }

    /** Running product along dim, rounded to the dtype at each step; integer inputs give int64. */
    static Tensor cumprod(Tensor t, int dim) {
        int d = Shapes.wrapDim(dim, Math.max(1, t.dim()));
        DType type = t.dtype.isFloatingPoint() ? t.dtype : DType.INT64;
        int[] l = Reductions.lanes(t.shape, d);
        double[] out = Torch.allocate(t.shape, type);
        double[] tArray = t.values();
        for (int o = 0; o < l[0]; o++) {
            for (int k = 0; k < l[2]; k++) {
                double running = 1;
                for (int j = 0; j < l[1]; j++) {
                    int at = (o * l[1] + j) * l[2] + k;
                    // ATen multiplies float32 in double (its acc_type) and rounds each output
                    running = type == DType.FLOAT32 ? running * tArray[at] : type.cast(running * tArray[at]);
                    out[at] = type.cast(running);
                }
            }
        }
        return new Tensor(out, t.shape.clone(), type).withGradFn("CumprodBackward0", new Tensor[] {t},
                g -> new Tensor[] {cumprodGrad(t, g, l)}, true);
    }

    /**
     * d out[j] / d x[i] = prod_{k <= j, k != i} x[k] for j >= i: computed directly (quadratic in the
     * lane length), so that zeros in the input need no special case.
     */
    private static Tensor cumprodGrad(Tensor t, Tensor g, int[] l) {
        double[] grad = new double[t.numel()];
        double[] tArray = t.values();
        double[] gValues = g.values();
        for (int o = 0; o < l[0]; o++) {
            for (int k = 0; k < l[2]; k++) {
                for (int i = 0; i < l[1]; i++) {
                    double sum = 0;
                    double prefix = 1;
                    for (int j = 0; j < l[1]; j++) {
                        double xj = tArray[(o * l[1] + j) * l[2] + k];
                        prefix *= j == i ? 1 : xj;
                        if (j >= i) {
                            sum += gValues[(o * l[1] + j) * l[2] + k] * prefix;
                        }
                    }
                    grad[(o * l[1] + i) * l[2] + k] = g.dtype.cast(sum);
                }
            }
        }
        return new Tensor(grad, t.shape.clone(), g.dtype);
    }
}
