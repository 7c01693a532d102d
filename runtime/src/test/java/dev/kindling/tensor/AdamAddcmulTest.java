package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Adam's second moment, {@code exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)}. */
class AdamAddcmulTest {
    @Test
    void addcmulFusesTheLastMultiplyAndAdd() {
        // From PyTorch 2.13 CPU: torch.tensor([v]).mul_(0.999).addcmul_(g, g, value=1 - 0.999) with the values
        // below gives 2.4336603019037284e-05; rounding (0.001 * g) * g before adding gives 2.433660120004788e-05.
        Tensor param = Torch.tensor(new double[] {0.5});
        Tensor grad = Torch.tensor(new double[] {0.12357580661773682});
        Tensor expAvg = Torch.tensor(new double[] {0.0});
        Tensor expAvgSq = Torch.tensor(new double[] {9.074697118194308e-06});
        Fused.adamStep(param, grad, expAvg, expAvgSq, null, 2, 0.01, 0.9, 0.999, 1e-8, 0, false, false);
        assertEquals(2.4336603019037284e-05, expAvgSq.doubles()[0], 0);
    }
}
