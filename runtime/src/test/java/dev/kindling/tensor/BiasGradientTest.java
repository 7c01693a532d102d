package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

import dev.kindling.autograd.GradMode;
import dev.kindling.tensor.random.CpuGenerator;

/** A bias's gradient (a float32 matrix summed over its rows) takes a short path with the general sum's bits. */
class BiasGradientTest {
    @Test
    void equalsTheGeneralColumnSumBitForBit() {
        for (int[] shape : new int[][] {{64, 10}, {64, 256}, {3, 40000}, {1000, 7}}) {
            Tensor grad = Torch.randn(new CpuGenerator(shape[1]), shape);
            // from FLOATS_FROM elements the gradient is kept as floats and summed without converting
            assertEquals(Elements.keepsFloats(DType.FLOAT32, grad.numel()), grad.keptFloats() != null);
            Tensor general = Reductions.sum(grad, new int[] {0}, false);
            Tensor fast = GradMode.withoutGrad(() -> Gradients.sumToShape(grad, new int[] {shape[1]}));
            assertArrayEquals(new int[] {shape[1]}, fast.shapeArray());
            assertEquals(DType.FLOAT32, fast.dtype);
            double[] g = general.toDoubleArray();
            double[] f = fast.toDoubleArray();
            for (int i = 0; i < g.length; i++) {
                assertEquals(Double.doubleToLongBits(g[i]), Double.doubleToLongBits(f[i]), "column " + i + " of " + shape[0] + "x" + shape[1]);
            }
        }
    }

    /** A recorded backward pass (create_graph) keeps the general path, whose result has a grad_fn. */
    @Test
    void recordedBackwardKeepsTheGeneralPath() {
        Tensor grad = Torch.randn(new CpuGenerator(1), 8, 5).requiresGrad_(true);
        Tensor summed = Gradients.sumToShape(grad, new int[] {5});
        assertNotNull(summed.gradFn());
    }
}
