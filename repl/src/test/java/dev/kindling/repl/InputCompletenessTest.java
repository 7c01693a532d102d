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
    void aPasteEndingAtTopLevelRuns() {
        assertTrue(InputCompleteness.isComplete("def f():\n    return 1\n\nprint(f())"));
    }
}
