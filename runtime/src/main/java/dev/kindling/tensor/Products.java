package dev.kindling.tensor;

import dev.kindling.autograd.GradMode;
import dev.kindling.tensor.storage.MatrixOperand;
import dev.kindling.tensor.storage.NativeMatmul;

/**
 * Matrix products of 2-D tensors read as stored or transposed, without autograd history: the
 * native path gets the transposes as gemm flags and each operand's version (so unchanged operands
 * reuse their float copy), the heap path materialises transposes and runs {@link LinearAlgebra#mm}.
 *
 * <p>Why: nn.Linear computes {@code x @ W.T} forward and {@code g.T @ x} backward; copying those
 * transposes cost more than the products themselves in an MLP step.
 *
 * <pre>{@code
 * Tensor y = Products.product(x, false, w, true);   // x @ w.T, detached
 * }</pre>
 */
final class Products {
    private Products() {}

    /** {@code op(a) @ op(b)} as a detached tensor; {@code op} transposes when its flag is set. */
    static Tensor product(Tensor a, boolean ta, Tensor b, boolean tb) {
        Elements out = tryNative(a, ta, b, tb);
        if (out != null) {
            return new Tensor(out, new int[] {rows(a, ta), cols(b, tb)}, a.dtype);
        }
        Tensor x = ta ? a.detach().t() : a.detach();
        Tensor y = tb ? b.detach().t() : b.detach();
        if (a.dtype != b.dtype || x.shape[1] != y.shape[0]) {
            return LinearAlgebra.mm(x, y, "MmBackward0").detach(); // which reports the mismatch
        }
        // straight to the heap kernels, not through mm: mm would try the native path again, and
        // the JIT compiled that path into mm too, a second time, while an MLP's first steps ran
        return new Tensor(LinearAlgebra.heapProduct(x, y, x.shape[0], x.shape[1], y.shape[1], a.dtype),
                new int[] {x.shape[0], y.shape[1]}, a.dtype);
    }

    /**
     * A gradient's product in a backward rule, for the input {@code target}: through
     * {@link #product} unless the graph is being recorded (create_graph), where the recorded
     * transposes and mm are kept. For a leaf target it is marked unshared: the engine hands it
     * straight to the leaf, whose first .grad can then be this tensor instead of a copy (for an
     * MLP's first layer, a 200k-element copy per step).
     */
    static Tensor gradient(Tensor target, Tensor a, boolean ta, Tensor b, boolean tb) {
        if (GradMode.isEnabled() && (a.requiresGrad() || b.requiresGrad())) {
            return LinearAlgebra.mm(ta ? a.t() : a, tb ? b.t() : b, "MmBackward0");
        }
        Tensor product = product(a, ta, b, tb);
        product.unsharedGradient = target.isLeaf();
        return product;
    }

    /**
     * The gradient of {@code b} in {@code a @ b} (that is, {@code a.T @ g}). Where b is a transpose
     * not copied yet ({@code x @ W.T}), it is made in the layout of b's source, as
     * {@code (g.T @ a)}, and handed on as its lazy transpose, which the TBackward0 that follows
     * turns back into the product: W's gradient without a transpose copied either way.
     */
    static Tensor gradientOfSecond(Tensor b, Tensor a, Tensor g) {
        if (b.elements.pendingFill() instanceof Reshapes.TransposeFill lazy
                && !(GradMode.isEnabled() && (a.requiresGrad() || g.requiresGrad()))) {
            Tensor sourceGradient = product(g, true, a, false);
            sourceGradient.unsharedGradient = lazy.source().isLeaf();
            return Reshapes.lazyTranspose(sourceGradient);
        }
        return gradient(b, a, true, g, false);
    }

    /**
     * The elements of {@code op(a) @ op(b)} from the native gemm (already rounded to float32 for
     * float32), or null when the product stays on the heap (small, not floating point, mixed
     * dtypes, mismatched shapes: the heap path reports those errors). A large float32 result
     * stays in floats ({@link Elements#keepsFloats}): it is mostly a weight's gradient, which Adam
     * reads as floats.
     */
    static Elements tryNative(Tensor a, boolean ta, Tensor b, boolean tb) {
        if (a.shape.length != 2 || b.shape.length != 2 || a.dtype != b.dtype || !a.dtype.isFloatingPoint()) {
            return null;
        }
        int n = rows(a, ta);
        int k = ta ? a.shape[0] : a.shape[1];
        int m = cols(b, tb);
        if ((tb ? b.shape[1] : b.shape[0]) != k) {
            return null;
        }
        boolean float32 = a.dtype == DType.FLOAT32;
        // Products the numerics policy sums in an order of its own stay on the heap (under
        // pytorch-cpu-bits, MKL's orders: bit for bit PyTorch's).
        if (float32 && TorchState.current().kernels().ordersProduct(n, k, m, !ta || k == 1)
                || !NativeMatmul.accepts(n, k, m, float32)) {
            return null;
        }
        if (float32 && NativeMatmul.producesFloats()) {
            // one call site for sgemm, whatever the result's storage: the JIT compiles this method
            // with the whole native path inlined, and a second site doubled that work (about 130 ms
            // of compilation in mlp_batch's timed steps)
            float[] out = Torch.allocateFloats(new int[] {n, m});
            NativeMatmul.multiply(operand(a, ta), operand(b, tb), out, n, k, m);
            return Elements.ofFloat32(out);
        }
        double[] out = Torch.allocate(new int[] {n, m}, a.dtype);
        NativeMatmul.multiply(operand(a, ta), operand(b, tb), out, n, k, m, float32);
        return new Elements(out);
    }

    /**
     * An operand as the gemm takes it: floats where the tensor keeps floats and sgemm runs, else
     * doubles; a lazy transpose as its source with the other transpose flag.
     */
    private static MatrixOperand operand(Tensor t, boolean transposed) {
        if (t.elements.pendingFill() instanceof Reshapes.TransposeFill lazy) {
            return operand(lazy.source(), !transposed); // a transpose not copied: its source, read transposed
        }
        if (t.elements.pendingFill() instanceof Indexing.RowsFill rows && NativeMatmul.producesFloats()) {
            // rows not copied: read in place from the source's copy, which stays current across batches
            float[] source = rows.source().keptFloats();
            if (source != null) {
                Elements elements = rows.source().elements;
                return new MatrixOperand(elements, null, source, transposed, true, elements.writes(), rows.from());
            }
        }
        float[] floats = t.keptFloats();
        if (floats != null && NativeMatmul.producesFloats()) {
            return new MatrixOperand(t.elements, null, floats, transposed, true, t.elements.writes());
        }
        return new MatrixOperand(t.elements, t.values(), null, transposed, true, t.elements.writes());
    }

    private static int rows(Tensor a, boolean ta) {
        return ta ? a.shape[1] : a.shape[0];
    }

    private static int cols(Tensor b, boolean tb) {
        return tb ? b.shape[0] : b.shape[1];
    }
}
