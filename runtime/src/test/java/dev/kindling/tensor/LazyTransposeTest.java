package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.kindling.tensor.random.CpuGenerator;
import dev.kindling.tensor.storage.NativeMatmul;

/**
 * A transpose is copied only when something reads its elements: {@code x @ W.T} takes W with the
 * gemm's transpose flag, and W's gradient through W.T comes back in W's layout, uncopied.
 */
class LazyTransposeTest {
    @AfterEach
    void restore() {
        NativeMatmul.setEnabled(true);
    }

    /** A 64x64 matrix (large enough to be transposed lazily) holding 0, 1, 2, ... row by row. */
    private static Tensor counting() {
        return Torch.arange(0, 4096, 1, DType.FLOAT32).reshape(64, 64);
    }

    @Test
    void aTransposeIsCopiedOnFirstReadWithTheSourceAsItIsThen() {
        Tensor w = counting();
        assertTrue(w.numel() >= Reshapes.LAZY_TRANSPOSE_FROM);
        Tensor v = w.t();
        assertNotNull(v.elements.pendingFill());
        w.add_(Torch.scalar(10, DType.FLOAT32));
        assertEquals(64 + 10, v.at(1), 0.0); // v[0][1] = w[1][0]
        assertNotNull(v.elements.pendingFill(), "one element is read from the source, without a copy");
        assertEquals(64 + 10, v.values()[1], 0.0);
        assertNull(v.elements.pendingFill());
        assertNull(Torch.ones(3, 2).t().elements.pendingFill(), "small transposes are copied at once");
    }

    /** x @ W.T, then backward: the same values as with every transpose copied (the JVM loop, no gemm flags). */
    /** Asserts that {@code c} (cols x rows) holds the transpose of the rows x cols {@code source}. */
    private static void assertTransposed(float[] source, int rows, int cols, Tensor c) {
        assertArrayEquals(new int[] {cols, rows}, c.shapeArray());
        float[] copy = c.floatValues();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                assertEquals(source[i * cols + j], copy[j * rows + i], 0f, "source[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void contiguousOfAFloatTransposeIsTheTransposedSourceHeldAsFloats() {
        Tensor w = Torch.randn(new CpuGenerator(5), 100, 130); // not square: rows and columns must not mix up
        assertNotNull(w.keptFloats(), "randn of this size is held as floats");
        Tensor c = w.t().contiguous();
        assertTrue(c.isContiguous());
        assertNotNull(c.keptFloats(), "the copy stays floats for the next float kernel");
        assertTransposed(w.floatValues(), 100, 130, c);
        float before = w.floatValues()[1];
        c.add_(Torch.scalar(1, DType.FLOAT32));
        assertEquals(before + 1f, c.at(100), 1e-6, "the copy is written");
        assertEquals(before, w.floatValues()[1], 0f, "and the source is not");
    }

    @Test
    void contiguousOfATransposeSeesTheSourceAsItIsThen() {
        Tensor w = Torch.randn(new CpuGenerator(6), 90, 120);
        Tensor v = w.t();
        w.mul_(Torch.scalar(2, DType.FLOAT32)); // after the view: its copy must see the write
        assertTransposed(w.floatValues(), 90, 120, v.contiguous());
    }

    @Test
    void aHandWrittenLayerGivesTheSameGradientsWithoutCopies() {
        CpuGenerator g = new CpuGenerator(21);
        Tensor x = Torch.randn(g, 64, 784);
        Tensor w = Torch.randn(g, 256, 784).mul(0.01);
        double[][] lazy = layer(x, w);
        NativeMatmul.setEnabled(false);
        double[][] heap = layer(x, w);
        for (int i = 0; i < lazy.length; i++) {
            assertEquals(heap[i].length, lazy[i].length);
            for (int j = 0; j < heap[i].length; j++) {
                assertEquals(heap[i][j], lazy[i][j], 1e-4 * Math.max(1, Math.abs(heap[i][j])), "output " + i + " at " + j);
            }
        }
    }

    private static double[][] layer(Tensor x, Tensor w) {
        Tensor weight = w.detach().clone().requiresGrad_(true);
        Tensor transposed = weight.t();
        Tensor out = x.matmul(transposed).relu();
        if (NativeMatmul.producesFloats()) {
            assertNotNull(transposed.elements.pendingFill(), "the product read W, not a copy of its transpose");
        }
        out.mul(out).sum().backward();
        if (NativeMatmul.producesFloats()) {
            assertNotNull(weight.grad().elements.floats(), "W's gradient is the gemm's result, not a transposed copy");
        }
        return new double[][] {out.toDoubleArray(), weight.grad().toDoubleArray()};
    }

    @Test
    void theTransposeOfALazyTransposeIsItsSource() {
        Tensor w = counting();
        Tensor back = w.t().t();
        assertSame(w.elements, back.elements);
        back.mul_(Torch.scalar(2, DType.FLOAT32));
        assertEquals(2 * 4095, w.at(4095), 0.0);
        assertEquals(1, w.version());
    }
}
