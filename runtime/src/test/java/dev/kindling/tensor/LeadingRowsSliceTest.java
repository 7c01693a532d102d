package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
