package dev.kindling.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kindling.errors.KindlingError;
import dev.kindling.optim.Adam;
import dev.kindling.optim.SGD;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Losses;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;
import dev.kindling.tensor.random.CpuGenerator;

/** nn modules and optimizers through the Java DSL: registration, state dicts, and steps computed by hand. */
class NnOptimTest {
    @Test
    void parametersAndSubmodulesKeepRegistrationOrder() {
        Sequential model = new Sequential(new Linear(2, 3), Activation.relu(), new Linear(3, 1));
        assertEquals(List.of("0.weight", "0.bias", "2.weight", "2.bias"), List.copyOf(model.namedParameters().keySet()));
        assertEquals(3, model.children().size());
        assertEquals("Sequential(\n  (0): Linear(in_features=2, out_features=3, bias=True)\n  (1): ReLU()\n"
                + "  (2): Linear(in_features=3, out_features=1, bias=True)\n)", model.toString());
    }

    @Test
    void moduleListPrintsRunsOfEqualChildrenOnce() {
        ModuleList list = new ModuleList(new Linear(1, 1), new Linear(1, 1), Activation.relu(), new Linear(1, 1));
        // PyTorch 2.13's repr of the same ModuleList:
        assertEquals("ModuleList(\n  (0-1): 2 x Linear(in_features=1, out_features=1, bias=True)\n  (2): ReLU()\n"
                + "  (3): Linear(in_features=1, out_features=1, bias=True)\n)", list.toString());
        assertEquals("ModuleList()", new ModuleList().toString());
    }

    @Test
    void linearInitialisationMatchesPyTorchForASeed() {
        CpuGenerator.defaultGenerator().manualSeed(123);
        Linear lin = new Linear(3, 2);
        // torch.manual_seed(123); nn.Linear(3, 2).weight (conformance case 18)
        assertEquals("Parameter containing:\ntensor([[-0.2354,  0.0191, -0.2867],\n        [ 0.2177, -0.4919,  0.4232]],"
                + " requires_grad=True)", lin.parameter("weight").toString());
    }

    @Test
    void stateDictRoundTrips() {
        Linear a = new Linear(2, 2);
        Linear b = new Linear(2, 2);
        b.loadStateDict(a.stateDict());
        assertEquals(a.parameter("weight").toString(), b.parameter("weight").toString());
        KindlingError e = assertThrows(KindlingError.class, () -> b.loadStateDict(Map.of("weight", Torch.zeros(2, 2))));
        assertTrue(e.getMessage().contains("Missing key(s) in state_dict: \"bias\""), e.getMessage());
    }

    @Test
    void sgdWithMomentumMatchesHandComputedSteps() {
        Tensor w = Torch.tensor(List.of(1.0)).asParameter(true);
        SGD opt = new SGD(List.of(w), Map.of("lr", 0.1, "momentum", 0.9));
        double value = 1.0;
        double buffer = 0;
        for (int step = 0; step < 3; step++) {
            opt.zeroGrad(true);
            w.mul(w).sum().backward();                  // grad = 2w
            double grad = 2 * value;
            buffer = step == 0 ? grad : 0.9 * buffer + grad;
            value = value - 0.1 * buffer;
            opt.step();
            assertEquals((float) value, w.at(0), 1e-6);
        }
        assertTrue(opt.toString().startsWith("SGD (\nParameter Group 0\n    dampening: 0\n"));
    }

    @Test
    void adamMatchesHandComputedSteps() {
        Tensor w = Torch.tensor(List.of(2.0)).asParameter(true);
        Adam opt = new Adam(List.of(w), Map.of("lr", 0.1));
        double value = 2.0;
        double m = 0;
        double v = 0;
        for (int step = 1; step <= 3; step++) {
            opt.zeroGrad(true);
            w.mul(w).sum().backward();
            double g = 2 * value;
            m = 0.9 * m + 0.1 * g;
            v = 0.999 * v + 0.001 * g * g;
            double mHat = m / (1 - Math.pow(0.9, step));
            double vHat = v / (1 - Math.pow(0.999, step));
            value = value - 0.1 * mHat / (Math.sqrt(vHat) + 1e-8);
            opt.step();
            assertEquals(value, w.at(0), 1e-5);
        }
    }

    @Test
    void trainingReducesTheLoss() {
        CpuGenerator g = new CpuGenerator().manualSeed(0);
        Tensor x = Torch.rand(g, 32, 1);
        Tensor y = x.mul(3.0).add(1.0);
        Sequential model = new Sequential(new Linear(1, 8), Activation.tanh(), new Linear(8, 1));
        Adam opt = new Adam(model.parameters(), Map.of("lr", 0.05));
        double first = 0;
        double last = 0;
        for (int epoch = 0; epoch < 200; epoch++) {
            Tensor loss = Losses.mseLoss((Tensor) model.forward(x), y, "mean");
            opt.zeroGrad(true);
            loss.backward();
            opt.step();
            last = loss.at(0);
            if (epoch == 0) {
                first = last;
            }
        }
        assertTrue(last < first / 10, first + " -> " + last);
        assertEquals(DType.FLOAT32, model.parameters().get(0).dtype());
    }
}
