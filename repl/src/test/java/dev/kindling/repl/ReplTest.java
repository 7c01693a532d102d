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
            assertTrue(r.waitFor(">>> ").contains("3\n"));
            r.type("_ * 10\n");
            assertTrue(r.waitFor(">>> ").contains("30\n"));
            r.type("None\n");
            assertEquals("None\n>>> ", r.waitFor(">>> ").replaceAll("^.*?None", "None"));
            r.type("'a' + 'b'\n");
            assertTrue(r.waitFor(">>> ").contains("'ab'"));
        }
    }

    @Test
    void multiLineClassDefinitionEndsWithEmptyLine() throws Exception {
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
            r.waitFor(">>> ");
            r.type("c = Counter(); c.bump(); c.bump()\n");
            assertTrue(r.waitFor(">>> ").contains("2\n"));
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
            assertTrue(r.waitFor(">>> ").contains("6"));
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
            assertTrue(r.waitFor(">>> ").contains("6"));
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
            r.waitFor("while True: pass");
            Thread.sleep(300);
            long start = System.nanoTime();
            r.type("\u0003");
            String shown = r.waitFor("KeyboardInterrupt", Duration.ofSeconds(5));
            assertTrue((System.nanoTime() - start) / 1_000_000 < 2000, "stopped late");
            assertTrue(shown.contains("Traceback"), shown);
            r.waitFor(">>> ");
            r.type("kept\n");
            assertTrue(r.waitFor(">>> ").contains("42"));
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
            assertTrue(r.waitFor(">>> ").contains("'for x:'"));
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
            assertTrue(r.waitFor(">>> ").contains("42"));
            r.type("a = [1, 2]\n");
            r.waitFor(">>> ");
            r.type("bad +\n");
            r.waitFor(">>> ");
            r.type(":vars\n");
            shown = r.waitFor(">>> ");
            assertTrue(shown.contains("loaded") && shown.contains("int") && shown.contains("list"), shown);
            Path saved = dir.resolve("session.py");
            r.type(":save " + saved + "\n");
            r.waitFor(">>> ");
            String text = Files.readString(saved);
            assertTrue(text.contains("a = [1, 2]") && !text.contains("bad +"), text);
            r.type(":time sum(range(1000))\n");
            shown = r.waitFor(">>> ");
            assertTrue(shown.contains("499500") && shown.contains("Wall time"), shown);
            r.type(":reset\n");
            r.waitFor(">>> ");
            r.type("a\n");
            assertTrue(r.waitFor(">>> ").contains("NameError"));
            r.type(":doctor\n");
            shown = r.waitFor(">>> ");
            assertTrue(shown.contains("Java:") && shown.contains("CUDA:"), shown);
            r.type(":nope\n");
            assertTrue(r.waitFor(">>> ").contains("Unknown command"));
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
            r.waitFor(">>> ");
            r.type("f?\n");
            assertTrue(r.waitFor(">>> ").contains("f(a, b)"));
        }
    }

    @Test
    void tabCompletesInTheTerminal() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            r.type("learning_rate = 0.5\n");
            r.waitFor(">>> ");
            r.type("learn\t\n");
            assertTrue(r.waitFor(">>> ").contains("0.5"));
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
            assertTrue(r.waitFor(">>> ").contains("tensor(8.)"));
            r.type(":vars\n");
            String shown = r.waitFor(">>> ");
            assertTrue(shown.contains("requires_grad") && shown.contains("float32"), shown);
            r.type("torch.zeros(4, 3) @ torch.zeros(4, 3)\n");
            shown = r.waitFor(">>> ");
            assertTrue(shown.contains("mat1 and mat2 shapes cannot be multiplied (4x3 and 4x3)"), shown);
            assertTrue(shown.contains("hint:") && shown.contains("w.T"), shown);
            r.type("help(torch.tensor)\n");
            assertTrue(r.waitFor(">>> ").contains("requires_grad=False"));
            r.type("x.backward?\n");
            assertTrue(r.waitFor(">>> ").contains("Tensor.backward("));
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
            assertTrue(r.waitFor("java> ", Duration.ofSeconds(40)).contains("m ==> 21"));
            r.type("kindling.set(\"w\", m * 2)\n");
            r.waitFor("java> ");
            r.type("String s = \"multi\" +\n");
            r.waitFor("...> ");
            r.type("\"line\"\n");
            assertTrue(r.waitFor("java> ").contains("s ==> \"multiline\""));
            r.type(":java\n");
            r.waitFor(">>> ");
            r.type("w\n");
            assertTrue(r.waitFor(">>> ").contains("42"));
        }
    }
}
