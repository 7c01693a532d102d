package dev.kindling.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The REPL as a learner meets it: typed entries, blocks, errors, Ctrl-C, commands, help. */
@Timeout(60)
class ReplTest {
    @Test
    void echoesReprAndSetsUnderscore() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            r.type("1 + 2\n");
            r.waitFor("3\n");
            r.waitFor(">>> ");
            r.type("_ * 10\n");
            r.waitFor("30\n");
            r.waitFor(">>> ");
            r.type("None\n");
            String shown = r.waitFor(">>> ");
            assertTrue(!shown.replaceFirst("None", "").contains("None"), shown);
            r.type("'a' + 'b'\n");
            r.waitFor("'ab'");
            r.waitFor(">>> ");
        }
    }

    /** After the last method, a blank line may still be followed by another method: a second Enter runs. */
    @Test
    void multiLineClassDefinitionEndsWithEmptyLineAtThePromptsLevel() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            r.type("class Counter:\n");
            r.waitFor("... ");
            r.type("    def __init__(self):\n");
            r.waitFor("... ");
            r.type("        self.n = 0\n");
            r.waitFor("... ");
            r.type("    def bump(self):\n");
            r.waitFor("... ");
            r.type("        self.n += 1\n");
            r.waitFor("... ");
            r.type("        return self.n\n");
            r.waitFor("... ");
            r.type("\n");
            r.waitFor("... ");
            r.type("\n");
            r.waitFor(">>> ");
            r.type("c = Counter(); c.bump(); c.bump()\n");
            r.waitFor("2\n");
            r.waitFor(">>> ");
        }
    }

    @Test
    void openBracketAsksForMore() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            r.type("xs = [1,\n");
            r.waitFor("... ");
            r.type("2, 3]\n");
            r.waitFor(">>> ");
            r.type("sum(xs)\n");
            r.waitFor("6");
            r.waitFor(">>> ");
        }
    }

    @Test
    void pastedScriptWithBlankLinesInsideFunctionsRunsWhole() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            r.type("def area(w, h):\n    a = w * h\n\n    return a\n\nclass Box:\n    def __init__(self, w):\n"
                    + "        self.w = w\n\n    def size(self):\n        return area(self.w, 2)\n\n"
                    + "print(Box(4).size())\n");
            String shown = r.waitFor("8\n");
            assertTrue(!shown.contains("Error"), shown);
        }
    }

    @Test
    void errorShowsTracebackAndHintThenSessionGoesOn() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            r.type("x = 5\n");
            r.waitFor(">>> ");
            r.type("1 / 0\n");
            String shown = r.waitFor(">>> ");
            assertTrue(shown.contains("Traceback (most recent call last):"), shown);
            assertTrue(shown.contains("ZeroDivisionError: division by zero"), shown);
            r.type("torch.zeros(2)\n");
            shown = r.waitFor(">>> ");
            assertTrue(shown.contains("NameError: name 'torch' is not defined"), shown);
            assertTrue(shown.contains("hint: import torch"), shown);
            r.type("x + 1\n");
            r.waitFor("6");
            r.waitFor(">>> ");
        }
    }

    @Test
    void syntaxErrorShowsCaretAndStaysInHistory() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            r.type("print(1 +* 2)\n");
            String shown = r.waitFor(">>> ");
            assertTrue(shown.contains("^"), shown);
            assertTrue(shown.contains("SyntaxError"), shown);
            assertEquals("print(1 +* 2)", r.repl.reader().getHistory().get(r.repl.reader().getHistory().last()));
        }
    }

    @Test
    void ctrlCStopsAnEndlessLoopAndKeepsVariables() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            r.type("kept = 42\n");
            r.waitFor(">>> ");
            r.type("while True: pass\n");
            Thread.sleep(700);
            long start = System.nanoTime();
            r.type("\u0003");
            String shown = r.waitFor("KeyboardInterrupt", Duration.ofSeconds(5));
            assertTrue((System.nanoTime() - start) / 1_000_000 < 2000, "stopped late");
            assertTrue(shown.contains("Traceback"), shown);
            r.waitFor(">>> ");
            r.type("kept\n");
            r.waitFor("42");
            r.waitFor(">>> ");
        }
    }

    @Test
    void ctrlDExits() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            r.type("\u0004");
            assertEquals(0, r.awaitExit());
        }
    }

    @Test
    void inputReadsARawLine() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            r.type("name = input('who? ')\n");
            r.waitFor("who? ");
            r.type("for x:\n");
            r.waitFor(">>> ");
            r.type("name\n");
            r.waitFor("'for x:'");
            r.waitFor(">>> ");
        }
    }

    @Test
    void commandsWork(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("lib.py");
        Files.writeString(script, "def double(v):\n    return 2 * v\n\nloaded = double(21)\n");
        try (ReplDriver r = new ReplDriver()) {
            r.type(":help\n");
            String shown = r.waitFor(">>> ");
            assertTrue(shown.contains(":vars") && shown.contains(":doctor") && shown.contains(":java"), shown);
            r.type(":load " + script + "\n");
            r.waitFor(">>> ");
            r.type("loaded\n");
            r.waitFor("42");
            r.waitFor(">>> ");
            r.type("a = [1, 2]\n");
            r.waitFor(">>> ");
            r.type("bad = 1 +* 2\n");
            r.waitFor(">>> ");
            r.type(":vars\n");
            shown = r.waitFor(">>> ");
            assertTrue(shown.contains("loaded") && shown.contains("int") && shown.contains("list"), shown);
            Path saved = dir.resolve("session.py");
            r.type(":save " + saved + "\n");
            r.waitFor(">>> ");
            String text = Files.readString(saved);
            assertTrue(text.contains("a = [1, 2]") && !text.contains("bad"), text);
            r.type(":time sum(range(1000))\n");
            shown = r.waitFor(">>> ");
            assertTrue(shown.contains("499500") && shown.contains("Wall time"), shown);
            r.type(":reset\n");
            r.waitFor(">>> ");
            r.type("a\n");
            r.waitFor("NameError");
            r.waitFor(">>> ");
            r.type(":doctor\n");
            shown = r.waitFor(">>> ");
            assertTrue(shown.contains("Java:") && shown.contains("CUDA:"), shown);
            assertTrue(shown.contains("Numerics:") && shown.contains("pytorch-cpu-bits (float32 kernels reproduce"), shown);
            r.type(":nope\n");
            r.waitFor("Unknown command");
            r.waitFor(">>> ");
            r.type(":quit\n");
            assertEquals(0, r.awaitExit());
        }
    }

    @Test
    void helpExitQuitAndMagicsAtThePrompt() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            r.type("help\n");
            String shown = r.waitFor(">>> ");
            assertTrue(shown.contains(":vars") && !shown.contains("Error"), shown);
            r.type("weights = [1, 2]\n");
            r.waitFor(">>> ");
            r.type("%who\n");
            shown = r.waitFor(">>> ");
            assertTrue(shown.contains("weights") && shown.contains("list"), shown);
            r.type("%time sum(range(10))\n");
            shown = r.waitFor(">>> ");
            assertTrue(shown.contains("45") && shown.contains("Wall time"), shown);
            r.type("quit = 'bound'\n");
            r.waitFor(">>> ");
            r.type("quit\n");
            r.waitFor("'bound'");
            r.waitFor(">>> ");
            r.type("exit\n");
            assertEquals(0, r.awaitExit());
        }
    }

    /** Enter twice after the class's body ended it; the forward typed next explains the class without forward. */
    @Test
    void aClassEndedBeforeItsForwardGetsTheHint() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            r.type("import torch.nn as nn\n");
            r.waitFor(">>> ");
            r.type("class Net(nn.Module):\ndef __init__(self):\nsuper().__init__()\n\n\n");
            r.waitFor(">>> ");
            r.type("    def forward(self, x):\n");
            String shown = r.waitFor(">>> ");
            assertTrue(shown.contains("IndentationError: unexpected indent") && shown.contains("hint: no block is open"), shown);
            r.type("        return x\n");
            r.waitFor(">>> ");
            r.type("Net()(1)\n");
            shown = r.waitFor(">>> ");
            assertTrue(shown.contains("NotImplementedError: Module [Net] is missing the required \"forward\" function"), shown);
            assertTrue(shown.contains("hint: an empty line ended class Net"), shown);
        }
    }

    @Test
    void doctorShowsTheSessionsNumericsPolicy() throws Exception {
        try (ReplDriver r = new ReplDriver("xterm", false, "standard")) {
            r.type(":doctor\n");
            String shown = r.waitFor(">>> ");
            assertTrue(shown.contains("Numerics:") && shown.contains("standard (plain IEEE float32 kernels"), shown);
            r.type(":quit\n");
            assertEquals(0, r.awaitExit());
        }
    }

    @Test
    void helpAndQuestionMarkPrintDocs() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            r.type("help(len)\n");
            String shown = r.waitFor(">>> ");
            assertTrue(shown.contains("len(") && shown.contains(">>>"), shown);
            r.type("def f(a, b=2):\n    return a\n\n");
            r.waitFor(">>> ");
            r.type("f?\n");
            r.waitFor("f(a, b)");
            r.waitFor(">>> ");
        }
    }

    /** An op's page is its declaration's: schemas, text and the example, for help(), obj? and a name alone. */
    @Test
    void helpOfAnOpComesFromTheRegistry() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            org.junit.jupiter.api.Assumptions.assumeTrue(r.session.hasModule("torch"));
            r.type("Tensor.add?\n");
            String shown = r.waitFor(">>> ");
            assertTrue(shown.contains("add(Tensor self, Tensor other, *, Scalar alpha=1, Tensor(a!)? out=None) -> Tensor")
                    && shown.contains("Example:") && shown.contains(">>> torch.add("), shown);
            r.type("import torch\n");
            r.waitFor(">>> ");
            r.type("help(torch.sum)\n");
            shown = r.waitFor(">>> ");
            assertTrue(shown.contains("sum(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None, Tensor(a!)? out=None)")
                    && shown.contains("The sum of all elements") && shown.contains(">>> torch.sum("), shown);
            r.type("x = torch.ones(2)\n");
            r.waitFor(">>> ");
            r.type("x.sum?\n");
            shown = r.waitFor(">>> ");
            assertTrue(shown.contains("sum(Tensor self, *, ScalarType? dtype=None) -> Tensor"), shown);
        }
    }

    @Test
    void tabCompletesInTheTerminal() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            r.type("learning_rate = 0.5\n");
            r.waitFor(">>> ");
            r.type("learn\t\n");
            r.waitFor("0.5");
            r.waitFor(">>> ");
        }
    }

    @Test
    void torchAutogradAndShapeHint() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            org.junit.jupiter.api.Assumptions.assumeTrue(r.session.hasModule("torch"));
            r.type("import torch\n");
            r.waitFor(">>> ");
            r.type("x = torch.tensor(3.0, requires_grad=True)\n");
            r.waitFor(">>> ");
            r.type("y = x**2 + 2*x + 1\n");
            r.waitFor(">>> ");
            r.type("y.backward()\n");
            r.waitFor(">>> ");
            r.type("x.grad\n");
            r.waitFor("tensor(8.)");
            r.waitFor(">>> ");
            r.type(":vars\n");
            String shown = r.waitFor(">>> ");
            assertTrue(shown.contains("requires_grad") && shown.contains("float32"), shown);
            r.type("torch.zeros(4, 3) @ torch.zeros(4, 3)\n");
            shown = r.waitFor(">>> ");
            assertTrue(shown.contains("mat1 and mat2 shapes cannot be multiplied (4x3 and 4x3)"), shown);
            assertTrue(shown.contains("hint:") && shown.contains("w.T"), shown);
            if (r.session.hasModule("torch.nn")) {
                r.type("import torch.nn as nn\n");
                r.waitFor(">>> ");
                r.type("nn.Linear(3, 2)(torch.ones(4, 5))\n");
                r.waitFor("in_features=3, but this input's is 5. Make the layer nn.Linear(5, 2)");
                r.waitFor(">>> ");
                r.type("nn.MSELoss()(torch.ones(4, 1), torch.ones(4))\n");
                r.waitFor("<stdin>:1: UserWarning: Using a target size (torch.Size([4])) that is different to the input"
                        + " size (torch.Size([4, 1])).");
                r.waitFor(">>> ");
            }
            r.type("help(torch.tensor)\n");
            r.waitFor("requires_grad=False");
            r.waitFor(">>> ");
            r.type("x.backward?\n");
            r.waitFor("Tensor.backward(");
            r.waitFor(">>> ");
        }
    }

    @Test
    void javaModeRoundTrip() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            r.type("n = 20\n");
            r.waitFor(">>> ");
            r.type(":java\n");
            r.waitFor("java> ");
            r.type("long m = (Long) kindling.get(\"n\") + 1\n");
            r.waitFor("m ==> 21", Duration.ofSeconds(40));
            r.type("kindling.set(\"w\", m * 2)\n");
            r.waitFor("java> ");
            r.type("String s = \"multi\" +\n");
            r.waitFor("...> ");
            r.type("\"line\"\n");
            assertTrue(r.waitFor("java> ").contains("s ==> \"multiline\""));
            r.type(":java\n");
            r.waitFor(">>> ");
            r.type("w\n");
            r.waitFor("42");
            r.waitFor(">>> ");
        }
    }

    /** The course's Part 5, pasted whole (blank lines inside the class included). */
    static final String HOUSE_PRICES = String.join("\n",
            "import torch",
            "import torch.nn as nn",
            "",
            "# Fake data: price = 200 * sqft + noise",
            "torch.manual_seed(42)",
            "sqft = torch.rand(100, 1) * 5         # 0-5 (in thousands)",
            "price = 200 * sqft + 50 + torch.randn(100, 1) * 20",
            "",
            "print(f\"sqft range: {sqft.min():.1f} - {sqft.max():.1f}\")",
            "",
            "class HousePriceNet(nn.Module):",
            "    def __init__(self):",
            "        super().__init__()",
            "        self.layers = nn.Sequential(",
            "            nn.Linear(1, 16),    # 1 input (sqft) -> 16 hidden neurons",
            "            nn.ReLU(),",
            "            nn.Linear(16, 1),   # 16 hidden -> 1 output (price)",
            "        )",
            "",
            "    def forward(self, x):",
            "        return self.layers(x)",
            "",
            "model = HousePriceNet()",
            "loss_fn = nn.MSELoss()",
            "optimizer = torch.optim.Adam(model.parameters(), lr=0.01)",
            "",
            "losses = []",
            "for epoch in range(500):",
            "    pred = model(sqft)                # Forward",
            "    loss = loss_fn(pred, price)       # Loss",
            "    loss.backward()                   # Backward",
            "    optimizer.step()                  # Update",
            "    optimizer.zero_grad()              # Zero grad",
            "    losses.append(loss.item())",
            "",
            "    if epoch % 100 == 0:",
            "        print(f\"Epoch {epoch:>3d} | Loss: {loss.item():.1f}\")",
            "",
            "with torch.no_grad():",
            "    test_sqft = torch.tensor([[3.0]])",
            "    predicted = model(test_sqft)",
            "    print(f\"3,000 sqft -> predicted price: ${predicted.item():.0f}k\")",
            "",
            "");

    @Test
    void pastedHousePriceScriptTrains() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            org.junit.jupiter.api.Assumptions.assumeTrue(r.session.hasModule("torch.nn"));
            r.type(ReplDriver.BRACKETED_PASTE_BEGIN + HOUSE_PRICES + ReplDriver.BRACKETED_PASTE_END + "\r");
            String shown = r.waitFor("Epoch 400 | Loss:", Duration.ofSeconds(50));
            shown += r.waitFor("predicted price: $", Duration.ofSeconds(10));
            assertTrue(!shown.contains("Error"), shown);
            r.waitFor(">>> ");
            r.type("len(losses)\n");
            r.waitFor("500");
        }
    }

    @Test
    void ctrlCStopsATrainingLoopQuickly() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            org.junit.jupiter.api.Assumptions.assumeTrue(r.session.hasModule("torch.nn"));
            r.type("import torch\nimport torch.nn as nn\nmodel = nn.Linear(1, 1)\nx = torch.rand(100, 1)\n"
                    + "opt = torch.optim.SGD(model.parameters(), lr=0.01)\nsteps = 0\n");
            r.type("while True:\n    loss = ((model(x) - 2 * x) ** 2).mean()\n    loss.backward()\n"
                    + "    opt.step()\n    opt.zero_grad()\n    steps += 1\n\n\n");
            Thread.sleep(1000);
            long start = System.nanoTime();
            r.type("\u0003");
            r.waitFor("KeyboardInterrupt", Duration.ofSeconds(5));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms < 1000, "KeyboardInterrupt after " + ms + " ms");
            r.waitFor(">>> ");
            r.type("steps > 0\n");
            r.waitFor("True");
        }
    }
}
