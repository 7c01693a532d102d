package dev.kindling.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.kindling.errors.KindlingError;

/** What tools see of a session through {@link Introspection}: plain names, kinds and parameter lists. */
class IntrospectionTest {
    private final Session session = Kindling.builder().build().newSession();
    private final Introspection look = session.introspection();

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void javadocExample() {
        session.exec("def train(model, epochs=10, *, lr=0.01): pass");
        Object train = look.lookup("train");
        assertEquals(ValueKind.FUNCTION, look.kind(train));
        assertEquals(List.of("model", "epochs", "lr"), look.parameters(train).get().keywordNames());
        assertEquals("model, epochs, *, lr", look.parameters(train).get().text());
    }

    @Test
    void lookupFindsGlobalsThenBuiltins() {
        session.exec("len = 3");
        assertEquals(3L, look.lookup("len"));
        assertEquals(ValueKind.BUILTIN, look.kind(look.lookup("print")));
        assertNull(look.lookup("missing"));
        assertTrue(look.builtinNames().contains("range"));
    }

    @Test
    void kindsNamesAndTypes() {
        session.exec("import math\nclass Base:\n    pass\nclass Net(Base):\n    def forward(self, x, *rest, **kw):\n"
                + "        return x\nnet = Net()");
        Object net = look.lookup("net");
        assertEquals(ValueKind.MODULE, look.kind(look.lookup("math")));
        assertEquals("math", look.name(look.lookup("math")));
        assertEquals(ValueKind.CLASS, look.kind(look.lookup("Net")));
        assertEquals(ValueKind.OTHER, look.kind(net));
        assertEquals(ValueKind.NONE, look.kind(session.eval("None")));
        assertEquals(new TypeInfo("__main__", "Net", false, "Base"), look.typeOf(net));
        assertEquals(look.typeOf(net), look.typeOf(look.lookup("Net")));
        assertTrue(look.typeOf(1L).builtin());
        Object forward = look.attribute(net, "forward");
        assertEquals(ValueKind.BOUND_METHOD, look.kind(forward));
        assertEquals("x, *rest, **kw", look.parameters(forward).get().text(), "the receiver is not a parameter");
        assertTrue(look.kind(forward).isFunction() && !look.kind(look.lookup("Net")).isFunction());
    }

    @Test
    void aClassIsCalledWithItsInitsParameters() {
        session.exec("class Point:\n    def __init__(self, x, y=0):\n        self.x = x");
        assertEquals(List.of("x", "y"), look.parameters(look.lookup("Point")).get().keywordNames());
        assertTrue(look.parameters(look.lookup("len")).isEmpty(), "a builtin that is no op declares nothing");
    }

    @Test
    void attributeLookupNeverRaises() {
        session.exec("class Odd:\n    @property\n    def bad(self):\n        raise ValueError('no')\nodd = Odd()");
        Object odd = look.lookup("odd");
        assertNull(look.attribute(odd, "bad"));
        assertNull(look.attribute(odd, "missing"));
        assertTrue(look.dir(odd).contains("bad"));
    }

    @Test
    void membersAddWhatAnObjectsDirSays() {
        session.exec("class Bag:\n    def __dir__(self):\n        return ['apple', 'pear']\nbag = Bag()");
        List<String> members = look.members(look.lookup("bag"));
        assertTrue(members.containsAll(List.of("apple", "pear", "__dir__")), members.toString());
    }

    @Test
    void strAndVariables() {
        session.exec("import math\nn = 3\nname = 'x'");
        assertEquals("3", look.str(look.lookup("n")));
        List<Variable> vars = look.variables();
        assertEquals(List.of("__name__", "n", "name"), vars.stream().map(Variable::name).toList(), "modules are left out");
        assertEquals(new Variable("n", "int", null, null, null, null), vars.get(1));
    }

    @Test
    void tensorVariablesHaveTheirColumns() {
        session.exec("import torch\nw = torch.ones(2, 3, requires_grad=True)\nw.sum().backward()\nb = torch.zeros(2)");
        List<Variable> vars = look.variables();
        assertEquals(new Variable("w", "Tensor", "torch.Size([2, 3])", "torch.float32", "True", true), vars.get(1));
        assertEquals(new Variable("b", "Tensor", "torch.Size([2])", "torch.float32", "False", false), vars.get(2));
    }

    /** Reading .grad of a non-leaf in Python warns (PyTorch's UserWarning); listing variables does not. */
    @Test
    void listingANonLeafTensorWarnsNothing() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        try (Session s = Kindling.builder().err(new java.io.PrintStream(err, true)).build().newSession()) {
            s.exec("import torch\nw = torch.ones(2, requires_grad=True)\ny = w * 2\nz = y.sum()");
            List<Variable> vars = s.introspection().variables();
            assertEquals(new Variable("y", "Tensor", "torch.Size([2])", "torch.float32", "True", false), vars.get(2));
            assertEquals("", err.toString());
            s.exec("y.grad");
            assertTrue(err.toString().contains("UserWarning: The .grad attribute of a Tensor that is not a leaf Tensor"));
        }
    }

    @Test
    void opsHaveTheirSchemasParametersAndHelp() {
        session.exec("import torch\nimport torch.nn.functional as F\nx = torch.ones(2)");
        Object sum = session.eval("torch.sum");
        assertEquals(new ParameterList(List.of("input", "dim", "keepdim"), null, List.of("dtype", "out"), null),
                look.parameters(sum).get());
        assertEquals(List.of("dim", "keepdim", "dtype"), look.parameters(session.eval("x.sum")).get().keywordNames());
        assertEquals(List.of("input", "negative_slope", "inplace"),
                look.parameters(session.eval("F.leaky_relu")).get().keywordNames());
        String help = look.doc(sum);
        assertTrue(help.startsWith("Tensor.sum(*, torch.dtype dtype = None)\ntorch.sum(Tensor input, *, torch.dtype dtype = None)\n"), help);
        assertTrue(help.contains("schema: sum(Tensor self, *, ScalarType? dtype=None) -> Tensor\n"), help);
        assertTrue(help.contains(">>> torch.sum("), help);
        assertEquals(help, look.doc(session.eval("x.sum")), "a bound method shows its function's doc");
        assertNull(look.doc(look.lookup("len")));
    }

    @Test
    void opHelpByTheNamePythonReachesItUnder() {
        assertTrue(OpHelp.help("torch.sum").contains("sum(Tensor self, int[1]? dim, bool keepdim=False"));
        assertTrue(OpHelp.help("Tensor.add").startsWith("Tensor.add(Tensor other, *, Number alpha = 1)"));
        assertTrue(OpHelp.help("torch.nn.functional.relu").startsWith("torch.nn.functional.relu(Tensor input, bool inplace = False)"));
        assertTrue(OpHelp.help("torch.tensor").startsWith("torch.tensor(object data, *, torch.dtype dtype = None"));
        assertNull(OpHelp.help("torch.manual_seed"), "a Python-level function of torch is no op");
        assertNull(OpHelp.help("sum"), "the builtin sum is no op");
        assertNull(OpHelp.help("torch.nn.sum"));
        assertFalse(OpHelp.examples().isEmpty());
    }

    @Test
    void exitStatusFollowsCPython() {
        assertEquals(new ExitStatus(0, null), exitOf("import sys\nsys.exit()"));
        assertEquals(new ExitStatus(3, null), exitOf("import sys\nsys.exit(3)"));
        assertEquals(new ExitStatus(1, "bye"), exitOf("raise SystemExit('bye')"));
        assertEquals(new ExitStatus(1, null), exitOf("1 / 0"), "any other error: status 1, traceback printed by the host");
    }

    private ExitStatus exitOf(String code) {
        return ExitStatus.of(assertThrows(KindlingError.class, () -> session.exec(code)));
    }

    @Test
    void incompleteInputWaitsForMore() {
        assertTrue(Kindling.isIncomplete("def f():"));
        assertTrue(Kindling.isIncomplete("x = (1,"));
        assertFalse(Kindling.isIncomplete("x = 1"));
        assertFalse(Kindling.isIncomplete("x = )"), "wrong is not unfinished");
    }

    @Test
    void inputReadsFromTheHostsSource() {
        session.setInput(prompt -> prompt + "Ada");
        session.exec("name = input('> ')");
        assertEquals("> Ada", session.get("name"));
    }

    @Test
    void listingANonLeafTensorTellsItHasNoGradWithoutWarning() {
        session.exec("import torch\nw = torch.ones(2, requires_grad=True)\ny = (w * 2).sum()\ny.backward()");
        java.io.PrintStream previous = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true));
        List<Variable> rows;
        try {
            rows = look.variables();
        } finally {
            System.setErr(previous);
        }
        assertEquals("", err.toString(), "reading .grad of a non-leaf from Python warns; listing must not");
        Variable y = rows.stream().filter(v -> v.name().equals("y")).findFirst().orElseThrow();
        Variable w = rows.stream().filter(v -> v.name().equals("w")).findFirst().orElseThrow();
        assertEquals("no", y.gradText());
        assertEquals("yes", w.gradText());
        assertEquals("[2]", w.shapeText());
        assertEquals("float32", w.dtypeText());
    }
}
