package dev.kindling.tensor.device;

import dev.kindling.tensor.DType;

/**
 * The kernels of one device type other than the CPU ({@code cuda}, or {@code privateuseone} for
 * an out-of-tree backend), found with {@link java.util.ServiceLoader}. The CPU is not a
 * DeviceBackend: its elements live in the Java heap and its kernels are the tensor package's own.
 *
 * <p>The tensor package keeps shapes, dtypes, type promotion, broadcasting rules, views'
 * offsets and strides, autograd and every error text; a backend only holds elements
 * ({@link DeviceArray}, always contiguous and row-major) and runs the kernels below on them. An
 * op whose kernel is not here raises PyTorch's NotImplementedError for the device, naming the op.
 *
 * <p>A build names its backends in
 * {@code META-INF/services/dev.kindling.tensor.device.DeviceBackend}; {@link Backends} finds them:
 *
 * <pre>{@code
 * int gpus = dev.kindling.tensor.device.Backends.deviceCount("cuda");   // 0 in a build without one
 * }</pre>
 */
public interface DeviceBackend {
    /** The device type this backend serves, as {@code torch.device} strings name it: {@code "cuda"}. */
    String type();

    /** How many devices of this type the machine has; 0 when the library loads but finds none. */
    int deviceCount();

    /** {@code torch.cuda.get_device_name(index)}. */
    String deviceName(int index);

    /** A device copy of row-major host values of {@code dtype} on device {@code index}. */
    DeviceArray upload(double[] values, DType dtype, int index);

    /** The array's values on the host, row-major, as doubles (float32 values exactly). */
    double[] download(DeviceArray array);

    /** {@code out[i] = kernel(a[i])}, computed in {@code a}'s dtype, rounded to {@code out}. */
    DeviceArray unary(UnaryKernel kernel, DeviceArray a, DType out);

    /**
     * {@code out = kernel(a, b)} over {@code shape}, which both operands' shapes broadcast to
     * (each array holds its own shape's elements); inputs cast to {@code compute} first, the
     * result rounded to {@code out}.
     */
    DeviceArray binary(BinaryKernel kernel, DeviceArray a, int[] aShape, DeviceArray b, int[] bShape, int[] shape,
            DType compute, DType out);

    /**
     * {@code kernel} over the dims of {@code a} (of {@code shape}) flagged in {@code reduced},
     * computed in and given as {@code out}; row-major, the reduced dims kept as size 1.
     */
    DeviceArray reduce(ReduceKernel kernel, DeviceArray a, int[] shape, boolean[] reduced, DType out);

    /** The arrays (of {@code shapes}, equal but along {@code dim}) joined along {@code dim}, as {@code out}. */
    DeviceArray concat(DeviceArray[] parts, int[][] shapes, int dim, DType out);

    /** Row-major {@code [n x k] @ [k x m]}. */
    DeviceArray matmul(DeviceArray a, DeviceArray b, int n, int k, int m, DType out);

    /** The elements that {@code shape}/{@code strides} from {@code offset} select in {@code a}, contiguous (a view's). */
    DeviceArray gather(DeviceArray a, int offset, int[] shape, int[] strides);

    /** The elements of {@code a} at {@code positions} (row-major), in that order: advanced indexing's read. */
    DeviceArray take(DeviceArray a, int[] positions);

    /**
     * An array of {@code length} zeros of {@code values}' dtype with each of {@code values}' elements
     * added at its position (positions may repeat: their values add up): advanced indexing's gradient.
     */
    DeviceArray scatterAdd(int length, int[] positions, DeviceArray values);

    /** Writes {@code values}' elements (same dtype) into {@code target} at {@code positions}, in place: {@code t[index] = v}. */
    void put(DeviceArray target, int[] positions, DeviceArray values);

    /** Overwrites {@code target}'s elements with {@code values}' (same length; in-place ops and optimizer steps). */
    void copyInto(DeviceArray target, DeviceArray values);

    /** Waits for every kernel queued on the device ({@code torch.cuda.synchronize()}). */
    void synchronize();
}
