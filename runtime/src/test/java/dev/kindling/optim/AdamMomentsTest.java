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

    /** One float32 parameter trained by Adam beside its reference, on the same gradients. */
    private static final class Run {
        final CpuGenerator g;
        final Tensor p;
        final Reference ref;
        Adam adam;

        Run(long seed) {
            g = new CpuGenerator(seed);
            p = Torch.randn(g, N).requiresGrad_(true);
            ref = new Reference(p);
            adam = new Adam(List.of(p), Map.of());
        }

        void steps(int from, int to) {
            for (int s = from; s <= to; s++) {
                Tensor grad = Torch.randn(g, N).mul(s % 3 == 0 ? 1e-3 : 10.0);
                p.setGrad(grad);
                adam.step();
                ref.step(grad);
            }
        }

        void assertSameParameter() {
            assertArrayEquals(ref.p.toDoubleArray(), p.toDoubleArray(), 0.0);
        }

        @SuppressWarnings("unchecked")
        Tensor moment(String name) {
            Map<Object, Object> state = (Map<Object, Object>) adam.stateDict().get("state");
            return (Tensor) ((Map<String, Object>) state.get(0L)).get(name);
        }
    }

    @Test
    void stepsStateDictAndLaterStepsMatchTheTensorLoop() {
        Run run = new Run(11);
        run.steps(1, 5);
        run.assertSameParameter();
        Tensor heldExpAvg = run.moment("exp_avg");
        assertArrayEquals(run.ref.m.toDoubleArray(), heldExpAvg.toDoubleArray(), 0.0);
        assertArrayEquals(run.ref.v.toDoubleArray(), run.moment("exp_avg_sq").toDoubleArray(), 0.0);
        run.steps(6, 8);
        // a state_dict taken earlier holds the live moments, as PyTorch's does
        assertArrayEquals(run.ref.m.toDoubleArray(), heldExpAvg.toDoubleArray(), 0.0);
        run.assertSameParameter();
    }

    @Test
    void inPlaceChangesToTheParameterBetweenStepsAreSeen() {
        Run run = new Run(12);
        run.steps(1, 1);
        run.p.detach().mul_(0.5);
        run.ref.p.mul_(0.5);
        run.steps(2, 2);
        run.assertSameParameter();
    }

    @Test
    void loadedStateAndASwitchToTheGeneralLoopUseTheCurrentMoments() {
        Run run = new Run(13);
        run.steps(1, 3);
        Map<String, Object> saved = run.adam.stateDict();
        run.adam = new Adam(List.of(run.p), Map.of());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> groups = (List<Map<String, Object>>) saved.get("param_groups");
        run.adam.loadStateDict((Map<?, ?>) saved.get("state"), groups);
        run.steps(4, 4);
        run.assertSameParameter();
        // maximize on: the general loop must start from the moments the fast steps left
        run.adam.paramGroups().get(0).options.put("maximize", true);
        Tensor grad = Torch.randn(run.g, N);
        run.p.setGrad(grad.neg());
        run.adam.step();
        run.ref.step(grad);
        run.assertSameParameter();
    }

    /** Adam leaves the parameter's values in floats: aliases made before, and readers between steps, see them. */
    @Test
    void aliasesAndReadersBetweenStepsSeeTheFloatsAdamLeft() {
        Run run = new Run(15);
        Tensor detached = run.p.detach();
        Tensor data = run.p.data();
        run.steps(1, 2);
        assertArrayEquals(run.ref.p.toDoubleArray(), detached.toDoubleArray(), 0.0);
        run.steps(3, 3); // after a reader converted them, the next step starts from the same values
        assertArrayEquals(run.ref.p.toDoubleArray(), data.toDoubleArray(), 0.0);
        run.assertSameParameter();
    }

    /**
     * After a step nn.Linear's native product reads the updated weight (its float copy comes from
     * Adam's floats): a 128x128 weight, and a 256x512 one whose copy is refreshed in parts shared
     * between two threads.
     */
    @Test
    void productsAfterAStepUseTheUpdatedWeight() {
        productsAfterStepsUseTheUpdatedWeight(128, 128);
        productsAfterStepsUseTheUpdatedWeight(256, 512);
    }

    private static void productsAfterStepsUseTheUpdatedWeight(int outFeatures, int inFeatures) {
        CpuGenerator g = new CpuGenerator(14);
        Tensor x = Torch.randn(g, 64, inFeatures);
        Tensor w = Torch.randn(g, outFeatures, inFeatures).requiresGrad_(true);
        Tensor bias = Torch.zeros(outFeatures);
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
