package dev.kindling.tensor;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.cpu.Float32Kernels;
import dev.kindling.tensor.device.BinaryKernel;
import dev.kindling.tensor.storage.FloatConversions;
import dev.kindling.tensor.storage.NativeMatmul;

/** Matrix products with PyTorch's rules for 1-D and batched operands, and nn.Linear's addmm. */
final class LinearAlgebra {
    private LinearAlgebra() {}

    static Tensor matmul(Tensor a, Tensor b) {
        int da = a.shape.length;
        int db = b.shape.length;
        if (da == 0 || db == 0) {
            throw KindlingError.runtimeError("both arguments to matmul need to be at least 1D, but they are " + da
                    + "D and " + db + "D");
        }
        if (da == 1 && db == 1) {
            return dot(a, b);
        }
        if (da == 2 && db == 2) {
            return mm(a, b, "MmBackward0");
        }
        if (da == 1 && db == 2) {
            return Reshapes.squeeze(mm(a.unsqueeze(0), b, "MmBackward0"), 0);
        }
        if (da == 2 && db == 1) {
            return mv(a, b);
        }
        return batched(a, b);
    }

    static Tensor dot(Tensor a, Tensor b) {
        if (a.shape.length != 1 || b.shape.length != 1) {
            throw KindlingError.runtimeError("1D tensors expected, but got " + a.shape.length + "D and "
                    + b.shape.length + "D tensors");
        }
        if (a.shape[0] != b.shape[0]) {
            throw KindlingError.runtimeError("inconsistent tensor size, expected tensor [" + a.shape[0]
                    + "] and src [" + b.shape[0] + "] to have the same number of elements, but got " + a.shape[0]
                    + " and " + b.shape[0] + " elements respectively");
        }
        checkSameDtype(a, b, "dot");
        double acc = 0;
        double[] aValues = a.doubles();
        double[] bValues = b.doubles();
        for (int i = 0; i < a.numel(); i++) {
            acc += aValues[i] * bValues[i];
        }
        Tensor out = Torch.scalar(acc, a.dtype);
        return out.withGradFn("DotBackward0", new Tensor[] {a, b},
                g -> new Tensor[] {b.mul(g), a.mul(g)}, true);
    }

    private static void checkSameDtype(Tensor a, Tensor b, String op) {
        if (a.dtype != b.dtype) {
            throw KindlingError.runtimeError("expected " + (op.equals("dot") ? "both vectors" : "m1 and m2")
                    + " to have the same dtype, but got: " + a.dtype.shortName() + " != " + b.dtype.shortName());
        }
    }

    static Tensor mm(Tensor a, Tensor b, String name) {
        if (a.shape.length != 2 || b.shape.length != 2) {
            throw KindlingError.runtimeError("self must be a matrix");
        }
        int n = a.shape[0];
        int k = a.shape[1];
        int m = b.shape[1];
        if (b.shape[0] != k) {
            throw KindlingError.runtimeError("mat1 and mat2 shapes cannot be multiplied (" + n + "x" + k + " and "
                    + b.shape[0] + "x" + m + ")");
        }
        DType type = a.dtype;
        if (a.dtype != b.dtype) {
            throw KindlingError.runtimeError("expected m1 and m2 to have the same dtype, but got: "
                    + a.dtype.shortName() + " != " + b.dtype.shortName());
        }
        if (Devices.onDevice(a, b)) {
            return Devices.matmul(a, b, type).withGradFn(name, new Tensor[] {a, b}, g -> new Tensor[] {
                a.requiresGrad() ? g.matmul(b.t()) : null,
                b.requiresGrad() ? a.t().matmul(g) : null}, true);
        }
        Elements product = Products.tryNative(a, false, b, false);
        if (product == null) {
            product = heapProduct(a, b, n, k, m, type);
        }
        Tensor result = new Tensor(product, new int[] {n, m}, type);
        return result.withGradFn(name, new Tensor[] {a, b}, g -> new Tensor[] {
            a.requiresGrad() ? Products.gradient(a, g, false, b, true) : null,
            b.requiresGrad() ? Products.gradientOfSecond(b, a, g) : null}, true);
    }

    /**
     * A product in the JVM: float32 shapes that the numerics policy sums in an order of its own
     * ({@link Float32Kernels#ordersProduct}, in floats), others accumulating in double and rounded.
     */
    static Elements heapProduct(Tensor a, Tensor b, int n, int k, int m, DType type) {
        boolean rowsContiguous = k == 1 || a.stride()[1] == 1;
        Float32Kernels kernels = TorchState.current().kernels();
        if (type == DType.FLOAT32 && kernels.ordersProduct(n, k, m, rowsContiguous)) {
            float[] out = Torch.allocateFloats(new int[] {n, m});
            kernels.multiply(a.values(), b.values(), out, n, k, m, rowsContiguous);
            return Elements.ofFloat32(out);
        }
        double[] out = Torch.allocate(new int[] {n, m}, type);
        multiply(a.doubles(), b.doubles(), out, n, k, m, type);
        if (type != DType.FLOAT64) {
            for (int i = 0; i < out.length; i++) {
                out[i] = type.cast(out[i]);
            }
        }
        return new Elements(out);
    }

    /**
     * out[n x m] = a[n x k] * b[k x m]: large float products through {@link NativeMatmul}
     * (oneDNN's sgemm, or the blocked Java gemm, which sums as this loop does), the rest here,
     * accumulating in double.
     */
    static void multiply(double[] a, double[] b, double[] out, int n, int k, int m, DType type) {
        if (type.isFloatingPoint() && NativeMatmul.multiply(a, b, out, n, k, m, type == DType.FLOAT32)) {
            return;
        }
        for (int i = 0; i < n; i++) {
            int row = i * m;
            for (int p = 0; p < k; p++) {
                double x = a[i * k + p];
                int col = p * m;
                for (int j = 0; j < m; j++) {
                    out[row + j] += x * b[col + j];
                }
            }
        }
    }

    static Tensor mv(Tensor a, Tensor v) {
        if (a.shape[1] != v.shape[0]) {
            throw KindlingError.runtimeError("size mismatch, got input (" + a.shape[0] + "), mat (" + a.shape[0] + "x"
                    + a.shape[1] + "), vec (" + v.shape[0] + ")");
        }
        Tensor r = Reshapes.squeeze(mm(a, v.unsqueeze(1), "MmBackward0").detach(), 1);
        Tensor out = new Tensor(r.elements, r.shape, r.dtype);
        return out.withGradFn("MvBackward0", new Tensor[] {a, v}, g -> new Tensor[] {
            a.requiresGrad() ? g.unsqueeze(1).mul(v.unsqueeze(0)) : null,
            v.requiresGrad() ? a.t().matmul(g) : null}, true);
    }

    /** Batched matmul: broadcast batch dimensions, multiply each pair of matrices. */
    private static Tensor batched(Tensor a, Tensor b) {
        Tensor x = a.shape.length == 1 ? a.unsqueeze(0) : a;
        Tensor y = b.shape.length == 1 ? b.unsqueeze(1) : b;
        int n = x.shape[x.shape.length - 2];
        int k = x.shape[x.shape.length - 1];
        int k2 = y.shape[y.shape.length - 2];
        int m = y.shape[y.shape.length - 1];
        if (k != k2) {
            throw KindlingError.runtimeError("Expected size for first two dimensions of batch2 tensor to be: ["
                    + batchCount(x) + ", " + k + "] but got: [" + batchCount(y) + ", " + k2 + "].");
        }
        int[] batchA = java.util.Arrays.copyOf(x.shape, x.shape.length - 2);
        int[] batchB = java.util.Arrays.copyOf(y.shape, y.shape.length - 2);
        int[] batch = Shapes.broadcast(batchA, batchB);
        int[] fullA = concat(batch, n, k);
        int[] fullB = concat(batch, k, m);
        Tensor xe = x.expand(fullA);
        Tensor ye = y.expand(fullB);
        int count = Shapes.numel(batch);
        double[] out = Torch.allocate(concat(batch, n, m), x.dtype);
        for (int i = 0; i < count; i++) {
            double[] block = new double[n * m];
            double[] left = java.util.Arrays.copyOfRange(xe.doubles(), i * n * k, (i + 1) * n * k);
            double[] right = java.util.Arrays.copyOfRange(ye.doubles(), i * k * m, (i + 1) * k * m);
            multiply(left, right, block, n, k, m, x.dtype);
            for (int j = 0; j < block.length; j++) {
                out[i * n * m + j] = x.dtype.cast(block[j]);
            }
        }
        Tensor result = new Tensor(out, concat(batch, n, m), x.dtype);
        result = result.withGradFn("BmmBackward0", new Tensor[] {xe, ye}, g -> new Tensor[] {
            g.matmul(ye.transpose(-1, -2)), xe.transpose(-1, -2).matmul(g)}, true);
        if (a.shape.length == 1) {
            result = result.squeeze(-2);
        }
        if (b.shape.length == 1) {
            result = result.squeeze(-1);
        }
        return result;
    }

    private static int batchCount(Tensor t) {
        int c = 1;
        for (int i = 0; i < t.shape.length - 2; i++) {
            c *= t.shape[i];
        }
        return c;
    }

    private static int[] concat(int[] batch, int r, int c) {
        int[] s = java.util.Arrays.copyOf(batch, batch.length + 2);
        s[batch.length] = r;
        s[batch.length + 1] = c;
        return s;
    }

    /**
     * {@code product + bias} (a row vector added to every row), detached: one loop when the dtypes
     * agree, which rounds as the generic broadcast add does (why: that add walks a broadcast
     * counter per element); other cases go through that add.
     */
    private static Tensor addBias(Tensor product, Tensor bias) {
        int m = product.shape[1];
        if (product.dtype != bias.dtype || bias.shape.length != 1 || bias.shape[0] != m) {
            return Pointwise.add(product, bias, 1.0).detach();
        }
        DType t = product.dtype;
        if (t == DType.FLOAT32) {
            // one float32 kernel, small products too: the JIT compiles one loop for every layer
            return addBiasInFloats(product.floatValues(), FloatConversions.toFloats(bias.values()), product.shape);
        }
        double[] p = product.doubles();
        double[] out = Torch.allocate(product.shape, t);
        double[] biasValues = bias.values();
        for (int i = 0; i < p.length; i += m) {
            for (int j = 0; j < m; j++) {
                out[i + j] = t.cast(p[i + j] + biasValues[j]);
            }
        }
        return new Tensor(out, product.shape.clone(), t);
    }

    /**
     * {@link #addBias} in float32: one float add is the double add rounded.
     * Why the bias is first copied into every row of the result: HotSpot 17 vectorises a loop whose
     * arrays are all read at the same index, not one that reads the bias at {@code j} and the
     * product at {@code i + j} (measured on 64x256: 8.6 us that way, 3.8 us this way).
     */
    private static Tensor addBiasInFloats(float[] p, float[] bias, int[] shape) {
        int m = bias.length;
        float[] out = new float[p.length];
        for (int i = 0; i < p.length; i += m) {
            System.arraycopy(bias, 0, out, i, m);
        }
        for (int i = 0; i < p.length; i++) {
            out[i] = p[i] + out[i];
        }
        return new Tensor(Elements.ofFloat32(out), shape.clone(), DType.FLOAT32);
    }

    /** nn.Linear: {@code x @ w.T + b}, recorded as one AddmmBackward0 node for a 2-D input, as PyTorch does. */
    public static Tensor linear(Tensor x, Tensor w, Tensor b) {
        if (x.shape.length == 0) {
            throw KindlingError.runtimeError("both arguments to linear need to be at least 1D, but they are 0D and "
                    + w.shape.length + "D");
        }
        if (x.dtype != w.dtype) {
            throw KindlingError.runtimeError("mat1 and mat2 must have the same dtype, but got "
                    + Pointwise.typeWord(x.dtype) + " and " + Pointwise.typeWord(w.dtype));
        }
        if (w.shape.length != 2) {
            // ATen's linear: addmm when there is a bias, else matmul, whose own checks then apply
            if (b != null) {
                throw KindlingError.runtimeError("mat2 must be a matrix, got " + w.shape.length + "-D tensor");
            }
            return x.matmul(w.t());
        }
        int k = x.shape[x.shape.length - 1];
        if (w.shape[1] != k) {
            int rows = x.numel() / Math.max(1, k);
            throw KindlingError.runtimeError("mat1 and mat2 shapes cannot be multiplied (" + rows + "x" + k + " and "
                    + w.shape[1] + "x" + w.shape[0] + ")");
        }
        if (x.shape.length == 2 && b != null && Devices.onDevice(x, w)) {
            return linearOnDevice(x, w, b);
        }
        if (x.shape.length == 2 && b != null) {
            Tensor product = Products.product(x, false, w, true);
            Tensor sum = addBias(product, b.detach());
            Tensor out = new Tensor(sum.elements, sum.shape, sum.dtype);
            return out.withGradFn("AddmmBackward0", new Tensor[] {b, x, transposedInGraph(w)}, g -> new Tensor[] {
                b.requiresGrad() ? Gradients.sumToShape(g, b.shape) : null,
                x.requiresGrad() ? Products.gradient(x, g, false, w, false) : null,
                w.requiresGrad() ? Products.gradient(w, g, true, x, false) : null},
                // as ATen's addmm saves them: the input only for W's gradient, W only for the input's
                new boolean[] {false, w.requiresGrad(), x.requiresGrad()});
        }
        Tensor out = x.matmul(w.t());
        return b == null ? out : out.add(b);
    }

    /** {@link #linear} of a matrix with a bias on a device: the backend's product and sum, in one AddmmBackward0 node. */
    private static Tensor linearOnDevice(Tensor x, Tensor w, Tensor b) {
        Tensor product = Devices.matmul(x, Devices.gathered(w, new int[] {w.shape[1], w.shape[0]}, 0,
                new int[] {1, w.shape[1]}), x.dtype);
        Tensor out = Devices.binary(BinaryKernel.ADD, product, b, x.dtype, x.dtype);
        return out.withGradFn("AddmmBackward0", new Tensor[] {b, x, transposedInGraph(w)}, g -> new Tensor[] {
            b.requiresGrad() ? Gradients.sumToShape(g, b.shape) : null,
            x.requiresGrad() ? g.matmul(w) : null,
            w.requiresGrad() ? g.t().matmul(x) : null},
            new boolean[] {false, w.requiresGrad(), x.requiresGrad()});
    }

    /**
     * W.T as PyTorch's graph has it for nn.Linear: a TBackward0 node between AddmmBackward0 and W
     * (so scripts that walk {@code next_functions} see PyTorch's graph, and an in-place change of W
     * is reported as PyTorch reports it), without copying W. The product reads W through a gemm
     * flag and AddmmBackward0's rule gives W's gradient in W's orientation, so the node passes it
     * on as it is; the tensor's elements are never read.
     */
    private static Tensor transposedInGraph(Tensor w) {
        if (!w.requiresGrad() || !dev.kindling.autograd.GradMode.isEnabled() || w.shape.length != 2) {
            return w;
        }
        Tensor t = new Tensor(w.elements, new int[] {w.shape[1], w.shape[0]}, w.dtype, w.versionCounter(), false);
        return t.withGradFn("TBackward0", new Tensor[] {w}, g -> new Tensor[] {g}, false);
    }

    /** a (n) x b (m) -> (n, m), as PyTorch computes it: a.reshape(-1, 1) * b, so MulBackward0. */
    static Tensor outer(Tensor a, Tensor b) {
        if (a.dim() != 1) {
            throw KindlingError.runtimeError("outer: Expected 1-D argument self, but got " + a.dim() + "-D");
        }
        if (b.dim() != 1) {
            throw KindlingError.runtimeError("outer: Expected 1-D argument vec2, but got " + b.dim() + "-D");
        }
        return a.reshape(-1, 1).mul(b);
    }

    /** Batched matrix product of (b, n, m) and (b, m, p), recorded as one BmmBackward0. */
    static Tensor bmm(Tensor a, Tensor b) {
        if (a.dim() != 3) {
            throw KindlingError.runtimeError("batch1 must be a 3D tensor");
        }
        if (b.dim() != 3) {
            throw KindlingError.runtimeError("batch2 must be a 3D tensor");
        }
        if (b.shape[0] != a.shape[0] || b.shape[1] != a.shape[2]) {
            throw KindlingError.runtimeError("Expected size for first two dimensions of batch2 tensor to be: ["
                    + a.shape[0] + ", " + a.shape[2] + "] but got: [" + b.shape[0] + ", " + b.shape[1] + "].");
        }
        Tensor x = a.detach();
        Tensor y = b.detach();
        Tensor out = x.matmul(y);
        return out.withGradFn("BmmBackward0", new Tensor[] {a, b}, g -> new Tensor[] {
            a.requiresGrad() ? g.matmul(y.transpose(1, 2)) : null,
            b.requiresGrad() ? x.transpose(1, 2).matmul(g) : null}, true);
    }
}
