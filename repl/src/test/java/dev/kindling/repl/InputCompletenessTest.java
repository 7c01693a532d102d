package dev.kindling.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When Enter runs the entry and when it asks for another line, as Python's REPL decides. */
class InputCompletenessTest {
    @Test
    void simpleStatementsRunAtOnce() {
        assertTrue(InputCompleteness.isComplete("x = 1"));
        assertTrue(InputCompleteness.isComplete("print('a:')  # ends with a colon in a string"));
        assertTrue(InputCompleteness.isComplete(""));
    }

    @Test
    void openBracketsAndStringsContinue() {
        assertFalse(InputCompleteness.isComplete("xs = [1,"));
        assertFalse(InputCompleteness.isComplete("s = '''abc"));
        assertTrue(InputCompleteness.isComplete("z = (1,\n        2)"));
        assertTrue(InputCompleteness.isComplete("model = nn.Sequential(\n    nn.Linear(1, 16),\n    nn.ReLU(),\n)"));
    }

    @Test
    void blocksEndWithAnEmptyLine() {
        assertFalse(InputCompleteness.isComplete("for i in range(3):"));
        assertFalse(InputCompleteness.isComplete("for i in range(3):\n    print(i)"));
        assertTrue(InputCompleteness.isComplete("for i in range(3):\n    print(i)\n"));
        assertFalse(InputCompleteness.isComplete("@decorator"));
        assertFalse(InputCompleteness.isComplete("if (a and\n    b):"));
        assertFalse(InputCompleteness.isComplete("class A:\n    x = [1,\n2]"));
    }

    @Test
    void aBlankLineInsideABlockWaitsForTheNextLine() {
        String body = "class HousePriceNet(nn.Module):\n    def __init__(self):\n        super().__init__()\n";
        assertFalse(InputCompleteness.isComplete(body + "        "), "Enter on an auto-indented blank line");
        assertFalse(InputCompleteness.isComplete(body + "        \n    def forward(self, x):"));
        assertTrue(InputCompleteness.isComplete(body + "        \n"), "then an empty line at the prompt's level");
        assertTrue(InputCompleteness.isComplete(body + "        \n        "), "or a second blank line");
        assertTrue(InputCompleteness.isComplete(body + "        \nmodel = HousePriceNet()"), "or a top-level line");
        assertTrue(InputCompleteness.isComplete(body + "\n"), "an empty line ends the block at once");
        assertTrue(InputCompleteness.isComplete("x = 1\n    "), "after a top-level statement a blank line runs");
    }

    @Test
    void anIndentedFirstLineRunsAtOnceToReportIt() {
        assertTrue(InputCompleteness.isComplete("    def forward(self, x):"));
    }

    @Test
    void aPasteEndingAtTopLevelRuns() {
        assertTrue(InputCompleteness.isComplete("def f():\n    return 1\n\nprint(f())"));
    }
}
