package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kindling.tensor.random.CpuGenerator;

/** {@code t[a:b]} takes a block-copy path; {@code t[a:b, :]} the general one: both must agree. */
class LeadingRowsSliceTest {
    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"2, 5", "null, 3", "4, null", "null, null", "-3, null", "5, 2",
        "-100, 100", "6, 6"})
    void blockCopyMatchesTheGeneralPath(Long start, Long stop) {
        Tensor t = Torch.randn(new CpuGenerator(6), 7, 3, 2).requiresGrad_(true);
        Tensor fast = t.get(new Index[] {Index.slice(start, stop, null)});
        Tensor general = t.get(new Index[] {Index.slice(start, stop, null), Index.all()});
        assertArrayEquals(general.shapeArray(), fast.shapeArray());
        assertArrayEquals(general.toDoubleArray(), fast.toDoubleArray(), 0.0);
        assertEquals(general.gradFn().name(), fast.gradFn().name());
        fast.mul(fast).sum().backward();
        double[] fastGrad = t.grad().toDoubleArray();
        t.setGrad(null);
        general.mul(general).sum().backward();
        assertArrayEquals(t.grad().toDoubleArray(), fastGrad, 0.0);
    }

    /**
     * A batch sliced from a tensor kept as floats (randn's 512x784) is copied as floats and stays
     * so, with the same values, and the source keeps its floats for the next batch.
     */
    @Test
    void batchOfAFloatTensorStaysFloats() {
        Tensor data = Torch.randn(new CpuGenerator(7), 512, 784);
        Tensor batch = data.get(new Index[] {Index.slice(64L, 128L, null)});
        assertNotNull(batch.elements.floats(), "the batch");
        assertNotNull(data.elements.floats(), "the source");
        double[] general = data.get(new Index[] {Index.slice(64L, 128L, null), Index.all()}).toDoubleArray();
        assertArrayEquals(general, batch.toDoubleArray(), 0.0);
        data.mul_(2.0);
        // float kernels reading the batch must see the write too (the batch caught up with data first)
        assertEquals(2 * general[99], batch.mul(1.0).toDoubleArray()[99], 0.0, "a float kernel on the batch");
        Tensor column = Torch.zeros(784, 1);
        column.doubles()[99] = 1;
        assertEquals((float) (2 * general[99]), batch.matmul(column).toDoubleArray()[0], 0.0, "a product of the batch");
        assertEquals(2 * general[99], batch.toDoubleArray()[99], 0.0, "the batch is a view of data");
    }

    /**
     * A batch of a float tensor is not copied for a product: the gemm reads the source's rows in
     * place (forward and the weight's gradient), with the bits a copied batch gives, and sees a
     * write to the source made after the slice, as a view must.
     */
    @Test
    void aBatchFeedsProductsStraightFromItsSource() {
        Tensor data = Torch.randn(new CpuGenerator(8), 512, 784);
        Tensor w = Torch.randn(new CpuGenerator(9), 256, 784);
        Tensor batch = data.get(new Index[] {Index.slice(64L, 128L, null)});
        Tensor copy = data.get(new Index[] {Index.slice(64L, 128L, null), Index.all()}); // the general path copies
        assertTrue(batch.elements.pendingFill() instanceof Indexing.RowsFill, "not copied when sliced");
        double[] product = batch.matmul(w.t()).toDoubleArray();
        assertTrue(batch.elements.pendingFill() instanceof Indexing.RowsFill, "nor for the product");
        double[] expected = copy.matmul(w.t()).toDoubleArray();
        assertArrayEquals(expected, product, 0.0);
        assertArrayEquals(weightGradient(copy, w), weightGradient(batch, w), 0.0);
        double before = copy.toDoubleArray()[99];
        data.mul_(2.0); // exact in float: the product doubles exactly
        double[] after = batch.matmul(w.t()).toDoubleArray();
        for (int i = 0; i < expected.length; i++) {
            assertEquals(2 * expected[i], after[i], 0.0, "element " + i + " after the source was written");
        }
        assertEquals(2 * before, batch.toDoubleArray()[99], 0.0, "the batch's values, when read");
    }

    private static double[] weightGradient(Tensor x, Tensor w) {
        Tensor weight = w.detach().clone().requiresGrad_(true);
        x.matmul(weight.t()).sum().backward();
        return weight.grad().toDoubleArray();
    }
}
