package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import org.junit.jupiter.api.Test;

import dev.kindling.tensor.random.CpuGenerator;

/**
 * A weight's first .grad may be the product its backward rule made (no copy); it must still
 * behave as a gradient of its own: accumulating, and changed in place without touching anything
 * else.
 */
class GradientAdoptionTest {
    private static final CpuGenerator G = new CpuGenerator(7);

    @Test
    void secondBackwardAccumulatesIntoAnAdoptedGradient() {
        Tensor x = Torch.randn(G, 64, 128);
        Tensor w = Torch.randn(G, 32, 128).requiresGrad_(true);
        Tensor b = Torch.zeros(32).requiresGrad_(true);
        Functional.linear(x, w, b).sum().backward();
        double[] once = w.grad().toDoubleArray();
        Functional.linear(x, w, b).sum().backward();
        double[] twice = w.grad().toDoubleArray();
        for (int i = 0; i < once.length; i++) {
            once[i] *= 2;
        }
        assertArrayEquals(once, twice, 1e-3);
    }

    @Test
    void twoWeightsFedByOneGradientGetGradientsOfTheirOwn() {
        Tensor x = Torch.randn(G, 64, 128);
        Tensor w1 = Torch.randn(G, 32, 128).requiresGrad_(true);
        Tensor w2 = w1.detach().clone().requiresGrad_(true);
        Tensor h = x.matmul(w1.t()).add(x.matmul(w2.t()));
        h.sum().backward();
        assertNotSame(w1.grad(), w2.grad());
        double[] before = w2.grad().toDoubleArray();
        w1.grad().zero_();
        assertArrayEquals(before, w2.grad().toDoubleArray(), 0);
    }

    @Test
    void aNonLeafInputsGradientIsNotAdopted() {
        Tensor x = Torch.randn(G, 64, 128).requiresGrad_(true);
        Tensor hidden = x.mul(1.0);
        hidden.retainGrad();
        Tensor w = Torch.randn(G, 32, 128).requiresGrad_(true);
        Functional.linear(hidden, w, null).sum().backward();
        double[] retained = hidden.grad().toDoubleArray();
        x.grad().zero_();
        assertArrayEquals(retained, hidden.grad().toDoubleArray(), 0);
    }
}
