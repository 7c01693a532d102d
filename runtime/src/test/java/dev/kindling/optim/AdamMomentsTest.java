package dev.kindling.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kindling.tensor.Functional;
import dev.kindling.tensor.Fused;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;
import dev.kindling.tensor.random.CpuGenerator;

/**
 * Adam keeps float copies of float32 parameters and moments between steps (AdamMoments): every
 * way of reaching the state from outside must see the same values as Adam on the tensors alone
 * (the general loop, reached here with maximize and a negated gradient).
 */
class AdamMomentsTest {
    private static final int N = 70000; // two threads, several blocks

    /** The reference: the general loop on the tensors, nothing kept between steps. */
    private static final class Reference {
        final Tensor p;
        final Tensor m;
        final Tensor v;
        long step;

        Reference(Tensor p) {
            this.p = p.detach().clone();
            this.m = Torch.zerosLike(p);
            this.v = Torch.zerosLike(p);
        }

        void step(Tensor grad) {
            Fused.adamStep(p, grad.neg(), m, v, null, ++step, 1e-3, 0.9, 0.999, 1e-8, 0, false, true);
        }
    }

    private static Tensor gradient(CpuGenerator g, int step) {
        return Torch.randn(g, N).mul(step % 3 == 0 ? 1e-3 : 10.0);
    }

    private static void step(Adam adam, Tensor p, Reference ref, Tensor grad) {
        p.setGrad(grad);
        adam.step();
        ref.step(grad);
    }

    @SuppressWarnings("unchecked")
    private static Tensor moment(Adam adam, String name) {
        Map<Object, Object> state = (Map<Object, Object>) adam.stateDict().get("state");
        return (Tensor) ((Map<String, Object>) state.get(0L)).get(name);
    }

    @Test
    void stepsStateDictAndLaterStepsMatchTheTensorLoop() {
        CpuGenerator g = new CpuGenerator(11);
        Tensor p = Torch.randn(g, N).requiresGrad_(true);
        Reference ref = new Reference(p);
        Adam adam = new Adam(List.of(p), Map.of());
        for (int s = 1; s <= 5; s++) {
            step(adam, p, ref, gradient(g, s));
        }
        assertArrayEquals(ref.p.toDoubleArray(), p.toDoubleArray(), 0.0);
        Tensor heldExpAvg = moment(adam, "exp_avg");
        assertArrayEquals(ref.m.toDoubleArray(), heldExpAvg.toDoubleArray(), 0.0);
        assertArrayEquals(ref.v.toDoubleArray(), moment(adam, "exp_avg_sq").toDoubleArray(), 0.0);
        for (int s = 6; s <= 8; s++) {
            step(adam, p, ref, gradient(g, s));
        }
        // a state_dict taken earlier holds the live moments, as PyTorch's does
        assertArrayEquals(ref.m.toDoubleArray(), heldExpAvg.toDoubleArray(), 0.0);
        assertArrayEquals(ref.p.toDoubleArray(), p.toDoubleArray(), 0.0);
    }

    @Test
    void inPlaceChangesToTheParameterBetweenStepsAreSeen() {
        CpuGenerator g = new CpuGenerator(12);
        Tensor p = Torch.randn(g, N).requiresGrad_(true);
        Reference ref = new Reference(p);
        Adam adam = new Adam(List.of(p), Map.of());
        step(adam, p, ref, gradient(g, 1));
        p.detach().mul_(0.5);
        ref.p.mul_(0.5);
        step(adam, p, ref, gradient(g, 2));
        assertArrayEquals(ref.p.toDoubleArray(), p.toDoubleArray(), 0.0);
    }

    @Test
    void loadedStateAndASwitchToTheGeneralLoopUseTheCurrentMoments() {
        CpuGenerator g = new CpuGenerator(13);
        Tensor p = Torch.randn(g, N).requiresGrad_(true);
        Reference ref = new Reference(p);
        Adam adam = new Adam(List.of(p), Map.of());
        for (int s = 1; s <= 3; s++) {
            step(adam, p, ref, gradient(g, s));
        }
        Map<String, Object> saved = adam.stateDict();
        Adam restored = new Adam(List.of(p), Map.of());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> groups = (List<Map<String, Object>>) saved.get("param_groups");
        restored.loadStateDict((Map<?, ?>) saved.get("state"), groups);
        step(restored, p, ref, gradient(g, 4));
        assertArrayEquals(ref.p.toDoubleArray(), p.toDoubleArray(), 0.0);
        // maximize on: the general loop must start from the moments the fast steps left
        restored.paramGroups().get(0).options.put("maximize", true);
        Tensor grad = gradient(g, 5);
        p.setGrad(grad.neg());
        restored.step();
        ref.step(grad);
        assertArrayEquals(ref.p.toDoubleArray(), p.toDoubleArray(), 0.0);
    }

    /** After a step nn.Linear's native product reads the updated weight (its float copy comes from Adam's floats). */
    @Test
    void productsAfterAStepUseTheUpdatedWeight() {
        CpuGenerator g = new CpuGenerator(14);
        Tensor x = Torch.randn(g, 64, 128);
        Tensor w = Torch.randn(g, 128, 128).requiresGrad_(true);
        Tensor bias = Torch.zeros(128);
        Adam adam = new Adam(List.of(w), Map.of());
        for (int s = 0; s < 3; s++) {
            Tensor out = Functional.linear(x, w, bias);
            out.mul(out).sum().backward();
            adam.step();
            adam.zeroGrad(true);
            double[] nativeProduct = Functional.linear(x, w, bias).toDoubleArray();
            dev.kindling.tensor.storage.NativeMatmul.setEnabled(false);
            try {
                assertArrayEquals(Functional.linear(x, w, bias).toDoubleArray(), nativeProduct, 1e-3);
            } finally {
                dev.kindling.tensor.storage.NativeMatmul.setEnabled(true);
            }
        }
    }
}
