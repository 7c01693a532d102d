package dev.kindling.lang.modules.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;
import dev.kindling.embed.TrainingListener;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.PyList;

class TrainingMonitorTest {
    private static final String LOOP = String.join("\n",
            "import torch",
            "torch.manual_seed(0)",
            "x = torch.linspace(0, 1, 20).unsqueeze(1)",
            "y = 3 * x + 1",
            "model = torch.nn.Linear(1, 1)",
            "opt = torch.optim.SGD(model.parameters(), lr=0.5)",
            "losses = []",
            "for epoch in range(5):",
            "    loss = torch.nn.functional.mse_loss(model(x), y)",
            "    opt.zero_grad()",
            "    loss.backward()",
            "    opt.step()",
            "    losses.append(loss.item())",
            "");

    /** Records what the session reports. */
    static final class Recorder implements TrainingListener {
        final List<String> series = new ArrayList<>();
        final List<Double> values = new ArrayList<>();
        final List<double[]> points = new ArrayList<>();
        final List<double[]> lines = new ArrayList<>();

        @Override
        public void scalar(String name, double value) {
            series.add(name);
            values.add(value);
        }

        @Override
        public void points(double[] x, double[] y) {
            points.add(x);
            points.add(y);
        }

        @Override
        public void line(double[] x, double[] y) {
            lines.add(y);
        }
    }

    @Test
    void lossItemInALoopIsTheLossSeries() {
        Recorder r = new Recorder();
        try (Session s = Kindling.builder().build().newSession()) {
            s.setTrainingListener(r);
            s.exec(LOOP + "w = torch.ones(2).sum().item()\n");
            PyList losses = (PyList) s.get("losses");
            assertEquals(5, losses.size());
            assertEquals(List.of("loss", "loss", "loss", "loss", "loss"), r.series, "a tensor without grad_fn is no loss");
            for (int i = 0; i < 5; i++) {
                assertEquals((double) losses.get(i), r.values.get(i));
            }
        }
    }

    @Test
    void watchSendsTheDataAndAMovingLine() {
        Recorder r = new Recorder();
        try (Session s = Kindling.builder().build().newSession()) {
            s.setTrainingListener(r);
            s.exec(LOOP.replace("losses = []", "losses = []\nimport kindling.lab as lab\nlab.watch(model, x, y)"));
            assertEquals(2, r.points.size());
            assertEquals(20, r.points.get(0).length);
            assertEquals(4.0, r.points.get(1)[19], 1e-6);
            assertEquals(6, r.lines.size(), "one line at watch(), one after each step");
            assertFalse(java.util.Arrays.equals(r.lines.get(1), r.lines.get(5)), "the line moves as the model learns");
            double w = ((Number) s.eval("model.weight.item()")).doubleValue();
            double b = ((Number) s.eval("model.bias.item()")).doubleValue();
            double[] last = r.lines.get(r.lines.size() - 1);
            assertEquals(w * 1 + b, last[last.length - 1], 1e-5, "the line is the model's own prediction at x = 1");
        }
    }

    @Test
    void logNamesItsSeriesAndStopsTheAutomaticLoss() {
        Recorder r = new Recorder();
        try (Session s = Kindling.builder().build().newSession()) {
            s.setTrainingListener(r);
            s.exec(LOOP.replace("losses.append(loss.item())", "lab.log('train', loss.item())")
                    .replace("losses = []", "import kindling.lab as lab"));
            assertEquals(List.of("train", "train", "train", "train", "train"), r.series);
        }
    }

    @Test
    void withoutAListenerTheModuleDoesNothing() {
        try (Session s = Kindling.builder().build().newSession()) {
            s.exec("import kindling.lab as lab\nimport torch\nlab.log('loss', 1.5)\nlab.log('acc', torch.tensor(0.5))\n"
                    + "from kindling import lab as same\nok = same is lab");
            assertEquals(Boolean.TRUE, s.get("ok"));
        }
    }

    @Test
    void badArgumentsArePythonErrors() {
        try (Session s = Kindling.builder().build().newSession()) {
            s.exec("import kindling.lab as lab\nimport torch");
            assertMessage(s, "lab.log(1, 2.0)", "TypeError: log() argument 'name' must be str, not int");
            assertMessage(s, "lab.log('loss', 'high')", "TypeError: log() argument 'value' must be a number, not str");
            assertMessage(s, "lab.log('loss', torch.ones(2))",
                    "ValueError: log() needs one number, got a tensor of shape torch.Size([2])");
            assertMessage(s, "lab.watch(None, torch.ones(3, 2), torch.ones(3))",
                    "ValueError: watch() needs one input per sample: x of shape (N,) or (N, 1), got torch.Size([3, 2])");
            assertMessage(s, "lab.watch(None, torch.ones(3), torch.ones(4))",
                    "ValueError: watch() needs one target per sample: x has 3 values, y has 4");
            assertMessage(s, "lab.watch(None, [1], torch.ones(1))",
                    "TypeError: watch() argument 'x' must be Tensor, not list");
        }
    }

    private static void assertMessage(Session s, String code, String expected) {
        KindlingError e = assertThrows(KindlingError.class, () -> s.exec(code));
        String text = Session.formatError(e).strip();
        assertTrue(text.endsWith(expected), text);
    }
}
