package dev.kindling.lang.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;
import dev.kindling.errors.KindlingError;
import dev.kindling.ops.Op;
import dev.kindling.ops.OpRegistry;
import dev.kindling.ops.Param;
import dev.kindling.ops.ParamType;
import dev.kindling.ops.Variant;

/**
 * The nn classes declared in the registry: each is installed in torch.nn, its example runs, and
 * its constructor's argument errors are the binder's PyTorch-worded ones; the loss classes honour
 * weight= and the legacy size_average/reduce, checked against values computed here by hand.
 */
class NnModuleDeclarationsTest {
    private static final String PRELUDE = "import torch\nimport torch.nn as nn\nimport math\n";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Session session = Kindling.builder().out(new PrintStream(out, true, StandardCharsets.UTF_8))
            .err(new PrintStream(err, true, StandardCharsets.UTF_8)).build().newSession();

    NnModuleDeclarationsTest() {
        session.exec(PRELUDE);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static List<Op> modules() {
        return OpRegistry.standard().modules();
    }

    /** The error a statement raises, as its traceback's last line prints it ("TypeError: ..."). */
    private String error(String code) {
        try {
            session.exec(code);
        } catch (KindlingError e) {
            String[] lines = Session.formatError(e).strip().split("\n");
            return lines[lines.length - 1];
        }
        return "no error from " + code;
    }

    private String printed(String expression) {
        out.reset();
        session.exec("print(" + expression + ")");
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    private double value(String expression) {
        return ((Number) session.eval("(" + expression + ").item()")).doubleValue();
    }

    @Test
    void everyLayerAndLossClassIsDeclared() {
        List<String> names = modules().stream().map(Op::name).toList();
        for (String name : List.of("Linear", "ReLU", "LeakyReLU", "Sigmoid", "Tanh", "GELU", "Softmax", "LogSoftmax",
                "Flatten", "Unflatten", "Dropout", "Embedding", "LayerNorm", "SiLU", "ELU", "Softplus", "Hardtanh",
                "ReLU6", "Softsign", "LogSigmoid", "MSELoss", "L1Loss", "CrossEntropyLoss", "NLLLoss", "BCELoss",
                "BCEWithLogitsLoss", "SmoothL1Loss", "HuberLoss", "KLDivLoss", "ModuleList", "ModuleDict",
                "ParameterList")) {
            assertTrue(names.contains(name), name + " is declared");
        }
        for (Op op : modules()) {
            assertEquals(java.util.Set.of(Variant.MODULE), op.variants(), op.name());
            assertEquals("Module", op.overloads().get(0).schema().returns(), op.name());
            assertFalse(op.doc().isBlank(), op.name() + " has a doc");
        }
    }

    @TestFactory
    Stream<DynamicTest> eachDeclaredClassIsInstalledAndItsExampleRuns() {
        return modules().stream().map(op -> DynamicTest.dynamicTest(op.name(), () -> {
            assertEquals("<class 'torch.nn." + op.name() + "'>", printed("nn." + op.name()));
            assertEquals("True", printed("issubclass(nn." + op.name() + ", nn.Module)"));
            assertEquals(op.name(), printed("type(nn." + op.name() + "(" + requiredArguments(op) + ")).__name__"));
            session.eval(op.example());
        }));
    }

    @TestFactory
    Stream<DynamicTest> aWrongTypedArgumentIsPyTorchsTypeError() {
        // An Any parameter (a container's modules) is checked by the interpreter's converter, not by its type.
        return modules().stream().filter(op -> !params(op).isEmpty() && params(op).get(0).type() != ParamType.OBJECT)
                .map(op -> DynamicTest.dynamicTest(op.name(), () -> checkWrongTypes(op)));
    }

    /** The first parameter given wrongly by position, and the last by keyword. */
    private void checkWrongTypes(Op op) {
        Param first = params(op).get(0);
        assertEquals("TypeError: " + op.name() + "(): argument '" + first.name() + "' (position 1) must be "
                + first.type().pythonName() + ", not object", error("nn." + op.name() + "(object())"));
        Param last = params(op).get(params(op).size() - 1);
        List<String> others = new ArrayList<>();
        for (Param p : params(op)) {
            if (!p.optional() && p != last) {
                others.add(p.name() + "=" + sample(p, op));
            }
        }
        others.add(last.name() + "=object()");
        assertEquals("TypeError: " + op.name() + "(): argument '" + last.name() + "' must be "
                + last.type().pythonName() + ", not object",
                error("nn." + op.name() + "(" + String.join(", ", others) + ")"));
    }

    @TestFactory
    Stream<DynamicTest> anUnknownKeywordIsRefused() {
        return modules().stream().map(op -> DynamicTest.dynamicTest(op.name(), () -> {
            String comma = requiredArguments(op).isEmpty() ? "" : ", ";
            assertEquals("TypeError: " + op.name() + "() got an unexpected keyword argument 'foo'",
                    error("nn." + op.name() + "(" + requiredArguments(op) + comma + "foo=1)"));
        }));
    }

    private static List<Param> params(Op op) {
        return op.overloads().get(0).schema().params();
    }

    /** Valid values for the constructor's required parameters, by type. */
    private static String requiredArguments(Op op) {
        List<String> values = new ArrayList<>();
        for (Param p : params(op)) {
            if (!p.optional()) {
                values.add(sample(p, op));
            }
        }
        return String.join(", ", values);
    }

    private static String sample(Param p, Op op) {
        return switch (p.type()) {
            case INT -> "2";
            case INT_LIST -> "(2, 1)";
            default -> throw new AssertionError("no sample value for a required " + p.type() + " in " + op.name());
        };
    }

    @Test
    void errorsNameTheParameterAsPyTorchDoes() {
        assertEquals("TypeError: Linear(): argument 'in_features' (position 1) must be int, not str",
                error("nn.Linear('a', 2)"));
        assertEquals("TypeError: Dropout(): argument 'p' must be float, not str", error("nn.Dropout(p='x')"));
        assertEquals("TypeError: CrossEntropyLoss(): argument 'weight' must be Tensor, not list",
                error("nn.CrossEntropyLoss(weight=[1.0, 2.0])"));
        assertEquals("TypeError: Sigmoid() takes 0 positional arguments but 1 was given", error("nn.Sigmoid(1)"));
        assertEquals("TypeError: Linear() got multiple values for argument 'in_features'",
                error("nn.Linear(2, 3, in_features=2)"));
    }

    @Test
    void argumentsKindlingCannotHonourAreRefused() {
        for (String layer : List.of("nn.Linear(2, 3", "nn.LayerNorm(4", "nn.Embedding(5, 2")) {
            assertEquals("AssertionError: Torch not compiled with CUDA enabled", error(layer + ", device='cuda')"));
            assertTrue(error(layer + ", dtype=torch.float64)").startsWith("NotImplementedError: "), layer);
            assertEquals("True", printed("isinstance(" + layer + ", device='cpu', dtype=torch.float32), nn.Module)"));
        }
        assertTrue(error("nn.Embedding(5, 2, _weight=torch.ones(5, 2))").startsWith("NotImplementedError: "));
        assertTrue(error("nn.Embedding(5, 2, max_norm=1.0)").startsWith("NotImplementedError: "));
        assertEquals("NotImplementedError: gelu(approximate='tanh') is not supported in Kindling",
                error("nn.GELU(approximate='tanh')"));
    }

    @Test
    void reprsEchoArgumentsAsWritten() {
        assertEquals("ELU(alpha=2) ELU(alpha=1.0)", printed("nn.ELU(alpha=2), nn.ELU()"));
        assertEquals("Unflatten(dim=-1, unflattened_size=[2, -1]) Unflatten(dim=1, unflattened_size=(2, 3))",
                printed("nn.Unflatten(-1, [2, -1]), nn.Unflatten(1, (2, 3))"));
        assertEquals("LayerNorm((4,), eps=1, elementwise_affine=True, bias=True)", printed("nn.LayerNorm(4, eps=1)"));
        assertEquals("Dropout(p=0.5, inplace=True)", printed("nn.Dropout(inplace=True)"));
        assertEquals("Identity()", printed("nn.Identity(54, unused_argument=0.1)"));
    }

    @Test
    void dropoutInPlaceScalesTheInputItself() {
        session.exec("torch.manual_seed(0)\nx = torch.ones(8, requires_grad=True)\ny = x * 1\n"
                + "z = nn.Dropout(0.5, inplace=True)(y)");
        assertEquals("True MulBackward0", printed("z is y, z.grad_fn.name()"));
        session.exec("torch.manual_seed(0)\nw = nn.Dropout(0.5)(torch.ones(8))");
        assertEquals("True", printed("torch.equal(w, z.detach())"));
        assertEquals("True", printed("(nn.Dropout(inplace=True).eval())(y) is y"));
    }

    @Test
    void bceWithLogitsHonoursWeight() {
        assertEquals("tensor(0.4741)", printed("nn.BCEWithLogitsLoss(weight=torch.tensor([2., 0.]))("
                + "torch.tensor([0.5, -1.0]), torch.tensor([1., 0.]))"));
    }

    @Test
    void bceHonoursWeight() {
        double expected = (2 * -Math.log(0.8) + 0.5 * -Math.log(1 - 0.3)) / 2;
        assertEquals(expected, value("nn.BCELoss(weight=torch.tensor([2., 0.5]))(torch.tensor([0.8, 0.3]), "
                + "torch.tensor([1., 0.]))"), 1e-6);
    }

    @Test
    void crossEntropyHonoursWeightAndIgnoreIndex() {
        double first = logSumExp(2, 0.5, -1) - 2;
        double second = logSumExp(0, 1, 3) - 3;
        String call = "(torch.tensor([[2., 0.5, -1.], [0., 1., 3.]]), torch.tensor([0, 2]))";
        assertEquals((1 * first + 3 * second) / (1 + 3),
                value("nn.CrossEntropyLoss(weight=torch.tensor([1., 2., 3.]))" + call), 1e-6);
        assertEquals(second, value("nn.CrossEntropyLoss(ignore_index=0)" + call), 1e-6);
        assertEquals(first + second, value("nn.CrossEntropyLoss(reduction='sum')" + call), 1e-6);
    }

    private static double logSumExp(double... xs) {
        double sum = 0;
        for (double x : xs) {
            sum += Math.exp(x);
        }
        return Math.log(sum);
    }

    @Test
    void nllHonoursWeight() {
        String call = "(torch.tensor([[-0.2, -1.7], [-1.2, -0.4], [-0.9, -0.5]]), torch.tensor([0, 1, 1]))";
        assertEquals((0.3 * 0.2 + 2 * 0.4 + 2 * 0.5) / (0.3 + 2 + 2),
                value("nn.NLLLoss(weight=torch.tensor([0.3, 2.]))" + call), 1e-6);
        assertEquals(0.3 * 0.2 + 2 * 0.4 + 2 * 0.5,
                value("nn.NLLLoss(weight=torch.tensor([0.3, 2.]), reduction='sum')" + call), 1e-6);
    }

    @Test
    void legacySizeAverageAndReduceMapOntoReductionWithPyTorchsWarning() {
        String call = "(torch.tensor([1., 2.]), torch.tensor([0., 0.]))";
        assertEquals(5.0, value("nn.MSELoss(size_average=False)" + call), 1e-9);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(
                "UserWarning: size_average and reduce args will be deprecated, please use reduction='sum' instead."));
        assertEquals("tensor([1., 2.])", printed("nn.L1Loss(reduce=False)" + call));
        assertEquals(2.5, value("nn.MSELoss(size_average=None, reduce=None)" + call), 1e-9);
    }

    /** PyTorch 2.13 tests the deprecated size_average and reduce for truth, so tensors given to the constructor fail there. */
    @Test
    void aLossConstructedWithTensorsFailsAsInPyTorch() {
        session.exec("pred = torch.ones(3, 1)\ny = torch.zeros(3, 1)");
        assertEquals("RuntimeError: Boolean value of Tensor with more than one value is ambiguous", error("nn.MSELoss(pred, y)"));
        assertEquals("RuntimeError: Boolean value of Tensor with more than one value is ambiguous",
                error("nn.CrossEntropyLoss(pred, y)"));
        assertEquals("MSELoss()", printed("nn.MSELoss(torch.ones(1), torch.ones(1))"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(
                "UserWarning: size_average and reduce args will be deprecated, please use reduction='mean' instead."));
    }

    /** Wording as PyTorch 2.13 raises it: from the function forward calls first (linear, relu) or x.size(). */
    @Test
    void aJavaLayersForwardChecksItsInputsAsPythonWould() {
        session.exec("x = torch.tensor([1., 2.])");
        assertEquals("TypeError: linear(): argument 'input' (position 1) must be Tensor, not int",
                error("nn.Linear(2, 2)(3)"));
        assertEquals("AttributeError: 'list' object has no attribute 'size'",
                error("nn.MSELoss()(x, [1., 2.])"));
        assertEquals("TypeError: cross_entropy_loss(): argument 'input' (position 1) must be Tensor, not list",
                error("nn.CrossEntropyLoss()([[1.]], [0])"));
        assertEquals("AttributeError: 'list' object has no attribute 'softmax'", error("nn.Softmax(dim=1)([[1.]])"));
        assertEquals("TypeError: MSELoss.forward() missing 1 required positional argument: 'target'",
                error("nn.MSELoss()(x)"));
        assertEquals("TypeError: ReLU.forward() takes 2 positional arguments but 3 were given",
                error("nn.ReLU()(x, x)"));
        assertEquals("TypeError: ReLU.forward() got an unexpected keyword argument 'foo'",
                error("nn.ReLU()(x, foo=1)"));
        assertEquals("TypeError: relu(): argument 'input' (position 1) must be Tensor, not int",
                error("nn.Sequential(nn.ReLU())(2)"));
        session.exec("class Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
                + "        self.layers = nn.Sequential(nn.Linear(1, 16), nn.ReLU(), nn.Linear(16, 1))\n"
                + "    def forward(self, x):\n        return self.layers(x)\n");
        assertEquals("TypeError: linear(): argument 'input' (position 1) must be Tensor, not list", error("Net()([[1.0]])"));
        assertEquals("tensor(0.) tensor([1., 2.])", printed("nn.MSELoss()(x, target=x), nn.ReLU()(input=x)"));
    }

    @Test
    void containersTakeTheirModulesThroughTheBinder() {
        assertEquals("2 ['b', 'a'] 1", printed("len(nn.ModuleList([nn.ReLU(), nn.Tanh()])), "
                + "list(nn.ModuleDict(modules={'b': nn.ReLU(), 'a': nn.Tanh()}).keys()), "
                + "len(nn.ParameterList(values=[nn.Parameter(torch.ones(2))]))"));
        assertEquals("ModuleList() ModuleDict() ParameterList()",
                printed("nn.ModuleList(None), nn.ModuleDict(), nn.ParameterList()"));
        assertEquals("TypeError: int is not a Module subclass", error("nn.ModuleList([3])"));
        assertEquals("TypeError: int is not a Module subclass", error("nn.ModuleDict({'x': 3})"));
        assertEquals("TypeError: ParameterList holds tensors, not 'int'", error("nn.ParameterList([1])"));
        assertEquals("TypeError: ModuleList() takes from 0 to 1 positional arguments but 2 were given",
                error("nn.ModuleList([], [])"));
    }
}
