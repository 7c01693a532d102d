package dev.kindling.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;
import dev.kindling.errors.KindlingError;

/**
 * Each learner's hint, on the error Kindling really raises for the course's mistake; the error
 * text itself stays PyTorch's (checked against PyTorch 2.13 where quoted).
 */
class HintsTest {
    private final Session session = Kindling.builder().build().newSession();

    @AfterEach
    void close() {
        session.close();
    }

    private KindlingError raised(String code) {
        try {
            session.exec(code);
        } catch (KindlingError e) {
            return e;
        }
        throw new AssertionError("no error from " + code);
    }

    private String hintFor(String code) {
        String hint = Hints.hint(raised(code), code);
        assertNotNull(hint, code);
        return hint;
    }

    @Test
    void itemOnAVectorSaysHowToGetNumbers() {
        session.exec("import torch");
        KindlingError e = raised("torch.ones(3).item()");
        assertEquals("a Tensor with 3 elements cannot be converted to Scalar", e.getMessage());
        String hint = Hints.hint(e, "torch.ones(3).item()");
        assertTrue(hint.contains("this one has 3") && hint.contains(".tolist()"), hint);
    }

    @Test
    void importNumpySaysWhatToUseInstead() {
        assertTrue(hintFor("import numpy as np").contains("torch.tensor"));
    }

    @Test
    void dtypeMismatchInEveryProductWording() {
        session.exec("import torch\nimport torch.nn as nn\nd = torch.ones(2, 2, dtype=torch.float64)");
        KindlingError layer = raised("nn.Linear(2, 2)(d)");
        assertEquals("mat1 and mat2 must have the same dtype, but got Double and Float", layer.getMessage());
        assertTrue(Hints.hint(layer, "nn.Linear(2, 2)(d)").contains(".float()"));
        assertTrue(hintFor("d @ torch.ones(2, 2)").contains("Double is float64"));
        assertTrue(hintFor("d.sum(0).dot(torch.ones(2))").contains("different dtypes"));
    }

    @Test
    void aLossGivenTensorsAtConstruction() {
        session.exec("import torch\nimport torch.nn as nn\npred = torch.ones(4, 1)\ny = torch.zeros(4, 1)");
        KindlingError e = raised("loss = nn.MSELoss(pred, y)");
        assertEquals("Boolean value of Tensor with more than one value is ambiguous", e.getMessage());
        assertTrue(Hints.hint(e, "loss = nn.MSELoss(pred, y)").contains("loss_fn = nn.MSELoss()"));
        assertEquals(null, Hints.hint(raised("bool(pred)"), "bool(pred)"), "no loss in the entry, no loss hint");
    }

    @Test
    void aListPassedToAModel() {
        session.exec("import torch.nn as nn\nmodel = nn.Sequential(nn.Linear(1, 4), nn.ReLU(), nn.Linear(4, 1))");
        KindlingError e = raised("model([[1.0]])");
        assertEquals("linear(): argument 'input' (position 1) must be Tensor, not list", e.getMessage());
        assertTrue(Hints.hint(e, "model([[1.0]])").contains("model(torch.tensor([[1.0]]))"));
    }

    @Test
    void aClassWithoutForwardSaysWhyWhenItsForwardWasTypedOnItsOwn() {
        session.exec("import torch\nimport torch.nn as nn\nclass Net(nn.Module):\n    def __init__(self):\n"
                + "        super().__init__()\n");
        KindlingError orphan = raised("    def forward(self, x):\n        return x\n");
        assertTrue(Hints.hint(orphan, "    def forward(self, x):\n        return x\n").contains("an empty line"));
        KindlingError e = raised("Net()(torch.ones(1))");
        assertEquals("Module [Net] is missing the required \"forward\" function", e.getMessage());
        assertTrue(Hints.hint(e, "Net()(torch.ones(1))", true).contains("an empty line ended class Net"));
        assertTrue(Hints.hint(e, "Net()(torch.ones(1))", false).contains("needs a method named forward"));
    }
}
