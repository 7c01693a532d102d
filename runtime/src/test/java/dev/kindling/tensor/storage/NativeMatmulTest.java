package dev.kindling.tensor.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.kindling.tensor.DType;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;
import dev.kindling.tensor.random.CpuGenerator;

/** Products above the thresholds give the JVM loop's results: to float32 rounding through oneDNN, exactly through the Java gemm. */
class NativeMatmulTest {
    @AfterEach
    void restore() {
        NativeMatmul.setEnabled(true);
        NativeMatmul.useSgemm(true);
    }

    private static double[] product(Tensor a, Tensor b, boolean nativePath) {
        NativeMatmul.setEnabled(nativePath);
        return a.matmul(b).toDoubleArray();
    }

    @Test
    void largeFloat32AndFloat64ProductsMatchTheJvmLoop() {
        assertTrue(NativeMatmul.isSgemmAvailable(), "oneDNN's sgemm should load on linux-x86_64: "
                + NativeMatmul.sgemmLoadProblem());
        CpuGenerator g = new CpuGenerator(1);
        Tensor a = Torch.randn(g, 160, 130);
        Tensor b = Torch.randn(g, 130, 120);
        assertTrue(160L * 130 * 120 >= NativeMatmul.THRESHOLD);
        assertArrayEquals(product(a, b, false), product(a, b, true), 1e-4);
        Tensor a64 = a.to(DType.FLOAT64);
        Tensor b64 = b.to(DType.FLOAT64);
        assertArrayEquals(product(a64, b64, false), product(a64, b64, true), "the Java gemm sums as the loop does");
        assertArrayEquals(product(b64.t(), a64.t(), false), product(b64.t(), a64.t(), true), "transposed operands");
        Tensor batchA = Torch.randn(g, 2, 160, 130);
        assertArrayEquals(product(batchA, b, false), product(batchA, b, true), 1e-4);
    }

    @Test
    void backwardProductsReadTransposesThroughTheGemmFlags() {
        CpuGenerator g = new CpuGenerator(2);
        Tensor a = Torch.randn(g, 150, 140);
        Tensor b = Torch.randn(g, 140, 130);
        double[][] heap = gradients(a, b, false);
        double[][] nativeGrads = gradients(a, b, true);
        assertClose(heap[0], nativeGrads[0]);
        assertClose(heap[1], nativeGrads[1]);
    }

    /** float32 sums in another order: equal to a few float ulps of the largest element (sums cancel). */
    private static void assertClose(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        double scale = 1;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-5 * scale, "element " + i);
        }
    }

    private static double[][] gradients(Tensor a, Tensor b, boolean nativePath) {
        NativeMatmul.setEnabled(nativePath);
        Tensor x = a.detach().clone().requiresGrad_(true);
        Tensor y = b.detach().clone().requiresGrad_(true);
        x.matmul(y).mul(x.matmul(y)).sum().backward();
        return new double[][] {x.grad().toDoubleArray(), y.grad().toDoubleArray()};
    }

    @Test
    void anOperandChangedInPlaceIsCopiedAgain() {
        CpuGenerator g = new CpuGenerator(3);
        Tensor a = Torch.randn(g, 140, 140);
        Tensor b = Torch.randn(g, 140, 140);
        double[] first = product(a, b, true);
        a.mul_(2.0);
        b.add_(1.0);
        assertArrayEquals(product(a, b, false), product(a, b, true), 1e-3);
        a.setAt(0, 100.0);
        assertArrayEquals(product(a, b, false), product(a, b, true), 1e-3);
        assertTrue(first[0] != product(a, b, true)[0]);
    }

    @Test
    void manyDistinctOperandsCycleThroughTheCopies() {
        CpuGenerator g = new CpuGenerator(4);
        Tensor b = Torch.randn(g, 130, 140);
        for (int i = 0; i < 30; i++) {
            Tensor a = Torch.randn(g, 120 + i, 130);
            assertArrayEquals(product(a, b, false), product(a, b, true), 1e-3);
        }
    }

    @Test
    void mlpSizedFloat32ProductsGoToSgemmInEveryTransposeCombination() {
        CpuGenerator g = new CpuGenerator(5);
        Tensor x = Torch.randn(g, 64, 128);
        Tensor w = Torch.randn(g, 10, 128);
        assertTrue(64L * 128 * 10 >= NativeMatmul.SGEMM_THRESHOLD && 64L * 128 * 10 < NativeMatmul.THRESHOLD);
        assertTrue(NativeMatmul.accepts(64, 128, 10, true));
        assertTrue(!NativeMatmul.accepts(64, 128, 10, false), "float64 products this small stay on the heap");
        // forward x @ w.T, and the two backward products g.T @ x and g @ w
        double[][] heap = linearGradients(x, w, false);
        double[][] nativeGrads = linearGradients(x, w, true);
        for (int i = 0; i < heap.length; i++) {
            assertClose(heap[i], nativeGrads[i]);
        }
    }

    private static double[][] linearGradients(Tensor x, Tensor w, boolean nativePath) {
        NativeMatmul.setEnabled(nativePath);
        Tensor xs = x.detach().clone().requiresGrad_(true);
        Tensor ws = w.detach().clone().requiresGrad_(true);
        Tensor out = dev.kindling.tensor.Functional.linear(xs, ws, Torch.zeros(ws.size(0)));
        out.mul(out).sum().backward();
        return new double[][] {out.toDoubleArray(), xs.grad().toDoubleArray(), ws.grad().toDoubleArray()};
    }

    /** Operands of split products: tall (512x256) times square (256x256), by rows; square times wide (256x1024), by columns. */
    private static Tensor[] splitOperands(long seed) {
        CpuGenerator g = new CpuGenerator(seed);
        return new Tensor[] {Torch.randn(g, 512, 256), Torch.randn(g, 256, 256), Torch.randn(g, 256, 1024)};
    }

    @Test
    void productsSplitOverTwoThreadsByRowsOrColumnsMatchTheJvmLoop() {
        Tensor[] operands = splitOperands(6);
        Tensor tall = operands[0];
        Tensor square = operands[1];
        Tensor wide = operands[2];
        assertTrue(512L * 256 * 256 >= DnnlGemm.SPLIT_FROM && 256L * 256 * 1024 >= DnnlGemm.SPLIT_FROM);
        assertClose(product(tall, square, false), product(tall, square, true));
        assertClose(product(square, wide, false), product(square, wide, true));
        // transposed operands, split both ways
        assertClose(product(square.t(), tall.t(), false), product(square.t(), tall.t(), true));
        assertClose(linearGradients(tall, square, false)[2], linearGradients(tall, square, true)[2]);
    }

    /**
     * {@code a @ a.T} and {@code a.T @ a}: both operands are one float copy, read at different
     * positions by each part of a split product. Before each operand had its own pointers, the
     * second position was passed for both, and every part after the first was wrong.
     */
    @Test
    void splitProductsOfAMatrixWithItsOwnTransposeMatchTheJvmLoop() {
        Tensor tall = splitOperands(12)[0];
        assertTrue(512L * 256 * 512 >= DnnlGemm.SPLIT_FROM && 256L * 512 * 256 >= DnnlGemm.SPLIT_FROM);
        assertClose(product(tall, tall.t(), false), product(tall, tall.t(), true));
        assertClose(product(tall.t(), tall, false), product(tall.t(), tall, true));
    }

    /**
     * A split product is cut into parts that either thread may run; each output element must
     * still come from one sgemm summing the whole of k, so the result is bit for bit that of
     * unsplit products of row or column blocks (each block below the split threshold).
     */
    @Test
    void splitProductsEqualUnsplitProductsOfTheirBlocksBitForBit() {
        Tensor[] operands = splitOperands(9);
        Tensor tall = operands[0];
        Tensor square = operands[1];
        Tensor wide = operands[2];
        assertTrue(16L * 256 * 256 < DnnlGemm.SPLIT_FROM, "the blocks must be single calls");
        for (int round = 0; round < 20; round++) {
            double[] byRows = tall.matmul(square).toDoubleArray();
            for (int row = 0; row < 512; row += 16) {
                double[] block = tall.narrow(0, row, 16).matmul(square).toDoubleArray();
                assertArrayEquals(block, java.util.Arrays.copyOfRange(byRows, row * 256, (row + 16) * 256));
            }
            double[] byColumns = square.matmul(wide).toDoubleArray();
            for (int col = 0; col < 1024; col += 16) {
                double[] block = square.matmul(wide.narrow(1, col, 16)).toDoubleArray();
                for (int r = 0; r < 256; r++) {
                    assertArrayEquals(java.util.Arrays.copyOfRange(block, r * 16, r * 16 + 16),
                            java.util.Arrays.copyOfRange(byColumns, r * 1024 + col, r * 1024 + col + 16));
                }
            }
        }
    }

    /**
     * A product's parts depend on its shape alone, so its bits do not depend on the cores. The
     * first two products have k = 784 and a transposed second operand, where oneDNN's blocking of
     * k follows the part's shape: 4 column parts of the first differed from the whole product in
     * most elements, and 4 row parts of the second (256 rows) differ from it too.
     */
    @Test
    void splitProductsGiveTheSameBitsWithoutASecondCore() {
        CpuGenerator g = new CpuGenerator(21);
        Tensor x = Torch.randn(g, 64, 784);
        Tensor batches = Torch.randn(g, 256, 784);
        Tensor w = Torch.randn(g, 256, 784);
        Tensor h = Torch.randn(g, 256, 64);
        assertTrue(64L * 784 * 256 >= DnnlGemm.FOUR_PARTS_FROM);
        java.util.function.Supplier<double[][]> products = () -> new double[][] {
            x.matmul(w.t()).toDoubleArray(), batches.matmul(w.t()).toDoubleArray(),
            h.matmul(x).toDoubleArray(), x.t().matmul(h.t()).toDoubleArray()};
        double[][] shared = products.get();
        double[][][] oneCore = new double[1][][];
        SecondCore.asIfOneCore(() -> oneCore[0] = products.get());
        for (int i = 0; i < shared.length; i++) {
            assertArrayEquals(shared[i], oneCore[0][i], "product " + i);
        }
    }

    /** The default build carries no gemm backend (ND4J comes only with -Pcuda): float64 products run in Java. */
    @Test
    void theDefaultBuildHasNoGemmBackend() {
        assertFalse(NativeMatmul.isAvailable(), "a GemmBackend was found: is ND4J on the class path?");
        assertNull(NativeMatmul.loadProblem(), "no backend is not a problem");
        assertTrue(NativeMatmul.accepts(128, 128, 128, false), "large float64 products still leave the heap loop");
        assertFalse(NativeMatmul.accepts(64, 64, 64, false), "small ones stay");
    }

    /** Where oneDNN is missing (the cuda build), large float32 products go to the Java gemm, transposes included. */
    @Test
    void withoutSgemmLargeFloat32ProductsGoThroughTheJavaGemm() {
        NativeMatmul.useSgemm(false);
        assertTrue(!NativeMatmul.accepts(64, 128, 10, true), "below the float64 threshold they stay on the heap");
        CpuGenerator g = new CpuGenerator(8);
        Tensor a = Torch.randn(g, 160, 130);
        Tensor b = Torch.randn(g, 130, 120);
        double[] x = a.toDoubleArray();
        double[] y = b.toDoubleArray();
        double[] viaGemm = new double[160 * 120];
        assertTrue(NativeMatmul.multiply(x, y, viaGemm, 160, 130, 120, true));
        for (int i = 0; i < 160; i++) {
            for (int j = 0; j < 120; j++) {
                double sum = 0;
                for (int p = 0; p < 130; p++) {
                    sum += x[i * 130 + p] * y[p * 120 + j];
                }
                assertEquals((float) sum, viaGemm[i * 120 + j], 0.0, "element " + i + ", " + j);
            }
        }
        assertArrayEquals(product(a, b, false), product(a, b, true), 1e-4);
        double[][] heap = gradients(a, b, false);
        double[][] javaGemm = gradients(a, b, true);
        assertClose(heap[0], javaGemm[0]);
        assertClose(heap[1], javaGemm[1]);
    }
}
