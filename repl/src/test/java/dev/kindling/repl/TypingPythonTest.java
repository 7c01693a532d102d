package dev.kindling.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Typing Python at the prompt key by key: auto-indent, the learner's own indentation, Tab,
 * Backspace, blank lines inside blocks, and bracketed paste ({@link PythonKeys}).
 */
@Timeout(90)
class TypingPythonTest {
    /** The course's Part 5, steps 1 to 3, exactly as printed (blank lines and comments included). */
    static final String COURSE_PART_5 = String.join("\n",
            "import torch",
            "import torch.nn as nn",
            "",
            "# Fake data: price \u2248 200 * sqft + noise",
            "torch.manual_seed(42)",
            "sqft = torch.rand(100, 1) * 5         # 0-5 (in thousands)",
            "price = 200 * sqft + 50 + torch.randn(100, 1) * 20",
            "",
            "class HousePriceNet(nn.Module):",
            "    def __init__(self):",
            "        super().__init__()",
            "        self.layers = nn.Sequential(",
            "            nn.Linear(1, 16),    # 1 input (sqft) \u2192 16 hidden neurons",
            "            nn.ReLU(),",
            "            nn.Linear(16, 1),   # 16 hidden \u2192 1 output (price)",
            "        )",
            "",
            "    def forward(self, x):",
            "        return self.layers(x)",
            "",
            "model = HousePriceNet()",
            "print(model)  # Shows the architecture",
            "",
            "loss_fn = nn.MSELoss()",
            "optimizer = torch.optim.Adam(model.parameters(), lr=0.01)",
            "",
            "losses = []",
            "for epoch in range(500):",
            "    pred = model(sqft)                # \u2460 Forward",
            "    loss = loss_fn(pred, price)       # \u2461 Loss",
            "    loss.backward()                   # \u2462 Backward",
            "    optimizer.step()                  # \u2463 Update",
            "    optimizer.zero_grad()              # \u2464 Zero grad",
            "    losses.append(loss.item())",
            "",
            "    if epoch % 100 == 0:",
            "        print(f\"Epoch {epoch:>3d} | Loss: {loss.item():.1f}\")",
            "",
            "# Output:",
            "");

    /** Each line typed with its own indentation, then Enter, as printed in the course. */
    @Test
    void theCoursesClassAndLoopTypedLineByLineTrain() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            for (String line : COURSE_PART_5.split("\n", -1)) {
                r.type(line + "\r");
            }
            String shown = r.waitFor("Epoch 400 | Loss:", Duration.ofSeconds(60));
            assertTrue(shown.contains("(layers): Sequential("), shown);
            assertTrue(shown.contains("(0): Linear(in_features=1, out_features=16, bias=True)"), shown);
            assertTrue(shown.contains("Epoch   0 | Loss:"), shown);
            assertFalse(shown.contains("Error"), shown);
            r.waitFor(">>> ");
            r.type("len(losses), losses[-1] < losses[0]\r");
            r.waitFor("(500, True)");
            r.waitFor(">>> ");
            String cls = COURSE_PART_5.substring(COURSE_PART_5.indexOf("class"), COURSE_PART_5.indexOf("\nprint(model)"));
            r.type("HousePriceNet.forward.__name__\r");
            r.waitFor("'forward'");
            r.waitFor(">>> ");
            assertTrue(hasEntry(r, cls.strip()), "the class and the top-level line after it went in as one entry,"
                    + " indented as printed: " + r.repl.reader().getHistory());
        }
    }

    private static boolean hasEntry(ReplDriver r, String expected) {
        for (var entry : r.repl.reader().getHistory()) {
            String text = Arrays.stream(entry.line().split("\n", -1)).map(String::stripTrailing)
                    .collect(Collectors.joining("\n")).strip();
            if (text.equals(expected)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void enterIndentsAfterAColonAndDedentsAfterReturn() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            r.type("def twice(xs):\r");
            r.type("out = []\r");
            r.type("for x in xs:\r");
            r.type("out.append(2 * x)\r");
            r.type("\breturn out\r");
            r.type("\r");
            r.waitFor(">>> ");
            assertEquals("def twice(xs):\n    out = []\n    for x in xs:\n        out.append(2 * x)\n    return out",
                    r.lastEntry());
            r.type("twice([1, 2])\r");
            r.waitFor("[2, 4]");
            r.waitFor(">>> ");
        }
    }

    @Test
    void tabIndentsAfterWhitespaceAndCompletesAfterAName() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            r.type("learning_rate = 0.5\r");
            r.waitFor(">>> ");
            r.type("if True:\r");
            r.type("\u007f\t\tif True:\r");
            r.type("print(learn\t)\r\r\r");
            r.waitFor("0.5\n");
            r.waitFor(">>> ");
            assertTrue(r.lastEntry().startsWith("if True:\n        if True:\n            print(learning_rate"), r.lastEntry());
        }
    }

    @Test
    void aBlankLineEndsABlockOnlyWhenTheNextLineIsNotIndented() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            r.type("total = 0\r");
            r.waitFor(">>> ");
            r.type("for i in range(3):\r");
            r.type("total += i\r");
            r.type("\r");
            r.waitFor("... ");
            r.type("    total += 10\r");
            r.type("\r");
            r.waitFor("... ");
            r.type("\r");
            r.waitFor(">>> ");
            r.type("total\r");
            r.waitFor("33");
            r.waitFor(">>> ");
            r.type("for i in range(2):\r");
            r.type("total -= 1\r");
            r.type("\r");
            r.type("total\r");
            String shown = r.waitFor(">>> ");
            assertTrue(shown.contains("31"), "the loop ran, then the top-level line was echoed: " + shown);
        }
    }

    @Test
    void aBracketedPasteRunsWholeOnEnter() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            r.type(ReplDriver.BRACKETED_PASTE_BEGIN + "class Box:\n    def __init__(self, w):\n        self.w = w\n\n"
                    + "    def area(self):\n        return self.w ** 2\n\nprint(Box(3).area())"
                    + ReplDriver.BRACKETED_PASTE_END);
            r.type("\r");
            r.waitFor("9\n");
            r.waitFor(">>> ");
            r.type(ReplDriver.BRACKETED_PASTE_BEGIN + "def area(w):\n    return w * w" + ReplDriver.BRACKETED_PASTE_END + "\r");
            r.waitFor(">>> ");
            assertEquals("def area(w):\n    return w * w", r.lastEntry(), "one Enter after a pasted block runs it");
        }
    }

    /** Pasted at an automatically indented line, the paste keeps its own indentation only. */
    @Test
    void aPasteReplacesTheAutomaticIndent() throws Exception {
        try (ReplDriver r = new ReplDriver()) {
            r.type("for i in range(2):\r");
            r.waitFor("... ");
            r.type(ReplDriver.BRACKETED_PASTE_BEGIN + "    print('row', i)" + ReplDriver.BRACKETED_PASTE_END + "\r");
            r.waitFor("row 1");
            r.waitFor(">>> ");
            assertEquals("for i in range(2):\n    print('row', i)", r.lastEntry());
        }
    }
}
