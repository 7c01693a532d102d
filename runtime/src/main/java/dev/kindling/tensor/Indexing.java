package dev.kindling.tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.kindling.autograd.GradMode;
import dev.kindling.errors.KindlingError;

/**
 * {@code t[...]} and {@code t[...] = v}. An index expression becomes a list of output axes,
 * each a set of element offsets into the source (a slice, a fixed integer, a new axis, a bool
 * mask's true positions, or an int64 tensor's positions); the selected elements are every sum
 * of one offset per axis. The same offsets scatter gradients back and serve assignment.
 */
final class Indexing {
    private Indexing() {}

    private record Axis(int[] outDims, int[] offsets, boolean advanced) {
        Axis(int[] outDims, int[] offsets) {
            this(outDims, offsets, false);
        }
    }

    private record Selection(int[] shape, int[] positions, String gradName) {}

    static Tensor get(Tensor t, Index[] index) {
        if (Arrays.stream(index).noneMatch(i -> i.kind == Index.Kind.TENSOR)) {
            Tensor rows = leadingRows(t, index);
            return rows != null ? rows : basicView(t, index, "");
        }
        Selection s = select(t, index);
        if (Devices.onDevice(t)) {
            return Devices.take(t, s.positions, s.shape).withGradFn(s.gradName, new Tensor[] {t},
                    scatterRule(t.shape, () -> s.positions), false);
        }
        double[] out = Torch.allocate(s.shape, t.dtype);
        double[] tArray = t.values();
        for (int i = 0; i < out.length; i++) {
            out[i] = tArray[s.positions[i]];
        }
        return new Tensor(out, s.shape, t.dtype).withGradFn(s.gradName, new Tensor[] {t}, scatterRule(t.shape,
                () -> s.positions), false);
    }

    /**
     * {@code t[index]} for a basic index (ints, slices, None, ...): a view of t's storage, made in
     * O(1) from t's offset and strides, with PyTorch's node ({@code name} overrides it when not empty).
     */
    private static Tensor basicView(Tensor t, Index[] index, String name) {
        int[] physical = ViewOf.stridesOf(t);
        if (physical == null) {
            return basicView(t.contiguous(), index, name);
        }
        Parsed storage = parse(t, index, physical);
        int[] shape = shapeOf(storage.axes);
        Tensor view = ViewOf.make(t, shape, ViewOf.offsetOf(t) + firstOffset(storage.axes), stepsOf(storage.axes),
                null).withLayout(basicStrides(t, index));
        int[] rowMajor = Shapes.strides(t.shape);
        // the positions in t's own order, worked out only if backward runs
        return view.withGradFn(name.isEmpty() ? storage.name : name, new Tensor[] {t}, scatterRule(t.shape,
                () -> combine(parse(t, index, rowMajor).axes, storage.name).positions), false);
    }

    /** The gradient of a selection: g's elements added at the positions they were read from. */
    private static dev.kindling.autograd.Node.Rule scatterRule(int[] inputShape,
            java.util.function.Supplier<int[]> positionsOf) {
        int[] shape = inputShape.clone();
        return g -> new Tensor[] {Gradients.scattered(g, shape, positionsOf.get())};
    }

    private static int[] shapeOf(List<Axis> axes) {
        List<Integer> shape = new ArrayList<>();
        for (Axis a : axes) {
            for (int d : a.outDims) {
                shape.add(d);
            }
        }
        return shape.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Where a basic selection starts: the sum of each axis's first offset. */
    private static int firstOffset(List<Axis> axes) {
        int offset = 0;
        for (Axis a : axes) {
            offset += a.offsets.length > 0 ? a.offsets[0] : 0;
        }
        return offset;
    }

    /** A basic selection's strides: each kept axis's step between consecutive offsets. */
    private static int[] stepsOf(List<Axis> axes) {
        List<Integer> steps = new ArrayList<>();
        for (Axis a : axes) {
            if (a.outDims.length == 1) {
                steps.add(a.offsets.length >= 2 ? a.offsets[1] - a.offsets[0] : 0);
            }
        }
        return steps.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * {@code t[start:stop]} (one step-1 slice of the first dimension), or null for any other index:
     * the view's copy is one block of t's, and a float batch's is read in place by a product
     * ({@link RowsFill}). Why: a training loop slices its batch this way every step. Same view and
     * grad_fn name as the general path, with a backward that copies one block.
     */
    private static Tensor leadingRows(Tensor t, Index[] index) {
        if (index.length != 1 || index[0].kind != Index.Kind.SLICE || index[0].step != 1 || t.shape.length == 0
                || Devices.onDevice(t)) {
            return null; // a device's views are its backend's gathers (basicView)
        }
        int[] physical = ViewOf.stridesOf(t);
        if (physical == null) {
            return null;
        }
        Index i = index[0];
        int size = t.shape[0];
        int start = (int) (i.start == null ? 0 : clamp(i.start, size));
        int stop = (int) (i.stop == null ? size : clamp(i.stop, size));
        int count = Math.max(0, stop - start);
        int row = Shapes.numel(java.util.Arrays.copyOfRange(t.shape, 1, t.shape.length));
        int[] shape = t.shape.clone();
        shape[0] = count;
        String name = i.start != null || i.stop != null ? "SliceBackward0" : "AliasBackward0";
        int[] inputShape = t.shape.clone();
        Elements.Fill fill = t.dtype == DType.FLOAT32 && t.keptFloats() != null
                ? new RowsFill(t, start * row, count * row) : null;
        Tensor view = ViewOf.make(t, shape, ViewOf.offsetOf(t) + start * physical[0], physical, fill)
                .withLayout(t.stride());
        return view.withGradFn(name, new Tensor[] {t}, g -> {
            double[] grad = new double[Shapes.numel(inputShape)];
            System.arraycopy(g.values(), 0, grad, start * row, count * row);
            return new Tensor[] {new Tensor(grad, inputShape, g.dtype)};
        }, false);
    }

    /**
     * Whole rows of a float32 tensor, {@code length} elements from element {@code from} of
     * {@code source}, not copied yet: copied as floats when first read (its values then, as a view
     * of the source shows them), or read in place by a product ({@link Products}).
     */
    record RowsFill(Tensor source, int from, int length) implements Elements.FloatFill {
        @Override
        public float[] floats() {
            float[] kept = source.keptFloats();
            if (kept != null) {
                return java.util.Arrays.copyOfRange(kept, from, from + length);
            }
            float[] out = new float[length];
            dev.kindling.tensor.storage.FloatConversions.toFloats(source.values(), from, out, 0, length);
            return out;
        }
    }

    static void set(Tensor t, Index[] index, Tensor value) {
        boolean advanced = Arrays.stream(index).anyMatch(i -> i.kind == Index.Kind.TENSOR);
        if (!advanced && Arrays.stream(index).anyMatch(i -> i.kind == Index.Kind.INT || i.kind == Index.Kind.NEW_AXIS
                || i.kind == Index.Kind.SLICE && (i.start != null || i.stop != null || i.step != 1))) {
            // PyTorch writes through a view here (select/slice/unsqueeze), and names it so.
            t.checkInPlaceOnView();
        }
        t.checkInPlace();
        Selection s = select(t, index);
        Tensor v = Reshapes.expandTo(value, s.shape);
        boolean records = GradMode.isEnabled() && (t.requiresGrad() || value.requiresGrad());
        // Taken before the write: the node must see this tensor's history as it was, not its own.
        Tensor before = records && t.requiresGrad() ? t.inPlaceBase() : null;
        if (Devices.onDevice(t)) {
            Devices.put(t, s.positions, v);
        } else {
            double[] tArray = t.doubles();
            double[] vValues = v.doubles();
            for (int i = 0; i < s.positions.length; i++) {
                tArray[s.positions[i]] = t.dtype.cast(vValues[i]);
            }
        }
        if (records) {
            t.adoptHistory(copySlices(t, s.shape, s.positions, before, value, advanced ? "IndexPutBackward0"
                    : "CopySlices"));
        }
        t.bumpVersion();
    }

    /**
     * PyTorch's CopySlices (or, for advanced indices, IndexPutBackward0) node for
     * {@code t[index] = value}: the gradient flows to the old
     * contents everywhere except the written positions, and to the value from exactly those
     * positions (summed back over any broadcasting).
     */
    static Tensor copySlices(Tensor t, int[] selectedShape, int[] positions, Tensor before, Tensor value,
            String name) {
        int[] shape = t.shape.clone();
        int[] valueShape = value.shape.clone();
        Tensor out = new Tensor(t.elements, shape, t.dtype);
        return out.withGradFn(name, new Tensor[] {before, value}, g -> {
            double[] gArray = g.values();
            double[] rest = gArray.clone();
            double[] written = new double[positions.length];
            for (int i = 0; i < written.length; i++) {
                written[i] += gArray[positions[i]];
                rest[positions[i]] = 0;
            }
            Tensor toValue = Gradients.sumToShape(new Tensor(written, selectedShape, g.dtype), valueShape);
            return new Tensor[] {new Tensor(rest, shape, g.dtype), toValue};
        }, false);
    }

    /** Elements [start, start + length) along dim, as a new tensor, without a graph node. */
    static Tensor narrow(Tensor t, int dim, int start, int length) {
        return narrowWithGrad(t.detach(), dim, start, length, "SliceBackward0");
    }

    static Tensor narrowWithGrad(Tensor t, int dim, int start, int length, String name) {
        Index[] index = new Index[dim + 1];
        for (int i = 0; i < dim; i++) {
            index[i] = Index.all();
        }
        index[dim] = Index.slice((long) start, (long) start + length, 1L);
        return basicView(t, index, name);
    }

    private static Selection select(Tensor t, Index[] index) {
        Parsed p = parse(t, index, Shapes.strides(t.shape));
        return combine(mergeAdvanced(p.axes), p.name);
    }

    /** An index taken apart axis by axis, each axis's offsets in the given strides' units. */
    private record Parsed(List<Axis> axes, boolean advanced, String name) {}

    private static Parsed parse(Tensor t, Index[] index, int[] strides) {
        int consumedTotal = 0;
        int ellipses = 0;
        for (Index i : index) {
            consumedTotal += consumed(i);
            if (i.kind == Index.Kind.ELLIPSIS) {
                ellipses++;
            }
        }
        if (ellipses > 1) {
            throw KindlingError.indexError("an index can only have a single ellipsis ('...')");
        }
        if (consumedTotal > t.shape.length) {
            throw KindlingError.indexError("too many indices for tensor of dimension " + t.shape.length);
        }
        List<Axis> axes = new ArrayList<>();
        String name = null;
        boolean advanced = false;
        int dim = 0;
        for (Index i : index) {
            switch (i.kind) {
                case ELLIPSIS:
                    for (int k = 0; k < t.shape.length - consumedTotal; k++, dim++) {
                        axes.add(sliceAxis(t.shape[dim], strides[dim], null, null, 1));
                    }
                    break;
                case NEW_AXIS:
                    axes.add(new Axis(new int[] {1}, new int[] {0}));
                    name = "UnsqueezeBackward0";
                    break;
                case INT: {
                    long p = i.position;
                    int size = t.shape[dim];
                    if (p < -size || p >= size) {
                        throw KindlingError.indexError("index " + p + " is out of bounds for dimension " + dim
                                + " with size " + size);
                    }
                    axes.add(new Axis(new int[0], new int[] {(int) (p < 0 ? p + size : p) * strides[dim]}));
                    name = "SelectBackward0";
                    dim++;
                    break;
                }
                case SLICE:
                    if (i.step <= 0) {
                        throw KindlingError.valueError("step must be greater than zero");
                    }
                    if (i.start != null || i.stop != null || i.step != 1) {
                        name = "SliceBackward0";
                    }
                    axes.add(sliceAxis(t.shape[dim], strides[dim], i.start, i.stop, i.step));
                    dim++;
                    break;
                default:
                    advanced = true;
                    axes.add(tensorAxis(t, i.tensor, dim, strides));
                    dim += consumed(i);
                    break;
            }
        }
        for (; dim < t.shape.length; dim++) {
            axes.add(sliceAxis(t.shape[dim], strides[dim], null, null, 1));
        }
        return new Parsed(axes, advanced, advanced ? "IndexBackward0" : name == null ? "AliasBackward0" : name);
    }

    /**
     * The strides PyTorch gives {@code t[index]} for a basic index (ints, slices, None, ...),
     * worked out from t's own as ATen's applySlicing does, index by index: an int drops its dim,
     * a slice multiplies its stride by the step, and None inserts a dim whose stride is the size
     * times the stride of the dim it comes before (1 at the end).
     */
    private static int[] basicStrides(Tensor t, Index[] index) {
        List<int[]> dims = new ArrayList<>(); // {size, stride}, the result so far then t's dims still to index
        int[] sizes = t.shape;
        int[] strides = t.stride();
        int consumedTotal = 0;
        for (Index i : index) {
            consumedTotal += consumed(i);
        }
        for (int d = 0; d < sizes.length; d++) {
            dims.add(new int[] {sizes[d], strides[d]});
        }
        int at = 0;
        for (Index i : index) {
            switch (i.kind) {
                case ELLIPSIS:
                    at += sizes.length - consumedTotal;
                    break;
                case NEW_AXIS:
                    int stride = at >= dims.size() ? 1 : dims.get(at)[0] * dims.get(at)[1];
                    dims.add(at++, new int[] {1, stride});
                    break;
                case INT:
                    dims.remove(at);
                    break;
                default: // a slice
                    dims.get(at)[1] *= (int) i.step;
                    at++;
                    break;
            }
        }
        int[] out = new int[dims.size()];
        for (int d = 0; d < out.length; d++) {
            out[d] = dims.get(d)[1];
        }
        return out;
    }

    private static int consumed(Index i) {
        switch (i.kind) {
            case INT:
            case SLICE:
                return 1;
            case TENSOR:
                return i.tensor.dtype == DType.BOOL ? Math.max(1, i.tensor.shape.length) : 1;
            default:
                return 0;
        }
    }

    private static Axis sliceAxis(int size, int stride, Long start, Long stop, long step) {
        long s = start == null ? 0 : clamp(start, size);
        long e = stop == null ? size : clamp(stop, size);
        int count = (int) Math.max(0, (e - s + step - 1) / step);
        int[] offsets = new int[count];
        for (int k = 0; k < count; k++) {
            offsets[k] = (int) ((s + k * step) * stride);
        }
        return new Axis(new int[] {count}, offsets);
    }

    /** An index tensor's values, read on the host wherever it lives (a CPU index may pick from a device tensor). */
    private static double[] indexValues(Tensor idx) {
        return Devices.onDevice(idx) ? Devices.hostValues(idx) : idx.doubles();
    }

    private static long clamp(long v, int size) {
        if (v < 0) {
            v += size;
        }
        return Math.max(0, Math.min(v, size));
    }

    private static Axis tensorAxis(Tensor t, Tensor idx, int dim, int[] strides) {
        if (idx.dtype == DType.BOOL) {
            int m = Math.max(1, idx.shape.length);
            for (int k = 0; k < idx.shape.length; k++) {
                if (idx.shape[k] != t.shape[dim + k]) {
                    throw KindlingError.indexError("The shape of the mask " + Shapes.str(idx.shape) + " at index " + k
                            + " does not match the shape of the indexed tensor " + Shapes.str(t.shape) + " at index "
                            + (dim + k));
                }
            }
            List<Integer> offsets = new ArrayList<>();
            int[] maskStrides = Shapes.strides(idx.shape);
            double[] idxValues = indexValues(idx);
            for (int p = 0; p < idx.numel(); p++) {
                if (idxValues[p] != 0) {
                    int off = 0;
                    for (int k = 0; k < idx.shape.length; k++) {
                        off += (p / maskStrides[k] % idx.shape[k]) * strides[dim + k];
                    }
                    offsets.add(off);
                }
            }
            if (idx.shape.length == 0 && m == 1) {
                throw KindlingError.indexError("0-dim bool masks are not supported");
            }
            return new Axis(new int[] {offsets.size()}, offsets.stream().mapToInt(Integer::intValue).toArray(), true);
        }
        if (idx.dtype.isFloatingPoint()) {
            throw KindlingError.indexError("tensors used as indices must be long, int, byte or bool tensors");
        }
        int size = t.shape[dim];
        int[] offsets = new int[idx.numel()];
        double[] idxArray = indexValues(idx);
        for (int k = 0; k < offsets.length; k++) {
            long p = (long) idxArray[k];
            if (p < -size || p >= size) {
                throw KindlingError.indexError("index " + p + " is out of bounds for dimension " + dim + " with size "
                        + size);
            }
            offsets[k] = (int) (p < 0 ? p + size : p) * strides[dim];
        }
        return new Axis(idx.shape.clone(), offsets, true);
    }

    /**
     * PyTorch's (NumPy's) rule for several index tensors: they are broadcast together and
     * select element-wise, giving one block of output axes, placed where the first of them
     * stood when they are adjacent, else in front.
     */
    private static List<Axis> mergeAdvanced(List<Axis> axes) {
        List<Integer> adv = new ArrayList<>();
        for (int k = 0; k < axes.size(); k++) {
            if (axes.get(k).advanced) {
                adv.add(k);
            }
        }
        if (adv.size() < 2) {
            return axes;
        }
        int[] shape = new int[0];
        for (int k : adv) {
            shape = broadcastIndexShapes(shape, axes.get(k).outDims, axes, adv);
        }
        int n = Shapes.numel(shape);
        int[] offsets = new int[n];
        for (int k : adv) {
            Axis a = axes.get(k);
            int[] own = Shapes.strides(a.outDims);
            int lead = shape.length - a.outDims.length;
            for (int i = 0; i < n; i++) {
                int rest = i;
                int src = 0;
                for (int d = shape.length - 1; d >= 0; d--) {
                    int coord = rest % shape[d];
                    rest /= shape[d];
                    if (d >= lead && a.outDims[d - lead] != 1) {
                        src += coord * own[d - lead];
                    }
                }
                offsets[i] += a.offsets[src];
            }
        }
        Axis merged = new Axis(shape, offsets, true);
        boolean adjacent = adv.get(adv.size() - 1) - adv.get(0) == adv.size() - 1;
        List<Axis> out = new ArrayList<>();
        if (!adjacent) {
            out.add(merged);
        }
        for (int k = 0; k < axes.size(); k++) {
            if (!axes.get(k).advanced) {
                out.add(axes.get(k));
            } else if (adjacent && k == adv.get(0)) {
                out.add(merged);
            }
        }
        return out;
    }

    private static int[] broadcastIndexShapes(int[] a, int[] b, List<Axis> axes, List<Integer> adv) {
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int da = i < n - a.length ? 1 : a[i - (n - a.length)];
            int db = i < n - b.length ? 1 : b[i - (n - b.length)];
            if (da != db && da != 1 && db != 1) {
                StringBuilder shapes = new StringBuilder();
                for (int k : adv) {
                    shapes.append(shapes.length() == 0 ? "" : ", ").append(Shapes.str(axes.get(k).outDims));
                }
                throw KindlingError.indexError("shape mismatch: indexing tensors could not be broadcast together with "
                        + "shapes " + shapes);
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    private static Selection combine(List<Axis> axes, String name) {
        List<Integer> shape = new ArrayList<>();
        int total = 1;
        for (Axis a : axes) {
            for (int d : a.outDims) {
                shape.add(d);
            }
            total *= a.offsets.length;
        }
        int[] outShape = shape.stream().mapToInt(Integer::intValue).toArray();
        if (axes.isEmpty()) {
            return new Selection(outShape, new int[] {0}, name);
        }
        return new Selection(outShape, positions(axes.toArray(new Axis[0]), total), name);
    }

    /**
     * Every combination of the axes' offsets, summed, last axis fastest. The last axis runs as a
     * tight inner loop (why: a batch slice of a dataset selects tens of thousands of elements per
     * training step, and a per-element walk over all axes dominated it).
     */
    private static int[] positions(Axis[] axes, int total) {
        int[] positions = new int[total];
        int[] inner = axes[axes.length - 1].offsets;
        int[] counter = new int[axes.length - 1];
        for (int i = 0; i < total; i += inner.length) {
            int base = 0;
            for (int k = 0; k < counter.length; k++) {
                base += axes[k].offsets[counter[k]];
            }
            for (int j = 0; j < inner.length; j++) {
                positions[i + j] = base + inner[j];
            }
            for (int k = counter.length - 1; k >= 0; k--) {
                if (++counter[k] < axes[k].offsets.length) {
                    break;
                }
                counter[k] = 0;
            }
        }
        return positions;
    }
}
