package dev.kindling.tensor;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.device.BinaryKernel;
import dev.kindling.tensor.device.DeviceArray;
import dev.kindling.tensor.device.DeviceBackend;
import dev.kindling.tensor.device.ReduceKernel;
import dev.kindling.tensor.device.UnaryKernel;

/**
 * The one place for device rules: which device an op runs on, PyTorch's errors for operands on
 * two devices and for ops without a kernel on a device, moving elements between the heap and a
 * {@link DeviceBackend}, and the calls into the backend's kernels. Ops on CPU tensors never come
 * here; ops with a device kernel ask {@link #onDevice} first and hand their operands to one of
 * the kernel calls below, and keep their shape rules, type promotion and autograd for both.
 */
final class Devices {
    private Devices() {}

    /** Whether a backend holds t's elements (t is not on the CPU). */
    static boolean onDevice(Tensor t) {
        return t.elements.deviceArray() != null;
    }

    static boolean onDevice(Tensor a, Tensor b) {
        return onDevice(a) || onDevice(b);
    }

    /** The device t's elements are on. */
    static Device of(Tensor t) {
        DeviceArray array = t.elements.deviceArray();
        return array == null ? Device.CPU : Device.of(array.backend().type(), array.index());
    }

    /**
     * The device an op on {@code operands} runs on: theirs, where a zero-dim CPU tensor (a Python
     * number, a loss value) goes along with tensors of any device, as in PyTorch; PyTorch's error
     * when two devices meet.
     */
    static Device common(Tensor... operands) {
        Device found = null;
        for (Tensor t : operands) {
            Device d = of(t);
            if (d.isCpu() && t.dim() == 0) {
                continue;
            }
            if (found == null) {
                found = d;
            } else if (!found.equals(d)) {
                throw KindlingError.runtimeError("Expected all tensors to be on the same device, but found at least two "
                        + "devices, " + (found.isCpu() ? d + " and " + found : found + " and " + d) + "!");
            }
        }
        return found != null ? found : Device.CPU;
    }

    /** PyTorch's error for an op that has no kernel for {@code device}'s backend. */
    static KindlingError noKernel(String op, Device device) {
        return new KindlingError(ErrorType.NOT_IMPLEMENTED_ERROR, "Could not run 'aten::" + op
                + "' with arguments from the '" + device.dispatchName() + "' backend. This could be because the "
                + "operator doesn't exist for this backend, or was omitted during the selective/custom build process "
                + "(if using custom build).");
    }

    /** The error for reading a device's elements on the heap: an op that has no kernel for that device yet. */
    static KindlingError noKernel(DeviceArray array) {
        return new MissingDeviceKernel(Device.of(array.backend().type(), array.index()));
    }

    /** t's elements moved to {@code device}: the same tensor when they are there already. */
    static Tensor moved(Tensor t, Device device) {
        Device from = of(t);
        if (from.equals(device)) {
            return t;
        }
        double[] values = from.isCpu() ? t.values() : backendOf(t).download(array(t));
        if (device.isCpu()) {
            return new Tensor(values.clone(), t.shape.clone(), t.dtype);
        }
        DeviceBackend backend = device.backend();
        return wrap(backend.upload(values, t.dtype, device.index()), t.shape.clone(), t.dtype);
    }

    /** A tensor over elements a backend made. */
    static Tensor wrap(DeviceArray array, int[] shape, DType dtype) {
        return new Tensor(Elements.onDevice(array), shape, dtype);
    }

    /** A copy of a device tensor's elements on its device (clone, detach's copy, a snapshot). */
    static Tensor copied(Tensor t) {
        return unary(UnaryKernel.CAST, t, t.dtype);
    }

    /** t's elements on the host, row-major: a copy, whatever t's device. */
    static double[] hostValues(Tensor t) {
        return onDevice(t) ? backendOf(t).download(array(t)) : t.values().clone();
    }

    // ---- kernels ----

    static Tensor unary(UnaryKernel kernel, Tensor a, DType out) {
        return wrap(backendOf(a).unary(kernel, array(a), out), a.shape.clone(), out);
    }

    static Tensor binary(BinaryKernel kernel, Tensor a, Tensor b, DType compute, DType out) {
        Device device = common(a, b);
        Tensor x = moved(a, device);
        Tensor y = moved(b, device);
        int[] shape = Shapes.broadcast(a.shape, b.shape);
        return wrap(device.backend().binary(kernel, array(x), x.shape, array(y), y.shape, shape, compute, out), shape,
                out);
    }

    /** {@code kernel} over the flagged dims, with them kept as size 1. */
    static Tensor reduce(ReduceKernel kernel, Tensor t, boolean[] reduced, DType out) {
        int[] kept = t.shape.clone();
        for (int d = 0; d < kept.length; d++) {
            if (reduced[d]) {
                kept[d] = 1;
            }
        }
        return wrap(backendOf(t).reduce(kernel, array(t), t.shape, reduced, out), kept, out);
    }

    /** {@code kernel} over one dim, kept as size 1. */
    static Tensor reduce(ReduceKernel kernel, Tensor t, int dim, DType out) {
        boolean[] reduced = new boolean[t.shape.length];
        reduced[dim] = true;
        return reduce(kernel, t, reduced, out);
    }

    /** Tensors on one device joined along {@code dim} into {@code shape}, as {@code out}. */
    static Tensor concat(java.util.List<Tensor> parts, int dim, int[] shape, DType out) {
        Device device = common(parts.toArray(new Tensor[0]));
        DeviceArray[] arrays = new DeviceArray[parts.size()];
        int[][] shapes = new int[parts.size()][];
        for (int i = 0; i < arrays.length; i++) {
            arrays[i] = array(moved(parts.get(i), device));
            shapes[i] = parts.get(i).shape;
        }
        return wrap(device.backend().concat(arrays, shapes, dim, out), shape, out);
    }

    /** {@code [n x k] @ [k x m]} of two matrices on one device. */
    static Tensor matmul(Tensor a, Tensor b, DType out) {
        Device device = common(a, b);
        int n = a.shape[0];
        int k = a.shape[1];
        int m = b.shape[1];
        return wrap(device.backend().matmul(array(a), array(b), n, k, m, out), new int[] {n, m}, out);
    }

    /** The elements a view selects from its source's device array, contiguous. */
    static Tensor gathered(Tensor source, int[] shape, int offset, int[] strides) {
        return wrap(backendOf(source).gather(array(source), offset, shape, strides), shape, source.dtype);
    }

    /** t's elements at row-major {@code positions}, in {@code shape}, on t's device. */
    static Tensor take(Tensor t, int[] positions, int[] shape) {
        return wrap(backendOf(t).take(array(t), positions), shape, t.dtype);
    }

    /** g's elements added at {@code positions} of a zero tensor of {@code shape}, on g's device. */
    static Tensor scatterAdd(Tensor g, int[] shape, int[] positions) {
        return wrap(backendOf(g).scatterAdd(Shapes.numel(shape), positions, array(g)), shape.clone(), g.dtype);
    }

    /** {@code t[positions] = values} on t's device (values of the selection's shape, cast to t's dtype). */
    static void put(Tensor t, int[] positions, Tensor values) {
        Tensor v = moved(values, of(t));
        if (v.dtype != t.dtype) {
            v = unary(UnaryKernel.CAST, v, t.dtype);
        }
        backendOf(t).put(array(t), positions, array(v));
    }

    /** Overwrites device tensor self's elements with {@code values} (self's shape; any dtype or device). */
    static void write(Tensor self, Tensor values) {
        Tensor source = moved(values, of(self));
        if (source.dtype != self.dtype) {
            source = unary(UnaryKernel.CAST, source, self.dtype);
        }
        backendOf(self).copyInto(array(self), array(source));
    }

    private static DeviceArray array(Tensor t) {
        return t.elements.deviceArray();
    }

    private static DeviceBackend backendOf(Tensor t) {
        return array(t).backend();
    }
}
