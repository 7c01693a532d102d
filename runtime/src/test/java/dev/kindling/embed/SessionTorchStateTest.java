package dev.kindling.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Torch's run state (the default generator behind {@code torch.manual_seed}, anomaly detection,
 * grad mode) belongs to a session: two sessions seeded differently each draw PyTorch's stream for
 * their own seed, whatever the other one does meanwhile.
 */
class SessionTorchStateTest {
    private static final String DRAWS = """
            import torch
            torch.manual_seed(SEED)
            for i in range(150):
                print(torch.randn(3), torch.rand(2))
            """;

    private static final String TRAINING = """
            import torch
            torch.manual_seed(SEED)
            model = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.ReLU(), torch.nn.Dropout(0.2),
                                        torch.nn.Linear(8, 1))
            opt = torch.optim.SGD(model.parameters(), lr=0.05)
            x = torch.randn(32, 4)
            y = torch.randn(32, 1)
            for step in range(60):
                opt.zero_grad()
                loss = ((model(x) - y) ** 2).mean()
                loss.backward()
                opt.step()
                print(step, loss.item())
            """;

    private static final String NAN_BACKWARD = """
            x = torch.tensor([0.0], requires_grad=True)
            (torch.sqrt(x) * 0).sum().backward()
            print(x.grad)
            """;

    private final Output first = new Output();
    private final Output second = new Output();

    @AfterEach
    void closeSessions() {
        first.session.close();
        second.session.close();
    }

    @Test
    void concurrentSessionsSeededDifferentlyDrawWhatEachDrawsAlone() throws Exception {
        String one = script(1);
        String two = script(2);
        String oneAlone = runAlone(one);
        String twoAlone = runAlone(two);
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> afterBarrier(start, first, one));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> afterBarrier(start, second, two));
        CompletableFuture.allOf(a, b).get(5, TimeUnit.MINUTES);
        assertEquals(oneAlone, first.text());
        assertEquals(twoAlone, second.text());
    }

    @Test
    void manualSeedInOneSessionLeavesAnothersStreamAlone() {
        second.session.exec("import torch\ntorch.manual_seed(7)");
        first.session.exec("import torch\ntorch.manual_seed(1)\nprint(torch.rand(2))");
        second.session.exec("torch.manual_seed(2)\nprint(torch.rand(2))");
        first.session.exec("print(torch.randn(3))");
        second.session.exec("print(torch.rand(2))");
        assertEquals(runAlone("import torch\ntorch.manual_seed(1)\nprint(torch.rand(2))\nprint(torch.randn(3))"),
                first.text());
        assertEquals(runAlone("import torch\ntorch.manual_seed(2)\nprint(torch.rand(2))\nprint(torch.rand(2))"),
                second.text());
    }

    @Test
    void anomalyDetectionInOneSessionIsNotSeenByAnother() {
        first.session.exec("import torch\ntorch.autograd.set_detect_anomaly(True)");
        second.session.exec("import torch\n" + NAN_BACKWARD);
        assertEquals("tensor([nan])\n", second.text());
        first.session.exec("""
                try:
                """ + NAN_BACKWARD.indent(4) + """
                except RuntimeError as e:
                    print('caught', 'nan' in str(e))
                """);
        assertEquals("caught True\n", first.text());
    }

    @Test
    void gradModeSetInOneSessionDoesNotLeakIntoAnother() {
        first.session.exec("import torch\ntorch.set_grad_enabled(False)\nprint(torch.is_grad_enabled())");
        second.session.exec("import torch\nprint(torch.is_grad_enabled())\nw = torch.ones(2, requires_grad=True)\n"
                + "print((w * 2).requires_grad)");
        first.session.exec("print(torch.is_grad_enabled())");
        assertEquals("False\nFalse\n", first.text());
        assertEquals("True\nTrue\n", second.text());
    }

    private static String script(int seed) {
        return DRAWS.replace("SEED", Integer.toString(seed)) + TRAINING.replace("SEED", Integer.toString(seed));
    }

    private static String runAlone(String code) {
        Output alone = new Output();
        try (Session s = alone.session) {
            s.exec(code);
        }
        return alone.text();
    }

    private static void afterBarrier(CyclicBarrier start, Output target, String code) {
        try {
            start.await(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        target.session.exec(code);
    }

    /** A session whose printed output the test reads back. */
    private static final class Output {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final Session session = Kindling.builder()
                .out(new PrintStream(bytes, true, StandardCharsets.UTF_8)).build().newSession();

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
