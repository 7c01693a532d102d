package dev.kindling.tensor;

import java.util.Arrays;

import dev.kindling.tensor.device.BinaryKernel;
import dev.kindling.tensor.device.ReduceKernel;
import dev.kindling.tensor.device.UnaryKernel;

import dev.kindling.autograd.GradMode;
import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.cpu.Float32Kernels;
import dev.kindling.tensor.storage.FloatConversions;

/** Reductions (sum, mean, max, var, ...) and ops along one dimension (softmax, cumsum, sort), with backward rules. */
final class Reductions {
    private Reductions() {}

    /** Which output element each input element reduces into, for a set of reduced dims. */
    private static final class Plan {
        final int[] outShape;
        final int[] keptShape;
        private final int[] shape;
        /** Each input element's output position; made on first use (the float32 cascade paths never need it). */
        private int[] target;
        final int groupSize;

        Plan(int[] shape, int[] dims, boolean keepdim) {
            boolean[] reduced = new boolean[shape.length];
            if (dims == null) {
                Arrays.fill(reduced, true);
            } else {
                for (int d : dims) {
                    int wrapped = Shapes.wrapDim(d, shape.length);
                    if (shape.length > 0) { // a 0-d tensor takes dim 0 or -1 and reduces to itself
                        reduced[wrapped] = true;
                    }
                }
            }
            keptShape = new int[shape.length];
            int kept = 0;
            int group = 1;
            for (int i = 0; i < shape.length; i++) {
                keptShape[i] = reduced[i] ? 1 : shape[i];
                if (!reduced[i]) {
                    kept++;
                } else {
                    group *= shape[i];
                }
            }
            groupSize = group;
            int[] squeezed = new int[kept];
            for (int i = 0, j = 0; i < shape.length; i++) {
                if (!reduced[i]) {
                    squeezed[j++] = shape[i];
                }
            }
            outShape = keepdim ? keptShape.clone() : squeezed;
            this.shape = shape;
        }

        int[] target() {
            if (target == null) {
                target = targets(shape, keptShape);
            }
            return target;
        }

        private static int[] targets(int[] shape, int[] keptShape) {
            int n = Shapes.numel(shape);
            int[] target = new int[n];
            int[] outStrides = Shapes.broadcastStrides(keptShape, shape);
            int[] counter = new int[shape.length];
            int o = 0;
            for (int i = 0; i < n; i++) {
                target[i] = o;
                for (int d = shape.length - 1; d >= 0; d--) {
                    counter[d]++;
                    o += outStrides[d];
                    if (counter[d] < shape[d]) {
                        break;
                    }
                    o -= outStrides[d] * shape[d];
                    counter[d] = 0;
                }
            }
            return target;
        }
    }

    /** Expands a reduced gradient back over the reduced dims. */
    private static Tensor expandBack(Tensor g, Plan p, int[] shape) {
        return Reshapes.expandTo(g.reshape(p.keptShape), shape);
    }

    static Tensor sum(Tensor t, int[] dims, boolean keepdim) {
        Plan p = new Plan(t.shape, dims, keepdim);
        DType out = t.dtype.isFloatingPoint() ? t.dtype : DType.INT64;
        Tensor result = Devices.onDevice(t) ? sumOnDevice(t, dims, p, out) : new Tensor(sumOf(t, dims, p, out), p.outShape, out);
        return result.withGradFn(dims == null ? "SumBackward0" : "SumBackward1", new Tensor[] {t},
                g -> new Tensor[] {expandBack(g, p, t.shape)}, false);
    }

    private static double[] sumOf(Tensor t, int[] dims, Plan p, DType out) {
        double[] acc = sumValues(t, dims, p);
        for (int i = 0; i < acc.length; i++) {
            acc[i] = out.cast(acc[i]);
        }
        return acc;
    }

    /** The sum by t's device backend, in the plan's output shape. */
    private static Tensor sumOnDevice(Tensor t, int[] dims, Plan p, DType out) {
        boolean[] reduced = new boolean[t.shape.length];
        for (int d = 0; d < reduced.length; d++) {
            reduced[d] = dims == null;
        }
        if (dims != null) {
            for (int d : dims) {
                reduced[Shapes.wrapDim(d, t.shape.length)] = true;
            }
        }
        return Devices.reduce(ReduceKernel.SUM, t, reduced, out).sameElements(p.outShape);
    }

    /**
     * Sums per output element: float32 over all elements or one dim in the numerics policy's
     * order ({@link Float32Kernels#sum}), everything else accumulated in double.
     */
    private static double[] sumValues(Tensor t, int[] dims, Plan p) {
        double[] acc = new double[Shapes.numel(p.outShape)];
        if (t.dtype == DType.FLOAT32) {
            float[] f = null;
            if (dims == null || t.shape.length <= 1) {
                f = new float[] {TorchState.current().kernels().sumAll(t.floatValues())};
            } else if (distinct(dims, t.shape.length) == 1) {
                f = TorchState.current().kernels().sum(t.floatValues(), t.shape, Shapes.wrapDim(dims[0], t.shape.length));
            }
            if (f != null && f.length == acc.length) {
                FloatConversions.toDoubles(f, 0, acc, 0, f.length);
                return acc;
            }
        }
        int[] target = p.target();
        double[] tArray = t.doubles();
        for (int i = 0; i < t.numel(); i++) {
            acc[target[i]] += tArray[i];
        }
        return acc;
    }

    private static int distinct(int[] dims, int rank) {
        return (int) Arrays.stream(dims).map(d -> Shapes.wrapDim(d, rank)).distinct().count();
    }

    static Tensor mean(Tensor t, int[] dims, boolean keepdim) {
        if (!t.dtype.isFloatingPoint()) {
            throw KindlingError.runtimeError("mean(): could not infer output dtype. Input dtype must be either a "
                    + "floating point or complex dtype. Got: " + Pointwise.typeWord(t.dtype));
        }
        Plan p = new Plan(t.shape, dims, keepdim);
        Tensor result = Devices.onDevice(t) ? Devices.binary(BinaryKernel.DIV, sumOnDevice(t, dims, p, t.dtype),
                Torch.asTensor((long) p.groupSize), t.dtype, t.dtype) : new Tensor(meanOf(t, dims, p), p.outShape, t.dtype);
        return result.withGradFn(dims == null ? "MeanBackward0" : "MeanBackward1", new Tensor[] {t},
                g -> new Tensor[] {expandBack(g, p, t.shape).div((double) p.groupSize)}, false);
    }

    private static double[] meanOf(Tensor t, int[] dims, Plan p) {
        double[] acc = sumValues(t, dims, p);
        for (int i = 0; i < acc.length; i++) {
            // PyTorch's CPU mean is sum(...).div_(count): the float32 sum divided in float.
            acc[i] = t.dtype == DType.FLOAT32 ? (float) acc[i] / (float) p.groupSize
                    : t.dtype.cast(acc[i] / p.groupSize);
        }
        return acc;
    }

    static Tensor prod(Tensor t, int[] dims, boolean keepdim) {
        Plan p = new Plan(t.shape, dims, keepdim);
        DType out = t.dtype.isFloatingPoint() ? t.dtype : DType.INT64;
        double[] acc = new double[Shapes.numel(p.outShape)];
        Arrays.fill(acc, 1);
        int[] target = p.target();
        double[] tArray = t.doubles();
        for (int i = 0; i < t.numel(); i++) {
            acc[target[i]] = out.cast(acc[target[i]] * tArray[i]);
        }
        Tensor result = new Tensor(acc, p.outShape, out);
        return result.withGradFn(dims == null ? "ProdBackward0" : "ProdBackward1", new Tensor[] {t}, g -> {
            double[] grad = new double[t.numel()];
            Tensor ge = expandBack(g, p, t.shape);
            double[] geValues = ge.doubles();
            double[] values = t.doubles();
            for (int i = 0; i < grad.length; i++) {
                double others = 1;
                for (int j = 0; j < values.length; j++) {
                    if (j != i && target[j] == target[i]) {
                        others *= values[j];
                    }
                }
                grad[i] = t.dtype.cast(geValues[i] * others);
            }
            return new Tensor[] {new Tensor(grad, t.shape.clone(), t.dtype)};
        }, true);
    }

    /** max()/min() over all elements; the gradient is shared evenly among tied maxima, as in PyTorch. */
    static Tensor extreme(Tensor t, boolean max) {
        if (t.numel() == 0) {
            throw KindlingError.runtimeError((max ? "max" : "min") + "(): Expected reduction dim to be specified for "
                    + "input.numel() == 0. Specify the reduction dim with the 'dim' argument.");
        }
        if (Devices.onDevice(t)) {
            return extremeOnDevice(t, max);
        }
        double best = t.doubles()[0];
        for (double v : t.doubles()) {
            if (Double.isNaN(v) || (max ? v > best : v < best)) {
                best = v;
                if (Double.isNaN(v)) {
                    break;
                }
            }
        }
        double chosen = best;
        Tensor result = new Tensor(new double[] {best}, new int[0], t.dtype);
        return result.withGradFn(max ? "MaxBackward1" : "MinBackward1", new Tensor[] {t}, g -> {
            Tensor mask = Pointwise.map1(t, g.dtype, v -> v == chosen ? 1 : 0);
            double count = mask.sum().doubles()[0];
            return new Tensor[] {mask.mul(g).div(count)};
        }, true);
    }

    /** {@link #extreme} by t's device backend; the gradient is shared among the elements that tie, as on the CPU. */
    private static Tensor extremeOnDevice(Tensor t, boolean max) {
        boolean[] all = new boolean[t.shape.length];
        java.util.Arrays.fill(all, true);
        Tensor result = Devices.reduce(max ? ReduceKernel.MAX : ReduceKernel.MIN, t, all, t.dtype).sameElements(new int[0]);
        return result.withGradFn(max ? "MaxBackward1" : "MinBackward1", new Tensor[] {t}, g -> {
            Tensor mask = t.eq(result).to(g.dtype);
            return new Tensor[] {mask.mul(g).div(mask.sum())};
        }, true);
    }

    /** Iterates the lanes along {@code dim}: outer x n x inner. */
    static int[] lanes(int[] shape, int dim) {
        int outer = 1;
        int inner = 1;
        for (int i = 0; i < dim; i++) {
            outer *= shape[i];
        }
        for (int i = dim + 1; i < shape.length; i++) {
            inner *= shape[i];
        }
        return new int[] {outer, shape.length == 0 ? 1 : shape[dim], inner};
    }

    private static int[] removeDim(int[] shape, int dim, boolean keepdim) {
        if (shape.length == 0) {
            return shape;
        }
        if (keepdim) {
            int[] s = shape.clone();
            s[dim] = 1;
            return s;
        }
        int[] s = new int[shape.length - 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i != dim) {
                s[j++] = shape[i];
            }
        }
        return s;
    }

    static ValuesIndices extreme(Tensor t, int dim, boolean keepdim, boolean max) {
        int d = Shapes.wrapDim(dim, t.shape.length);
        int[] l = lanes(t.shape, d);
        if (l[1] == 0) {
            throw KindlingError.indexError((max ? "max" : "min") + "(): Expected reduction dim " + d
                    + " to have non-zero size.");
        }
        int[] outShape = removeDim(t.shape, d, keepdim);
        double[] values = new double[l[0] * l[2]];
        double[] indices = new double[values.length];
        double[] tArray = t.values();
        for (int o = 0; o < l[0]; o++) {
            for (int k = 0; k < l[2]; k++) {
                int base = o * l[1] * l[2] + k;
                double best = tArray[base];
                int bestIndex = 0;
                for (int i = 1; i < l[1]; i++) {
                    double v = tArray[base + i * l[2]];
                    if (!Double.isNaN(best) && (Double.isNaN(v) || (max ? v > best : v < best))) {
                        best = v;
                        bestIndex = i;
                    }
                }
                values[o * l[2] + k] = best;
                indices[o * l[2] + k] = bestIndex;
            }
        }
        Tensor idx = new Tensor(indices, outShape.clone(), DType.INT64);
        Tensor vals = new Tensor(values, outShape, t.dtype);
        vals.withGradFn(max ? "MaxBackward0" : "MinBackward0", new Tensor[] {t},
                g -> new Tensor[] {scatterAlong(g, idx, t.shape, d, keepdim)}, false);
        return new ValuesIndices(max ? "max" : "min", vals, idx);
    }

    /** Puts each gradient value at its index along dim, zeros elsewhere (backward of max(dim), sort, topk). */
    private static Tensor scatterAlong(Tensor g, Tensor idx, int[] shape, int d, boolean keepdim) {
        int[] l = lanes(shape, d);
        int picks = idx.numel() / Math.max(1, l[0] * l[2]);
        double[] out = new double[Shapes.numel(shape)];
        double[] idxValues = idx.values();
        double[] gValues = g.values();
        for (int o = 0; o < l[0]; o++) {
            for (int j = 0; j < picks; j++) {
                for (int k = 0; k < l[2]; k++) {
                    int at = o * picks * l[2] + j * l[2] + k;
                    out[o * l[1] * l[2] + (int) idxValues[at] * l[2] + k] += gValues[at];
                }
            }
        }
        return new Tensor(out, shape.clone(), g.dtype);
    }

    static Tensor argExtreme(Tensor t, Integer dim, boolean keepdim, boolean max) {
        if (dim == null) {
            Tensor flat = t.reshape(-1);
            Tensor r = extreme(flat, 0, false, max).indices();
            return keepdim ? r.reshape(ones(t.shape.length)) : r;
        }
        return extreme(t, dim, keepdim, max).indices();
    }

    private static int[] ones(int n) {
        int[] s = new int[n];
        Arrays.fill(s, 1);
        return s;
    }

    /**
     * The 2-norm of all elements as ATen's vectorised norm kernel computes it: squares summed in
     * one accumulator per AVX2 lane (8 floats, 4 doubles), each product rounded before it is
     * added, the lanes added in order, the tail added to the first, then the root, correctly
     * rounded. Matched PyTorch 2.13 on float32 vectors of 17 to 100,003 elements.
     */
    static double normTwo(double[] v, DType dtype) {
        boolean f32 = dtype == DType.FLOAT32;
        int lanes = f32 ? 8 : 4;
        double[] acc = new double[lanes];
        int whole = v.length - v.length % lanes;
        for (int d = 0; d < whole; d += lanes) {
            for (int j = 0; j < lanes; j++) {
                acc[j] = dtype.cast(acc[j] + dtype.cast(v[d + j] * v[d + j]));
            }
        }
        double total = acc[0];
        for (int j = 1; j < lanes; j++) {
            total = dtype.cast(total + acc[j]);
        }
        for (int i = whole; i < v.length; i++) {
            total = dtype.cast(total + dtype.cast(v[i] * v[i]));
        }
        return dtype.cast(Math.sqrt(total));
    }

    /**
     * var or std over all elements as ATen's {@code std_var_all_cpu}: the mean in the tensor's
     * dtype, then the squared deviations summed in double, in order within each of the policy's
     * chunks ({@link Float32Kernels#forEachChunk}), divided and rooted in double, and rounded once
     * to the dtype.
     */
    private static double spreadOfAll(Tensor x, int divisor, boolean root) {
        double mean = mean(x, null, false).values()[0];
        double[] v = x.values();
        double[] total = {0};
        TorchState.current().kernels().forEachChunk(v.length, (from, to) -> {
            double chunk = 0;
            for (int i = from; i < to; i++) {
                double dx = v[i] - mean;
                chunk += dx * dx;
            }
            total[0] += chunk;
        });
        double var = total[0] / Math.max(0, divisor);
        return root ? Math.sqrt(var) : var;
    }

    static Tensor var(Tensor t, int[] dims, boolean unbiased, boolean keepdim) {
        return spread(t, dims, unbiased, keepdim, false);
    }

    static Tensor std(Tensor t, int[] dims, boolean unbiased, boolean keepdim) {
        return spread(t, dims, unbiased, keepdim, true);
    }

    /**
     * Variance, or with {@code root} standard deviation, recorded as one node (VarBackward0,
     * StdBackward0) as PyTorch records it: d var/dx = 2 (x - mean) / n, d std/dx = (x - mean) / (n std).
     */
    private static Tensor spread(Tensor t, int[] dims, boolean unbiased, boolean keepdim, boolean root) {
        Plan p = new Plan(t.shape, dims, keepdim);
        int n = Math.max(p.groupSize - (unbiased ? 1 : 0), 0);
        Tensor diff;
        Tensor value;
        boolean previous = GradMode.set(false);
        try {
            Tensor x = t.detach();
            diff = x.sub(mean(x, dims, true));
            if (p.groupSize == t.numel() && t.numel() > 0 && t.dtype.isFloatingPoint()) {
                value = Torch.scalar(spreadOfAll(x, n, root), t.dtype).reshape(p.outShape);
            } else {
                Tensor var = sum(diff.mul(diff), dims, keepdim).div((double) n);
                // PyTorch takes std's root inside its reduction kernel: correctly rounded, unlike torch.sqrt.
                value = root ? var.correctlyRoundedSqrt() : var;
            }
        } finally {
            GradMode.set(previous);
        }
        Tensor kept = value.sameElements(p.keptShape);
        return new Tensor(value.elements, value.shape, value.dtype).withGradFn(root ? "StdBackward0" : "VarBackward0",
                new Tensor[] {t}, g -> {
                    // ATen: var's (2 / dof) * g * (x - mean); std's g / (2 std) fed to it
                    Tensor gk = g.reshape(p.keptShape);
                    Tensor gVar = root ? gk.div(kept.mul(2.0)) : gk;
                    return new Tensor[] {gVar.mul(2.0 / n).mul(diff)};
                }, false);
    }

    static Tensor softmax(Tensor t, int dim, boolean log) {
        int d = Shapes.wrapDim(dim, t.shape.length);
        DType type = t.dtype.isFloatingPoint() ? t.dtype : DType.DEFAULT_FLOAT;
        int[] l = lanes(t.shape, d);
        if (t.numel() == 0) {
            return withSoftmaxGradient(new Tensor(new double[0], t.shape.clone(), type), t, d, log);
        }
        if (Devices.onDevice(t)) {
            return withSoftmaxGradient(softmaxOnDevice(t, d, type, log), t, d, log);
        }
        if (t.dtype == DType.FLOAT32 && l[2] == 1) {
            float[] rows = new float[t.numel()];
            if (rows.length > 0) {
                TorchState.current().kernels().softmaxRows(t.floatValues(), rows, l[1], log);
            }
            return withSoftmaxGradient(new Tensor(Elements.ofFloat32(rows), t.shape.clone(), type), t, d, log);
        }
        return withSoftmaxGradient(new Tensor(softmaxByLanes(t, l, type, log), t.shape.clone(), type), t, d, log);
    }

    /** Softmax over the middle of {@code lanes} (outer, dim, inner), for all but float32's last dim. */
    private static double[] softmaxByLanes(Tensor t, int[] l, DType type, boolean log) {
        double[] out = new double[t.numel()];
        double[] input = t.values();
        if (t.dtype == DType.FLOAT32) {
            TorchState.current().kernels().softmaxColumns(input, out, l[0], l[1], l[2], log);
            return out;
        }
        for (int o = 0; o < l[0]; o++) {
            for (int k = 0; k < l[2]; k++) {
                int base = o * l[1] * l[2] + k;
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < l[1]; i++) {
                    max = Math.max(max, input[base + i * l[2]]);
                }
                double total = 0;
                for (int i = 0; i < l[1]; i++) {
                    total += Math.exp(input[base + i * l[2]] - max);
                }
                for (int i = 0; i < l[1]; i++) {
                    double x = input[base + i * l[2]] - max;
                    out[base + i * l[2]] = type.cast(log ? x - Math.log(total) : Math.exp(x) / total);
                }
            }
        }
        return out;
    }

    /** Softmax (or its log) along d by t's device backend: exp(t - max) over its sum, as ATen computes it. */
    private static Tensor softmaxOnDevice(Tensor t, int d, DType type, boolean log) {
        Tensor x = t.dtype == type ? t : Devices.unary(UnaryKernel.CAST, t, type);
        Tensor shifted = Devices.binary(BinaryKernel.SUB, x, Devices.reduce(ReduceKernel.MAX, x, d, type), type, type);
        Tensor e = Devices.unary(UnaryKernel.EXP, shifted, type);
        Tensor sum = Devices.reduce(ReduceKernel.SUM, e, d, type);
        return log ? Devices.binary(BinaryKernel.SUB, shifted, Devices.unary(UnaryKernel.LOG, sum, type), type, type)
                : Devices.binary(BinaryKernel.DIV, e, sum, type, type);
    }

    private static Tensor withSoftmaxGradient(Tensor result, Tensor t, int d, boolean log) {
        if (log) {
            return result.withGradFn("LogSoftmaxBackward0", new Tensor[] {t}, g -> new Tensor[] {
                floatRowsBackward(g, result, d) ? softmaxRowsBackward(g, result, true)
                        : g.sub(result.exp().mul(g.sum(d, true)))}, true);
        }
        return result.withGradFn("SoftmaxBackward0", new Tensor[] {t}, g -> new Tensor[] {
            floatRowsBackward(g, result, d) ? softmaxRowsBackward(g, result, false)
                    : result.mul(g.sub(g.mul(result).sum(d, true)))}, true);
    }

    /**
     * Whether a softmax gradient takes the policy's float32 last-dim kernel
     * ({@link Float32Kernels#softmaxRowsBackward}):
     * not when the backward pass is itself recorded (create_graph), which needs the composite.
     */
    private static boolean floatRowsBackward(Tensor g, Tensor out, int dim) {
        return out.dtype == DType.FLOAT32 && dim == out.shape.length - 1 && Gradients.byKernel(g, out);
    }

    private static Tensor softmaxRowsBackward(Tensor g, Tensor out, boolean log) {
        int n = out.shape.length == 0 ? 1 : out.shape[out.shape.length - 1];
        float[] gradIn = new float[out.numel()];
        if (n > 0) {
            TorchState.current().kernels().softmaxRowsBackward(g.floatValues(), out.floatValues(), gradIn, n, log);
        }
        return new Tensor(Elements.ofFloat32(gradIn), out.shape.clone(), DType.FLOAT32);
    }

    static Tensor cumsum(Tensor t, int dim) {
        int d = Shapes.wrapDim(dim, t.shape.length);
        DType type = t.dtype.isFloatingPoint() ? t.dtype : DType.INT64;
        int[] l = lanes(t.shape, d);
        double[] out = new double[t.numel()];
        double[] tArray = t.values();
        for (int o = 0; o < l[0]; o++) {
            for (int k = 0; k < l[2]; k++) {
                int base = o * l[1] * l[2] + k;
                double acc = 0;
                for (int i = 0; i < l[1]; i++) {
                    // ATen accumulates float32 in double (its acc_type) and rounds each output
                    acc = type == DType.FLOAT32 ? acc + tArray[base + i * l[2]] : type.cast(acc + tArray[base + i * l[2]]);
                    out[base + i * l[2]] = type.cast(acc);
                }
            }
        }
        Tensor result = new Tensor(out, t.shape.clone(), type);
        return result.withGradFn("CumsumBackward0", new Tensor[] {t},
                g -> new Tensor[] {g.flip(d).cumsum(d).flip(d)}, false);
    }

    static Tensor anyAll(Tensor t, boolean any) {
        for (double v : t.doubles()) {
            if ((v != 0) == any) {
                return Torch.scalar(any ? 1 : 0, DType.BOOL);
            }
        }
        return Torch.scalar(any ? 0 : 1, DType.BOOL);
    }

    static ValuesIndices sort(Tensor t, int dim, boolean descending) {
        int d = Shapes.wrapDim(dim, t.shape.length);
        int[] l = lanes(t.shape, d);
        double[] values = new double[t.numel()];
        double[] indices = new double[t.numel()];
        double[] tArray = t.values();
        for (int o = 0; o < l[0]; o++) {
            for (int k = 0; k < l[2]; k++) {
                int base = o * l[1] * l[2] + k;
                Integer[] order = new Integer[l[1]];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, (x, y) -> {
                    int c = compareNaNLast(tArray[base + x * l[2]], tArray[base + y * l[2]]);
                    return descending ? -c : c;
                });
                for (int i = 0; i < order.length; i++) {
                    values[base + i * l[2]] = tArray[base + order[i] * l[2]];
                    indices[base + i * l[2]] = order[i];
                }
            }
        }
        Tensor idx = new Tensor(indices, t.shape.clone(), DType.INT64);
        Tensor vals = new Tensor(values, t.shape.clone(), t.dtype);
        vals.withGradFn("SortBackward0", new Tensor[] {t}, g -> new Tensor[] {scatterAlong(g, idx, t.shape, d, true)}, false);
        return new ValuesIndices("sort", vals, idx);
    }

    private static int compareNaNLast(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) ? (Double.isNaN(b) ? 0 : 1) : -1;
        }
        return Double.compare(a, b);
    }

    static ValuesIndices topk(Tensor t, int k, int dim, boolean largest) {
        int d = Shapes.wrapDim(dim, t.shape.length);
        if (t.dim() == 0 && (k == 0 || k == 1)) {
            // PyTorch hands a 0-d input back as its own top element, for k = 0 as well
            Tensor value = t.detach().clone().withGradFn("TopkBackward0", new Tensor[] {t}, g -> new Tensor[] {g},
                    false);
            return new ValuesIndices("topk", value, Torch.full(new int[0], 0, DType.INT64));
        }
        if (k > (t.dim() == 0 ? 1 : t.size(d)) || k < 0) {
            throw KindlingError.runtimeError("selected index k out of range");
        }
        ValuesIndices sorted = sort(t, d, largest);
        Tensor vals = Indexing.narrow(sorted.values().detach(), d, 0, k);
        Tensor idx = Indexing.narrow(sorted.indices(), d, 0, k);
        vals.withGradFn("TopkBackward0", new Tensor[] {t}, g -> new Tensor[] {scatterAlong(g, idx, t.shape, d, true)}, false);
        return new ValuesIndices("topk", vals, idx);
    }
}
