package dev.kindling.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Many sessions running side by side on a few host threads each print exactly what they print
 * alone: every piece of run state a script can change (torch's and Python's generators, grad
 * mode, anomaly detection, the warnings shown once) is its session's.
 */
class SessionIsolationTest {
    private static final int SESSIONS = 16;
    private static final int HOST_THREADS = 4;

    /** Each seed takes a different path through the state, so that a leak shows in another session's output. */
    private static final String SCRIPT = """
            import torch
            import random
            torch.manual_seed(SEED)
            random.seed(SEED)
            torch.autograd.set_detect_anomaly(SEED % 2 == 0)
            torch.set_grad_enabled(SEED % 3 != 0)
            print('grad mode', torch.is_grad_enabled())
            torch.set_grad_enabled(True)
            model = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.ReLU(), torch.nn.Dropout(0.2),
                                        torch.nn.Linear(8, 1))
            opt = torch.optim.SGD(model.parameters(), lr=0.05)
            x = torch.randn(16, 4)
            y = torch.randn(16, 1)
            for step in range(25):
                opt.zero_grad()
                loss = ((model(x) - y) ** 2).mean()
                loss.backward()
                opt.step()
                print(step, loss.item(), random.random())
            z = torch.tensor([0.0], requires_grad=True)
            try:
                (torch.sqrt(z) * 0).sum().backward()
                print('no anomaly', z.grad)
            except RuntimeError as e:
                print('anomaly caught')
            for i in range(SEED % 3 + 1):
                torch.tensor(1.0).T
            print(torch.rand(3))
            """;

    @Test
    void sessionsOnSharedHostThreadsPrintWhatTheyPrintAlone() throws Exception {
        List<String> alone = new ArrayList<>();
        for (int seed = 0; seed < SESSIONS; seed++) {
            alone.add(run(seed));
        }
        ExecutorService host = Executors.newFixedThreadPool(HOST_THREADS);
        try {
            List<Future<String>> together = new ArrayList<>();
            for (int seed = 0; seed < SESSIONS; seed++) {
                int s = seed;
                together.add(host.submit(() -> run(s)));
            }
            int identical = 0;
            for (int seed = 0; seed < SESSIONS; seed++) {
                String text = together.get(seed).get(5, TimeUnit.MINUTES);
                identical += text.equals(alone.get(seed)) ? 1 : 0;
            }
            assertEquals(SESSIONS, identical, "sessions whose output matched their sequential run");
        } finally {
            host.shutdownNow();
        }
        assertTrue(alone.get(0).contains("anomaly caught") && alone.get(1).contains("no anomaly"), alone.get(1));
        assertEquals(1, count(alone.get(2), "Tensor.T is deprecated"), alone.get(2));
        assertTrue(!alone.get(0).equals(alone.get(1)));
    }

    private static String run(int seed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Session s = Kindling.builder().out(stream).err(stream).build().newSession()) {
            s.exec(SCRIPT.replace("SEED", Integer.toString(seed)));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
