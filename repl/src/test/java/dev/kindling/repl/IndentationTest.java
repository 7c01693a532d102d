package dev.kindling.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where Enter puts the cursor on the next line of an unfinished entry. */
class IndentationTest {
    @Test
    void aColonOpensALevel() {
        assertEquals("    ", Indentation.next("class HousePriceNet(nn.Module):"));
        assertEquals("        ", Indentation.next("class HousePriceNet(nn.Module):\n    def __init__(self):"));
        assertEquals("    ", Indentation.next("if x:  # a comment after the colon"));
    }

    @Test
    void aStatementKeepsItsIndent() {
        assertEquals("        ", Indentation.next("class A:\n    def __init__(self):\n        super().__init__()"));
        assertEquals("    ", Indentation.next("for epoch in range(500):\n    pred = model(sqft)                # Forward"));
        assertEquals("", Indentation.next("@torch.no_grad()"));
        assertEquals("    ", Indentation.next("print('a:')\n    x = 'b:'"));
    }

    @Test
    void insideBracketsTheLineAboveSetsTheIndent() {
        String open = "class A:\n    def __init__(self):\n        self.layers = nn.Sequential(";
        assertEquals("        ", Indentation.next(open));
        assertEquals("            ", Indentation.next(open + "\n            nn.Linear(1, 16),    # 1 input (sqft)"));
        assertEquals("        ", Indentation.next(open + "\n            nn.ReLU(),\n        )"));
        assertEquals("", Indentation.next("s = '''first\n    second"));
    }

    @Test
    void returnPassBreakContinueAndRaiseCloseTheirLevel() {
        assertEquals("    ", Indentation.next("class A:\n    def forward(self, x):\n        return self.layers(x)"));
        assertEquals("", Indentation.next("def f():\n    pass"));
        assertEquals("    ", Indentation.next("for i in r:\n    if i:\n        break"));
        assertEquals("    ", Indentation.next("for i in r:\n    if i:\n        continue"));
        assertEquals("    ", Indentation.next("def f(x):\n    if x:\n        raise ValueError(x)"));
        assertEquals("    ", Indentation.next("def f():\n    returned = 1"), "a name starting with return is no return");
    }

    @Test
    void afterABlankLineInsideABlockTheLineStartsAtThePromptsLevel() {
        assertEquals("", Indentation.next("class A:\n    def f(self):\n        pass\n        "));
    }

    @Test
    void tabAndBackspaceMoveByWholeLevels() {
        assertEquals(4, Indentation.spacesToInsert(0));
        assertEquals(2, Indentation.spacesToInsert(6));
        assertEquals(4, Indentation.spacesToRemove(8));
        assertEquals(2, Indentation.spacesToRemove(6));
        assertEquals(1, Indentation.spacesToRemove(1));
    }
}
