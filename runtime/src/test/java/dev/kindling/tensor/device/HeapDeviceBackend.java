package dev.kindling.tensor.device;

import dev.kindling.tensor.DType;

/**
 * A device backend for tests, registered (test scope only) for PyTorch's out-of-tree device type
 * {@code privateuseone}: its "device" is the Java heap, and its kernels are plain loops over
 * row-major doubles rounded to their dtype. It lets the tests drive every path a real backend's
 * tensors take (upload, dispatch, autograd, printing, device errors) on a machine without one.
 */
public final class HeapDeviceBackend implements DeviceBackend {
    /** Devices this test backend pretends to have. */
    static final int DEVICES = 2;

    /** Elements on one of this backend's pretend devices. */
    private record Array(DeviceBackend backend, int index, DType dtype, double[] values) implements DeviceArray {
        @Override
        public int length() {
            return values.length;
        }
    }

    @Override
    public String type() {
        return "privateuseone";
    }

    @Override
    public int deviceCount() {
        return DEVICES;
    }

    @Override
    public String deviceName(int index) {
        return "Kindling test device " + index;
    }

    @Override
    public DeviceArray upload(double[] values, DType dtype, int index) {
        return new Array(this, index, dtype, values.clone());
    }

    @Override
    public double[] download(DeviceArray array) {
        return values(array).clone();
    }

    @Override
    public DeviceArray unary(UnaryKernel kernel, DeviceArray a, DType out) {
        double[] x = values(a);
        double[] r = new double[x.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = out.cast(kernel.apply(x[i]));
        }
        return new Array(this, a.index(), out, r);
    }

    @Override
    public DeviceArray binary(BinaryKernel kernel, DeviceArray a, int[] aShape, DeviceArray b, int[] bShape, int[] shape,
            DType compute, DType out) {
        double[] x = values(a);
        double[] y = values(b);
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            double u = compute.cast(x[broadcastIndex(i, shape, aShape)]);
            double v = compute.cast(y[broadcastIndex(i, shape, bShape)]);
            r[i] = out.cast(kernel.apply(u, v));
        }
        return new Array(this, a.index(), out, r);
    }

    /** The element of an operand of {@code from} that broadcasts to row-major position {@code i} of {@code shape}. */
    private static int broadcastIndex(int i, int[] shape, int[] from) {
        int at = 0;
        int stride = 1;
        for (int d = shape.length - 1, e = from.length - 1; d >= 0; d--, e--) {
            int coordinate = i % shape[d];
            i /= shape[d];
            if (e >= 0) {
                at += (from[e] == 1 ? 0 : coordinate) * stride;
                stride *= from[e];
            }
        }
        return at;
    }

    @Override
    public DeviceArray reduce(ReduceKernel kernel, DeviceArray a, int[] shape, boolean[] reduced, DType out) {
        double[] x = values(a);
        int[] kept = shape.clone();
        int n = 1;
        for (int d = 0; d < kept.length; d++) {
            kept[d] = reduced[d] ? 1 : shape[d];
            n *= kept[d];
        }
        double[] r = new double[n];
        java.util.Arrays.fill(r, kernel.identity());
        for (int i = 0; i < x.length; i++) {
            int at = keptIndex(i, shape, kept);
            r[at] = kernel.combine(r[at], x[i]);
        }
        for (int i = 0; i < n; i++) {
            r[i] = out.cast(r[i]);
        }
        return new Array(this, a.index(), out, r);
    }

    @Override
    public DeviceArray concat(DeviceArray[] parts, int[][] shapes, int dim, DType out) {
        int outer = 1;
        for (int d = 0; d < dim; d++) {
            outer *= shapes[0][d];
        }
        int length = 0;
        for (DeviceArray p : parts) {
            length += p.length();
        }
        double[] r = new double[length];
        int at = 0;
        for (int o = 0; o < outer; o++) {
            for (DeviceArray p : parts) {
                int block = p.length() / outer;
                for (int i = 0; i < block; i++) {
                    r[at++] = out.cast(values(p)[o * block + i]);
                }
            }
        }
        return new Array(this, parts[0].index(), out, r);
    }

    private static int keptIndex(int i, int[] shape, int[] kept) {
        int at = 0;
        int stride = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            int coordinate = i % shape[d];
            i /= shape[d];
            at += (kept[d] == 1 ? 0 : coordinate) * stride;
            stride *= kept[d];
        }
        return at;
    }

    @Override
    public DeviceArray matmul(DeviceArray a, DeviceArray b, int n, int k, int m, DType out) {
        double[] x = values(a);
        double[] y = values(b);
        double[] r = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double acc = 0;
                for (int p = 0; p < k; p++) {
                    acc += x[i * k + p] * y[p * m + j];
                }
                r[i * m + j] = out.cast(acc);
            }
        }
        return new Array(this, a.index(), out, r);
    }

    @Override
    public DeviceArray gather(DeviceArray a, int offset, int[] shape, int[] strides) {
        double[] x = values(a);
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            int at = offset;
            int rest = i;
            for (int d = shape.length - 1; d >= 0; d--) {
                at += rest % shape[d] * strides[d];
                rest /= shape[d];
            }
            r[i] = x[at];
        }
        return new Array(this, a.index(), a.dtype(), r);
    }

    @Override
    public DeviceArray take(DeviceArray a, int[] positions) {
        double[] x = values(a);
        double[] r = new double[positions.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = x[positions[i]];
        }
        return new Array(this, a.index(), a.dtype(), r);
    }

    @Override
    public DeviceArray scatterAdd(int length, int[] positions, DeviceArray values) {
        double[] v = values(values);
        double[] r = new double[length];
        for (int i = 0; i < positions.length; i++) {
            r[positions[i]] += v[i];
        }
        for (int i = 0; i < length; i++) {
            r[i] = values.dtype().cast(r[i]);
        }
        return new Array(this, values.index(), values.dtype(), r);
    }

    @Override
    public void put(DeviceArray target, int[] positions, DeviceArray values) {
        double[] t = values(target);
        double[] v = values(values);
        for (int i = 0; i < positions.length; i++) {
            t[positions[i]] = v[i];
        }
    }

    @Override
    public void copyInto(DeviceArray target, DeviceArray values) {
        System.arraycopy(values(values), 0, values(target), 0, target.length());
    }

    @Override
    public void synchronize() {}

    private static double[] values(DeviceArray a) {
        return ((Array) a).values();
    }
}
