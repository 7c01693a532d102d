package dev.kindling.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.kindling.embed.AutogradGraph.Kind;
import dev.kindling.tensor.Tensor;

/**
 * The graph {@link Introspection#graph} describes: PyTorch's node names in next_functions' shape
 * (checked against PyTorch 2.13's walk of the same model: MseLossBackward0 -> AddmmBackward0 ->
 * AccumulateGrad(bias), TBackward0 -> AccumulateGrad(weight)), shapes, labels, values and grads.
 */
class AutogradGraphTest {
    private final Session session = Kindling.builder().build().newSession();
    private final Introspection look = session.introspection();

    @AfterEach
    void close() {
        session.close();
    }

    private AutogradGraph graphOf(String name) {
        return look.graph(look.lookupPath(name), 100).orElseThrow();
    }

    private void tinyLinear() {
        session.exec(String.join("\n",
                "import torch, torch.nn as nn",
                "torch.manual_seed(0)",
                "model = nn.Linear(2, 1)",
                "x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])",
                "y = torch.tensor([[1.0], [2.0]])",
                "loss = nn.MSELoss()(model(x), y)"));
    }

    @Test
    void aLinearModelsLossHasPyTorchsNodes() {
        tinyLinear();
        AutogradGraph g = graphOf("loss");
        List<String> names = g.nodes().stream().map(AutogradGraph.Node::name).toList();
        assertEquals(List.of("MseLossBackward0", "AddmmBackward0", "input", "AccumulateGrad", "input", "TBackward0",
                "AccumulateGrad"), names);
        assertEquals("loss", node(g, "MseLossBackward0").label());
        assertEquals(List.of(), node(g, "MseLossBackward0").shape());
        assertEquals(List.of(2, 1), node(g, "AddmmBackward0").shape());
        assertEquals(List.of(2, 1), node(g, "TBackward0").shape(), "W.T of a (1, 2) weight");
        assertEquals(Set.of("model.weight", "model.bias"), labels(g, Kind.LEAF));
        assertEquals(Set.of("x", "y"), labels(g, Kind.INPUT));
        assertFalse(g.truncated());
        assertFalse(g.backwardDone());
        assertNull(leaf(g, "model.weight").grad(), "no grad before backward");
        assertArrayEquals(new double[] {((Number) session.eval("loss.item()")).doubleValue()},
                node(g, "MseLossBackward0").value().values(), "the picked tensor's own value");
        assertNull(node(g, "AddmmBackward0").value());
    }

    @Test
    void edgesRunForwardFromWhatAnOpReadToTheOp() {
        tinyLinear();
        AutogradGraph g = graphOf("loss");
        int addmm = node(g, "AddmmBackward0").id();
        int t = node(g, "TBackward0").id();
        assertTrue(g.edges().contains(new AutogradGraph.Edge(addmm, 0, 0)), g.edges().toString());
        assertTrue(g.edges().contains(new AutogradGraph.Edge(t, addmm, 2)), "W.T is addmm's third input");
        assertTrue(g.edges().contains(new AutogradGraph.Edge(leaf(g, "model.weight").id(), t, 0)));
        assertTrue(g.edges().contains(new AutogradGraph.Edge(leaf(g, "model.bias").id(), addmm, 0)));
        assertEquals(g.nodes().size() - 1, g.edges().size(), "a tree here: every node but the root feeds one op");
    }

    @Test
    void afterBackwardTheLeavesCarryTheirValuesAndGrads() {
        tinyLinear();
        session.exec("loss.backward()");
        AutogradGraph g = graphOf("loss");
        assertTrue(g.backwardDone());
        Tensor weight = (Tensor) look.lookupPath("model.weight");
        AutogradGraph.Node w = leaf(g, "model.weight");
        assertArrayEquals(weight.toDoubleArray(), w.value().values());
        assertArrayEquals(weight.grad().toDoubleArray(), w.grad().values());
        assertEquals(List.of(1, 2), w.grad().shape());
        assertArrayEquals(new double[] {1, 2, 3, 4}, leaf(g, "x").value().values());
        assertNull(leaf(g, "x").grad(), "data needs no gradient");
    }

    @Test
    void aTensorReadTwiceIsOneNodeWithTwoEdges() {
        session.exec("import torch\nw = torch.tensor([2.0, 3.0], requires_grad=True)\nsq = (w * w).sum()");
        AutogradGraph g = graphOf("sq");
        assertEquals(List.of("SumBackward0", "MulBackward0", "AccumulateGrad"),
                g.nodes().stream().map(AutogradGraph.Node::name).toList());
        assertEquals(List.of(new AutogradGraph.Edge(1, 0, 0), new AutogradGraph.Edge(2, 1, 0),
                new AutogradGraph.Edge(2, 1, 1)), g.edges());
    }

    @Test
    void aLeafAloneIsOneNodeAndANonTensorHasNoGraph() {
        session.exec("import torch\nw = torch.ones(3, requires_grad=True)\nc = torch.zeros(2)\nn = 5");
        AutogradGraph w = graphOf("w");
        assertEquals(1, w.nodes().size());
        assertEquals(Kind.LEAF, w.nodes().get(0).kind());
        assertEquals("w", w.nodes().get(0).label());
        assertEquals(Kind.INPUT, graphOf("c").nodes().get(0).kind());
        assertTrue(look.graph(look.lookupPath("n"), 10).isEmpty());
        assertTrue(look.graph(null, 10).isEmpty());
    }

    @Test
    void aGraphGrownByALoopStopsAtTheLimit() {
        session.exec("import torch\nw = torch.ones(1, requires_grad=True)\nt = w\nfor i in range(400):\n    t = t * 1.5");
        AutogradGraph g = graphOf("t");
        assertTrue(g.truncated());
        assertEquals(AutogradGraph.MAX_NODES, g.nodes().size());
    }

    @Test
    void snapshotsKeepAtMostTheElementsAsked() {
        session.exec("import torch\nbig = torch.arange(10.)");
        TensorSnapshot s = look.tensor(look.lookupPath("big"), 4).orElseThrow();
        assertArrayEquals(new double[] {0, 1, 2, 3}, s.values());
        assertFalse(s.complete());
        assertEquals(10, s.numel());
        assertEquals("torch.float32", s.dtype());
        assertTrue(look.tensor("text", 4).isEmpty());
    }

    @Test
    void dottedPathsReachAttributes() {
        tinyLinear();
        assertEquals(look.lookupPath("model.weight"), ((dev.kindling.nn.Module) session.get("model"))
                .namedParameters().get("weight"));
        assertNull(look.lookupPath("model.nothing"));
        assertNull(look.lookupPath("model."));
        assertNull(look.lookupPath("missing.weight"));
    }

    private static AutogradGraph.Node node(AutogradGraph g, String name) {
        return g.nodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    private static AutogradGraph.Node leaf(AutogradGraph g, String label) {
        return g.nodes().stream().filter(n -> label.equals(n.label())).findFirst().orElseThrow();
    }

    private static Set<String> labels(AutogradGraph g, Kind kind) {
        return g.nodes().stream().filter(n -> n.kind() == kind).map(AutogradGraph.Node::label).collect(Collectors.toSet());
    }
}
