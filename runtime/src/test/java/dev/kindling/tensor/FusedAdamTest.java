package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

import dev.kindling.tensor.random.CpuGenerator;

/**
 * Float32 Adam's blocked float loop (70000 elements: two threads, several blocks and partial ones)
 * gives the general loop's results bit for bit.
 */
class FusedAdamTest {
    @Test
    void float32FastLoopMatchesTheGeneralLoopExactly() {
        CpuGenerator g = new CpuGenerator(5);
        Tensor fast = Torch.randn(g, 70000);
        Tensor general = fast.clone();
        Tensor[] fastState = {Torch.zerosLike(fast), Torch.zerosLike(fast)};
        Tensor[] generalState = {Torch.zerosLike(fast), Torch.zerosLike(fast)};
        for (int step = 1; step <= 20; step++) {
            Tensor grad = Torch.randn(g, 70000).mul(step % 3 == 0 ? 1e-3 : 10.0);
            Fused.adamStep(fast, grad, fastState[0], fastState[1], null, step, 1e-3, 0.9, 0.999, 1e-8, 0.01, true,
                    false);
            // maximize with the negated gradient takes the general loop on the same values
            Fused.adamStep(general, grad.neg(), generalState[0], generalState[1], null, step, 1e-3, 0.9, 0.999, 1e-8,
                    0.01, true, true);
        }
        assertArrayEquals(general.toDoubleArray(), fast.toDoubleArray(), 0.0);
        assertArrayEquals(generalState[0].toDoubleArray(), fastState[0].toDoubleArray(), 0.0);
        assertArrayEquals(generalState[1].toDoubleArray(), fastState[1].toDoubleArray(), 0.0);
    }
}
