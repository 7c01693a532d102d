package dev.kindling.tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.kindling.errors.KindlingError;

/** Shape operations: views (sharing elements), and copies for transposes, permutations, expansion and joins. */
final class Reshapes {
    /**
     * Tile side for strided copies. Measured on transposes to 784x256, 1024x1024 and 256x784
     * (0.53, 1.09 and 0.65 ns an element), 16 was the best compromise among 8, 16, 32 and 64: larger
     * tiles win on the first and lose on the second, whose power-of-two stride makes a tall tile
     * evict itself from L1.
     */
    private static final int TILE = 16;

    private Reshapes() {}

    static Tensor view(Tensor t, int[] requested, String name) {
        int[] shape = Shapes.inferView(requested, t.numel());
        int[] strides = Layout.viewStrides(t.shape, t.stride(), shape);
        if (strides == null) {
            throw KindlingError.runtimeError("view size is not compatible with input tensor's size and stride (at least "
                    + "one dimension spans across two contiguous subspaces). Use .reshape(...) instead.");
        }
        Tensor out = t.alias(shape).withLayout(strides);
        int[] original = t.shape.clone();
        return out.withGradFn(name, new Tensor[] {t}, g -> new Tensor[] {g.reshape(original)}, false);
    }

    /** PyTorch's reshape: a view when the strides allow, else a contiguous copy viewed (UnsafeViewBackward0). */
    static Tensor reshape(Tensor t, int[] requested) {
        int[] shape = Shapes.inferView(requested, t.numel());
        if (Layout.viewStrides(t.shape, t.stride(), shape) != null) {
            return view(t, shape, "ViewBackward0");
        }
        int[] original = t.shape.clone();
        // a copy: PyTorch's _unsafe_view, whose result is no view
        return t.contiguous().sameElements(shape).withGradFn("UnsafeViewBackward0", new Tensor[] {t},
                g -> new Tensor[] {g.reshape(original)}, false);
    }

    static Tensor flatten(Tensor t, int startDim, int endDim) {
        if (t.shape.length == 0) {
            return reshape(t, new int[] {1});
        }
        int s = Shapes.wrapDim(startDim, t.shape.length);
        int e = Shapes.wrapDim(endDim, t.shape.length);
        if (s > e) {
            throw KindlingError.runtimeError("flatten() has invalid args: start_dim cannot come after end_dim");
        }
        int[] shape = new int[t.shape.length - (e - s)];
        int j = 0;
        for (int i = 0; i < s; i++) {
            shape[j++] = t.shape[i];
        }
        int merged = 1;
        for (int i = s; i <= e; i++) {
            merged *= t.shape[i];
        }
        shape[j++] = merged;
        for (int i = e + 1; i < t.shape.length; i++) {
            shape[j++] = t.shape[i];
        }
        return s == e ? t : reshape(t, shape);
    }

    static Tensor squeeze(Tensor t, Integer dim) {
        List<Integer> shape = new ArrayList<>();
        int target = dim == null ? -1 : Shapes.wrapDim(dim, t.shape.length);
        for (int i = 0; i < t.shape.length; i++) {
            boolean drop = t.shape[i] == 1 && (dim == null || i == target);
            if (!drop) {
                shape.add(t.shape[i]);
            }
        }
        int[] original = t.shape.clone();
        int[] strides = Layout.squeeze(t.shape, t.stride(), i -> !(t.shape[i] == 1 && (dim == null || i == target)));
        Tensor out = t.alias(shape.stream().mapToInt(Integer::intValue).toArray()).withLayout(strides);
        return out.withGradFn(dim == null ? "SqueezeBackward0" : "SqueezeBackward1", new Tensor[] {t},
                g -> new Tensor[] {g.reshape(original)}, false);
    }

    static Tensor unsqueeze(Tensor t, int dim) {
        int d = Shapes.wrapDim(dim, t.shape.length + 1);
        int[] shape = new int[t.shape.length + 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            shape[i] = i == d ? 1 : t.shape[j++];
        }
        int[] original = t.shape.clone();
        return t.alias(shape).withLayout(Layout.unsqueeze(t.shape, t.stride(), d)).withGradFn("UnsqueezeBackward0",
                new Tensor[] {t},
                g -> new Tensor[] {g.reshape(original)}, false);
    }

    static Tensor transpose(Tensor t, int dim0, int dim1) {
        return transpose(t, dim0, dim1, "TransposeBackward0");
    }

    static Tensor transpose(Tensor t, int dim0, int dim1, String name) {
        int n = t.shape.length;
        if (n == 0) {
            return t;
        }
        int a = Shapes.wrapDim(dim0, n);
        int b = Shapes.wrapDim(dim1, n);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        order[a] = b;
        order[b] = a;
        Tensor out = permuteCopy(t, order).withLayout(permuted(t.stride(), order));
        return out.withGradFn(name, new Tensor[] {t}, g -> new Tensor[] {g.transpose(a, b)}, false);
    }

    static Tensor permute(Tensor t, int[] dims) {
        int n = t.shape.length;
        if (dims.length != n) {
            throw KindlingError.runtimeError("permute(sparse_coo): number of dimensions in the tensor input does not "
                    + "match the length of the desired ordering of dimensions i.e. input.dim() = " + n
                    + " is not equal to len(dims) = " + dims.length);
        }
        int[] order = new int[n];
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            order[i] = Shapes.wrapDim(dims[i], n);
            if (seen[order[i]]) {
                throw KindlingError.runtimeError("permute(): duplicate dims are not allowed.");
            }
            seen[order[i]] = true;
        }
        int[] inverse = new int[n];
        for (int i = 0; i < n; i++) {
            inverse[order[i]] = i;
        }
        return permuteCopy(t, order).withLayout(permuted(t.stride(), order)).withGradFn("PermuteBackward0",
                new Tensor[] {t},
                g -> new Tensor[] {g.permute(inverse)}, false);
    }

    private static int[] permuted(int[] strides, int[] order) {
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = strides[order[i]];
        }
        return out;
    }

    /**
     * A contiguous copy with dims reordered (out dim i is input dim order[i]), linked to t as the
     * view PyTorch returns, so in-place writes to it reach t.
     */
    private static Tensor permuteCopy(Tensor t, int[] order) {
        int[] physical = ViewOf.stridesOf(t);
        if (physical == null) {
            return permuteCopy(t.contiguous(), order);
        }
        if (order.length == 2 && order[0] == 1 && t.numel() >= LAZY_TRANSPOSE_FROM) {
            return lazyTranspose(t);
        }
        int n = order.length;
        int[] shape = new int[n];
        int[] strides = new int[n];
        for (int i = 0; i < n; i++) {
            shape[i] = t.shape[order[i]];
            strides[i] = physical[order[i]];
        }
        return ViewOf.make(t, shape, ViewOf.offsetOf(t), strides, null);
    }

    /**
     * Elements from which a matrix's transpose is made lazily. Why not always: a small copy costs
     * less than the bookkeeping, and code paths that see lazy elements are compiled with their
     * slow branch live (seed_loop, whose matrices have 16 elements, was slower in the
     * benchmark's window: 48 us an epoch against 35 us).
     */
    static final int LAZY_TRANSPOSE_FROM = 1 << 12;

    /**
     * The transpose of a matrix as a view whose elements are copied only when something reads
     * them as elements: a product takes its source with the gemm's transpose flag instead
     * ({@link Products}), and the transpose of such a view is its source again. Why: an MLP
     * written by hand transposes its weights forward ({@code x @ W.T}) and their gradients
     * backward, 200k elements each per step for a 256x784 layer.
     */
    static Tensor lazyTranspose(Tensor t) {
        int rows = t.shape[0];
        int cols = t.shape[1];
        int[] shape = {cols, rows};
        if (t.elements.pendingFill() instanceof TransposeFill inner && inner.source().shape[0] == cols
                && inner.source().shape[1] == rows) {
            // a view of a view of the source, element for element: the source's elements, as PyTorch's t().t()
            Tensor twice = inner.source().alias(shape);
            twice.unsharedGradient = inner.source().unsharedGradient;
            return twice;
        }
        int[] physical = ViewOf.stridesOf(t);
        if (physical == null) {
            return lazyTranspose(t.contiguous());
        }
        return ViewOf.make(t, shape, ViewOf.offsetOf(t), new int[] {physical[1], physical[0]}, new TransposeFill(t));
    }

    /**
     * contiguous()'s copy of a non-contiguous tensor. The lazy transpose of a float32 matrix whose
     * source keeps floats is transposed float to float, into floats the result keeps (why: the
     * copy through doubles wrote three arrays of twice the size: the view's fill, its clone, and
     * the conversion back to floats for the next float kernel).
     */
    static Tensor contiguousCopy(Tensor t) {
        float[] source = t.dtype == DType.FLOAT32 && t.elements.pendingFill() instanceof TransposeFill fill
                ? fill.source().keptFloats() : null;
        if (source == null) {
            return new Tensor(t.values().clone(), t.shape.clone(), t.dtype); // read only: the copy is new
        }
        float[] out = new float[source.length];
        transposeFloats(source, t.shape[1], t.shape[0], out);
        return new Tensor(Elements.ofFloat32(out), t.shape.clone(), t.dtype);
    }

    /** {@code out} (cols x rows) is the transpose of the row-major rows x cols {@code src}, in tiles. */
    private static void transposeFloats(float[] src, int rows, int cols, float[] out) {
        for (int i0 = 0; i0 < rows; i0 += TILE) {
            int i1 = Math.min(i0 + TILE, rows);
            for (int j0 = 0; j0 < cols; j0 += TILE) {
                int j1 = Math.min(j0 + TILE, cols);
                for (int j = j0; j < j1; j++) {
                    int o = j * rows;
                    for (int i = i0; i < i1; i++) {
                        out[o + i] = src[i * cols + j];
                    }
                }
            }
        }
    }

    /** Fills a lazy transpose from its source matrix's elements at the time of first use. */
    record TransposeFill(Tensor source) implements Elements.Fill {
        @Override
        public void into(double[] out) {
            int rows = source.shape[0];
            int cols = source.shape[1];
            copyMatrix(source.values(), 0, 1, cols, out, 0, cols, rows); // read only
        }
    }

    /**
     * Copies elements read through arbitrary strides (from an offset) into a new contiguous tensor,
     * one matrix of the last two dims at a time. Why by matrices, in tiles: a transpose reads its
     * source down the columns, and element by element through the strides it took 2-3 ns an
     * element (0.4 ms for an MLP layer's 256x784 weight, more than the product it fed).
     */
    static Tensor gather(Tensor t, int[] shape, int[] strides, int offset) {
        if (Devices.onDevice(t)) {
            return Devices.gathered(t, shape, offset, strides);
        }
        double[] out = Torch.allocate(shape, t.dtype);
        gatherInto(t.values(), offset, shape, strides, out);
        return new Tensor(out, shape, t.dtype);
    }

    /** {@link #gather}'s copy: elements of {@code src} from {@code offset} through strides, into {@code out}. */
    static void gatherInto(double[] src, int offset, int[] shape, int[] strides, double[] out) {
        int rank = shape.length;
        if (rank == 0) {
            out[0] = src[offset];
            return;
        }
        int rows = rank >= 2 ? shape[rank - 2] : 1;
        int rowStride = rank >= 2 ? strides[rank - 2] : 0;
        int cols = shape[rank - 1];
        int plane = rows * cols;
        if (plane == 0) {
            return;
        }
        int[] batch = Arrays.copyOf(shape, Math.max(0, rank - 2));
        int[] batchStrides = Arrays.copyOf(strides, batch.length);
        int[] counter = new int[batch.length];
        int at = offset;
        for (int start = 0; start < out.length; start += plane) {
            copyMatrix(src, at, rowStride, strides[rank - 1], out, start, rows, cols);
            at = advance(counter, batch, batchStrides, at);
        }
    }

    /** A rows x cols matrix read through strides, written contiguously at {@code to}, in tiles. */
    private static void copyMatrix(double[] src, int from, int rowStride, int colStride, double[] out, int to,
            int rows, int cols) {
        for (int i0 = 0; i0 < rows; i0 += TILE) {
            int i1 = Math.min(i0 + TILE, rows);
            for (int j0 = 0; j0 < cols; j0 += TILE) {
                int j1 = Math.min(j0 + TILE, cols);
                for (int i = i0; i < i1; i++) {
                    int in = from + i * rowStride;
                    int o = to + i * cols;
                    for (int j = j0; j < j1; j++) {
                        out[o + j] = src[in + j * colStride];
                    }
                }
            }
        }
    }

    /** The positions a row-major walk through {@code shape} reads, from {@code offset} through strides. */
    static int[] positions(int[] shape, int[] strides, int offset) {
        int[] out = new int[Shapes.numel(shape)];
        int[] counter = new int[shape.length];
        int at = offset;
        for (int i = 0; i < out.length; i++) {
            out[i] = at;
            at = advance(counter, shape, strides, at);
        }
        return out;
    }

    /** Steps a row-major walk through strided elements: the flat position after {@code at}. */
    static int advance(int[] counter, int[] shape, int[] strides, int at) {
        for (int d = shape.length - 1; d >= 0; d--) {
            counter[d]++;
            at += strides[d];
            if (counter[d] < shape[d]) {
                return at;
            }
            at -= strides[d] * shape[d];
            counter[d] = 0;
        }
        return at;
    }

    /** Broadcasts to a shape without recording a graph node (internal use). */
    static Tensor expandTo(Tensor t, int[] shape) {
        if (Arrays.equals(t.shape, shape)) {
            return t;
        }
        Shapes.broadcast(t.shape, shape);
        return gather(t, shape, Shapes.broadcastStrides(t.shape, shape), 0);
    }

    static Tensor expand(Tensor t, int[] sizes) {
        if (sizes.length < t.shape.length) {
            throw KindlingError.runtimeError("expand(" + t.typeDescription() + "{" + Shapes.str(t.shape) + "}, size="
                    + Shapes.str(sizes) + "): the number of sizes provided (" + sizes.length + ") must be greater or "
                    + "equal to the number of dimensions in the tensor (" + t.shape.length + ")");
        }
        int[] shape = sizes.clone();
        int offset = sizes.length - t.shape.length;
        for (int i = 0; i < shape.length; i++) {
            int own = i < offset ? 1 : t.shape[i - offset];
            if (shape[i] == -1) {
                shape[i] = own;
            } else if (own != 1 && own != shape[i]) {
                throw KindlingError.runtimeError("The expanded size of the tensor (" + shape[i] + ") must match the "
                        + "existing size (" + own + ") at non-singleton dimension " + i + ".  Target sizes: "
                        + Shapes.str(sizes) + ".  Tensor sizes: " + Shapes.str(t.shape));
            }
        }
        if (Arrays.equals(shape, t.shape)) {
            return t;
        }
        int[] original = t.shape.clone();
        int[] own = t.stride();
        int[] strides = new int[shape.length];
        for (int i = offset; i < shape.length; i++) {
            strides[i] = t.shape[i - offset] == shape[i] ? own[i - offset] : 0;
        }
        int[] physical = ViewOf.stridesOf(t);
        if (physical == null) {
            return expand(t.contiguous(), sizes);
        }
        int[] storageStrides = new int[shape.length];
        for (int i = offset; i < shape.length; i++) {
            storageStrides[i] = t.shape[i - offset] == shape[i] ? physical[i - offset] : 0;
        }
        Tensor view = ViewOf.make(t, shape, ViewOf.offsetOf(t), storageStrides, null); // a view in PyTorch
        return view.withLayout(strides).withGradFn("ExpandBackward0", new Tensor[] {t},
                g -> new Tensor[] {Gradients.sumToShape(g, original)}, false);
    }

    /**
     * {@code t.as_strided(size, stride, storage_offset)}: a view of t's storage with the given
     * geometry, recorded as AsStridedBackward0 (each element's gradient goes to the element of t
     * over the same storage position).
     */
    static Tensor asStrided(Tensor t, int[] size, int[] stride, int storageOffset) {
        if (size.length != stride.length) {
            throw KindlingError.runtimeError("mismatch in length of strides and shape");
        }
        for (int s : stride) {
            if (s < 0) {
                throw KindlingError.runtimeError("as_strided: Negative strides are not supported at the moment, got "
                        + "strides: " + Shapes.str(stride));
            }
        }
        Tensor base = ViewOf.baseOf(t);
        long needed = storageOffset + 1;
        for (int d = 0; d < size.length; d++) {
            if (size[d] == 0) {
                needed = 0;
                break;
            }
            needed += (long) (size[d] - 1) * stride[d];
        }
        if (needed > base.numel()) {
            int item = t.dtype.itemSize();
            throw KindlingError.runtimeError("setStorage: sizes " + Shapes.str(size) + ", strides " + Shapes.str(stride)
                    + ", storage offset " + storageOffset + ", and itemsize " + item + " requiring a storage size of "
                    + needed * item + " are out of bounds for storage of size " + (long) base.numel() * item);
        }
        Tensor view = ViewOf.make(t, size.clone(), storageOffset, stride.clone(), null).withLayout(stride.clone());
        int[] inputShape = t.shape.clone();
        ViewOf inputLink = t.viewOf;
        int baseNumel = base.numel();
        return view.withGradFn("AsStridedBackward0", new Tensor[] {t}, g -> {
            int[] inputPositions = inputLink == null ? null : inputLink.positions();
            int[] inputAt = new int[baseNumel]; // storage position -> t's element, plus one (0: not t's)
            for (int i = 0; i < Shapes.numel(inputShape); i++) {
                inputAt[inputPositions == null ? i : inputPositions[i]] = i + 1;
            }
            double[] grad = new double[Shapes.numel(inputShape)];
            double[] gValues = g.values();
            int[] counter = new int[size.length];
            int at = storageOffset;
            for (int i = 0; i < gValues.length; i++) {
                if (inputAt[at] > 0) {
                    grad[inputAt[at] - 1] += gValues[i];
                }
                at = advance(counter, size, stride, at);
            }
            return new Tensor[] {new Tensor(grad, inputShape, g.dtype)};
        }, false);
    }

    static Tensor repeat(Tensor t, int[] times) {
        if (times.length < t.shape.length) {
            throw KindlingError.runtimeError("Number of dimensions of repeat dims can not be smaller than number of "
                    + "dimensions of tensor");
        }
        int offset = times.length - t.shape.length;
        int[] padded = new int[times.length];
        int[] shape = new int[times.length];
        for (int i = 0; i < times.length; i++) {
            padded[i] = i < offset ? 1 : t.shape[i - offset];
            shape[i] = padded[i] * times[i];
        }
        Tensor base = t.sameElements(padded);
        double[] out = Torch.allocate(shape, t.dtype);
        int[] inStrides = Shapes.strides(padded);
        int[] counter = new int[shape.length];
        double[] baseValues = base.doubles();
        for (int i = 0; i < out.length; i++) {
            int src = 0;
            for (int d = 0; d < shape.length; d++) {
                src += (counter[d] % padded[d]) * inStrides[d];
            }
            out[i] = baseValues[src];
            for (int d = shape.length - 1; d >= 0; d--) {
                if (++counter[d] < shape[d]) {
                    break;
                }
                counter[d] = 0;
            }
        }
        int[] original = t.shape.clone();
        return new Tensor(out, shape, t.dtype).withGradFn("RepeatBackward0", new Tensor[] {t}, g -> {
            int[] split = new int[shape.length * 2];
            for (int i = 0; i < shape.length; i++) {
                split[2 * i] = times[i];
                split[2 * i + 1] = padded[i];
            }
            int[] dims = new int[shape.length];
            for (int i = 0; i < dims.length; i++) {
                dims[i] = 2 * i;
            }
            return new Tensor[] {g.reshape(split).sum(dims, false).reshape(original)};
        }, false);
    }

    static Tensor flip(Tensor t, int[] dims) {
        int n = t.shape.length;
        int[] strides = Shapes.strides(t.shape);
        int offset = 0;
        int[] wrapped = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            int d = Shapes.wrapDim(dims[i], n);
            wrapped[i] = d;
            if (n == 0) {
                continue; // a 0-d tensor flips to itself
            }
            offset += (t.shape[d] - 1) * strides[d];
            strides[d] = -strides[d];
        }
        return gather(t, t.shape.clone(), strides, t.numel() == 0 ? 0 : offset)
                .withGradFn("FlipBackward0", new Tensor[] {t}, g -> new Tensor[] {g.flip(wrapped)}, false);
    }

    static List<Tensor> split(Tensor t, int size, int dim) {
        if (t.shape.length == 0) {
            throw KindlingError.runtimeError("split expects at least a 1-dimensional tensor");
        }
        int d = Shapes.wrapDim(dim, t.shape.length);
        if (size < 0) {
            throw KindlingError.runtimeError("split expects split_size be non-negative, but got split_size=" + size);
        }
        if (size == 0 && t.shape[d] != 0) {
            throw KindlingError.runtimeError("split_size can only be 0 if dimension size is 0, but got dimension size of "
                    + t.shape[d]);
        }
        List<Tensor> out = new ArrayList<>();
        for (int start = 0; start < t.shape[d] || (start == 0 && t.shape[d] == 0); start += size) {
            out.add(Indexing.narrowWithGrad(t, d, start, Math.min(size, t.shape[d] - start), "SplitBackward0"));
            if (size <= 0) {
                break;
            }
        }
        return out;
    }

    static Tensor cat(List<Tensor> tensors, int dim) {
        if (tensors.isEmpty()) {
            throw KindlingError.runtimeError("torch.cat(): expected a non-empty list of Tensors");
        }
        List<Tensor> parts = new ArrayList<>();
        for (int k = 0; k < tensors.size(); k++) {
            if (tensors.get(k).shape.length == 0) {
                throw KindlingError.runtimeError("zero-dimensional tensor (at position " + k + ") cannot be concatenated");
            }
        }
        for (Tensor t : tensors) {
            if (!(t.shape.length == 1 && t.shape[0] == 0)) {
                parts.add(t);
            }
        }
        if (parts.isEmpty()) {
            return tensors.get(0);
        }
        Tensor first = parts.get(0);
        int d = Shapes.wrapDim(dim, first.shape.length);
        DType type = first.dtype;
        int total = 0;
        for (int k = 0; k < parts.size(); k++) {
            Tensor t = parts.get(k);
            type = DType.promote(type, t.dtype);
            if (t.shape.length != first.shape.length) {
                throw KindlingError.runtimeError("Tensors must have same number of dimensions: got "
                        + first.shape.length + " and " + t.shape.length);
            }
            for (int i = 0; i < t.shape.length; i++) {
                if (i != d && t.shape[i] != first.shape[i]) {
                    throw KindlingError.runtimeError("Sizes of tensors must match except in dimension " + d
                            + ". Expected size " + first.shape[i] + " but got size " + t.shape[i] + " for tensor number "
                            + k + " in the list.");
                }
            }
            total += t.shape[d];
        }
        int[] shape = first.shape.clone();
        shape[d] = total;
        Tensor result = anyOnDevice(parts) ? Devices.concat(parts, d, shape, type) : joined(parts, d, shape, type);
        Tensor[] inputs = parts.toArray(new Tensor[0]);
        return result.withGradFn("CatBackward0", inputs, g -> {
            Tensor[] grads = new Tensor[inputs.length];
            int start = 0;
            for (int i = 0; i < inputs.length; i++) {
                grads[i] = Indexing.narrow(g, d, start, inputs[i].shape[d]);
                start += inputs[i].shape[d];
            }
            return grads;
        }, false);
    }

    private static boolean anyOnDevice(List<Tensor> parts) {
        for (Tensor t : parts) {
            if (Devices.onDevice(t)) {
                return true;
            }
        }
        return false;
    }

    /** The parts' elements joined along d on the heap. */
    private static Tensor joined(List<Tensor> parts, int d, int[] shape, DType type) {
        double[] out = Torch.allocate(shape, type);
        int[] l = Reductions.lanes(shape, d);
        int outer = l[0];
        int inner = l[2];
        int pos = 0;
        for (int o = 0; o < outer; o++) {
            for (Tensor t : parts) {
                int len = t.shape[d] * inner;
                double[] values = t.doubles();
                for (int i = 0; i < len; i++) {
                    out[pos++] = type.cast(values[o * len + i]);
                }
            }
        }
        return new Tensor(out, shape, type);
    }
}
