package dev.kindling.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;
import dev.kindling.errors.KindlingError;
import dev.kindling.nn.Linear;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * Typed options for Java hosts: an optimizer made from them steps exactly as the one a script
 * makes with the same keywords, bit for bit, and prints the same; bad values get the same checks.
 */
class OptimizerOptionsTest {
    private static final List<Double> START = List.of(0.5, -1.5, 2.0, 0.125);
    private static final int STEPS = 7;

    private final Session session = Kindling.builder().out(new PrintStream(new ByteArrayOutputStream(), true,
            StandardCharsets.UTF_8)).build().newSession();

    @AfterEach
    void close() {
        session.close();
    }

    /** STEPS steps on sum(p * p + sin(p)) by the optimizer the Python expression makes; the parameter's values. */
    private double[] pythonSteps(String optimizer) {
        session.exec("import torch\n"
                + "p = torch.nn.Parameter(torch.tensor([0.5, -1.5, 2.0, 0.125]))\n"
                + "opt = " + optimizer + "\n"
                + "for _ in range(" + STEPS + "):\n"
                + "    opt.zero_grad()\n"
                + "    (p * p + p.sin()).sum().backward()\n"
                + "    opt.step()\n");
        return ((Tensor) session.get("p")).toDoubleArray();
    }

    private static Tensor parameter() {
        return Torch.tensor(START).asParameter(true);
    }

    private static double[] javaSteps(Tensor p, Optimizer opt) {
        for (int i = 0; i < STEPS; i++) {
            opt.zeroGrad(true);
            p.mul(p).add(p.sin()).sum().backward();
            opt.step();
        }
        assertNotEquals(START.get(0), p.toDoubleArray()[0], "the steps moved the parameter");
        return p.toDoubleArray();
    }

    private String pythonRepr() {
        return (String) session.eval("repr(opt)");
    }

    @Test
    void sgdOptionsStepAsTheScriptsSgd() {
        Tensor p = parameter();
        SGD sgd = new SGD(List.of(p), SGD.Options.defaults().withLr(0.05).withMomentum(0.9).withNesterov(true)
                .withWeightDecay(0.01));
        assertArrayEquals(pythonSteps("torch.optim.SGD([p], lr=0.05, momentum=0.9, nesterov=True, weight_decay=0.01)"),
                javaSteps(p, sgd));
        assertEquals(pythonRepr(), sgd.toString());
    }

    @Test
    void sgdWithDampeningAndMaximize() {
        Tensor p = parameter();
        SGD sgd = new SGD(List.of(p), SGD.Options.defaults().withLr(0.01).withMomentum(0.5).withDampening(0.25)
                .withMaximize(true));
        assertArrayEquals(pythonSteps("torch.optim.SGD([p], lr=0.01, momentum=0.5, dampening=0.25, maximize=True)"),
                javaSteps(p, sgd));
        assertEquals(pythonRepr(), sgd.toString());
    }

    @Test
    void adamOptionsStepAsTheScriptsAdam() {
        Tensor p = parameter();
        Adam adam = new Adam(List.of(p), Adam.Options.defaults().withLr(0.01).withBetas(0.8, 0.9).withEps(1e-6)
                .withWeightDecay(0.1));
        assertArrayEquals(pythonSteps("torch.optim.Adam([p], lr=0.01, betas=(0.8, 0.9), eps=1e-6, weight_decay=0.1)"),
                javaSteps(p, adam));
        assertEquals(pythonRepr(), adam.toString());
    }

    @Test
    void adamWithAmsgradAndMaximize() {
        Tensor p = parameter();
        Adam adam = new Adam(List.of(p), Adam.Options.defaults().withLr(0.02).withAmsgrad(true).withMaximize(true));
        assertArrayEquals(pythonSteps("torch.optim.Adam([p], lr=0.02, amsgrad=True, maximize=True)"),
                javaSteps(p, adam));
        assertEquals(pythonRepr(), adam.toString());
    }

    @Test
    void adamWDefaultsAreAdamWs() {
        Tensor p = parameter();
        AdamW adamW = new AdamW(List.of(p), AdamW.defaultOptions().withLr(0.01));
        assertArrayEquals(pythonSteps("torch.optim.AdamW([p], lr=0.01)"), javaSteps(p, adamW));
        assertEquals(pythonRepr(), adamW.toString());
        assertEquals(0.01, AdamW.defaultOptions().weightDecay());
    }

    @Test
    void defaultOptionsAreTheScriptsDefaults() {
        assertEquals(new SGD(List.of(parameter()), Map.of()).toString(),
                new SGD(List.of(parameter()), SGD.Options.defaults()).toString());
        assertEquals(new Adam(List.of(parameter()), Map.of()).toString(),
                new Adam(List.of(parameter()), Adam.Options.defaults()).toString());
    }

    @Test
    void typedOptionsGetPyTorchsChecks() {
        List<Tensor> params = List.of(parameter());
        assertEquals("Invalid learning rate: -0.1", assertThrows(KindlingError.class,
                () -> new SGD(params, SGD.Options.defaults().withLr(-0.1))).getMessage());
        assertEquals("Invalid momentum value: -1.0", assertThrows(KindlingError.class,
                () -> new SGD(params, SGD.Options.defaults().withMomentum(-1))).getMessage());
        assertEquals("Nesterov momentum requires a momentum and zero dampening", assertThrows(KindlingError.class,
                () -> new SGD(params, SGD.Options.defaults().withNesterov(true))).getMessage());
        assertEquals("Invalid beta parameter at index 1: 1.0", assertThrows(KindlingError.class,
                () -> new Adam(params, Adam.Options.defaults().withBetas(0.9, 1.0))).getMessage());
        assertEquals("Invalid epsilon value: -1.0", assertThrows(KindlingError.class,
                () -> new AdamW(params, AdamW.defaultOptions().withEps(-1))).getMessage());
        assertEquals("optimizer got an empty parameter list", assertThrows(KindlingError.class,
                () -> new Adam(List.of(), Adam.Options.defaults())).getMessage());
    }

    /** The examples in the optimizers' Javadoc, as written there. */
    @Test
    void javadocExamplesRun() {
        Linear model = new Linear(2, 1);
        Tensor loss = ((Tensor) model.forward(Torch.ones(3, 2))).sum();
        SGD sgd = new SGD(model.parameters(), SGD.Options.defaults().withLr(0.1).withMomentum(0.9));
        Adam adam = new Adam(model.parameters(), Adam.Options.defaults().withLr(0.01).withBetas(0.8, 0.9));
        AdamW adamW = new AdamW(model.parameters(), AdamW.defaultOptions().withLr(0.01));
        Optimizer opt = new Adam(model.parameters(), Adam.Options.defaults().withLr(0.01));
        loss.backward();
        for (Optimizer o : List.of(sgd, adam, adamW, opt)) {
            o.step();
        }
        opt.zeroGrad(true);
        SGD.Options nesterov = SGD.Options.defaults().withLr(0.05).withNesterov(true).withMomentum(0.9);
        Adam.Options amsgrad = Adam.Options.defaults().withLr(0.01).withWeightDecay(1e-4).withAmsgrad(true);
        assertEquals(true, nesterov.nesterov() && amsgrad.amsgrad());
        OptimizerParams params = OptimizerParams.groups(List.of(model.parameters().subList(0, 1),
                model.parameters().subList(1, 2)), List.of(Map.of(), Map.of("lr", 0.1)));
        SGD grouped = new SGD(params, Map.of("lr", 0.01));
        assertEquals(0.1, grouped.paramGroups().get(1).lr());
        LRScheduler schedule = new LRScheduler(grouped, 10, 0.5);
        for (int epoch = 0; epoch < 30; epoch++) {
            schedule.step();
        }
        assertEquals(List.of(0.01 * 0.5 * 0.5 * 0.5, 0.1 * 0.5 * 0.5 * 0.5), schedule.lastLr());
    }
}
