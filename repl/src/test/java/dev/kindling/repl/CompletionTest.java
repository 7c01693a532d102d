package dev.kindling.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;
import dev.kindling.repl.commands.Commands;

/** What Tab offers, checked on the completer directly (ReplTest checks it through the terminal). */
class CompletionTest {
    private final Session session = Kindling.builder().build().newSession();
    private final KindlingCompleter completer = new KindlingCompleter(session, Commands.standard());

    @AfterEach
    void close() {
        session.close();
    }

    private List<String> complete(String text) {
        return completer.complete(text, text.length());
    }

    @Test
    void keywordsBuiltinsAndNamesInScope() {
        session.exec("learning_rate = 0.1");
        assertTrue(complete("pri").contains("print"));
        assertTrue(complete("x = ").contains("print"), "an empty word after a space lists every name");
        assertTrue(complete("whi").contains("while"));
        assertEquals(List.of("learning_rate"), complete("lear"));
    }

    @Test
    void attributesOfUserObjects() {
        session.exec("class Net:\n    def __init__(self):\n        self.hidden = 1\n    def forward(self, x):\n"
                + "        return x\nmodel = Net()");
        List<String> c = complete("model.");
        assertTrue(c.contains("model.hidden") && c.contains("model.forward"), c.toString());
        assertEquals(List.of("model.forward"), complete("model.fo"));
        assertEquals(List.of("'abc'.upper"), complete("'abc'.up"));
        assertTrue(complete("missing.up").isEmpty());
    }

    @Test
    void keywordArgumentsOfKindlingFunctions() {
        session.exec("def train(model, epochs=10, lr=0.01):\n    pass");
        assertEquals("lr=", complete("train(m, l").get(0));
        assertTrue(complete("train(m, e").contains("epochs="));
    }

    @Test
    void commandsAndFiles() {
        assertEquals(List.of(":load"), complete(":lo"));
        assertTrue(complete(":").contains(":doctor"));
        assertTrue(complete(":load po").contains("pom.xml"), complete(":load po").toString());
    }

    @Test
    void torchModuleTensorMethodsAndKeywords() {
        assumeTrue(session.hasModule("torch"), "torch is not wired in");
        session.exec("import torch\nx = torch.tensor([1.0, 2.0])");
        assertTrue(complete("torch.").contains("torch.tensor"));
        assertTrue(complete("torch.ra").contains("torch.randn"));
        List<String> methods = complete("x.");
        assertTrue(methods.contains("x.backward") && methods.contains("x.reshape") && methods.contains("x.grad"),
                methods.toString());
        assertEquals(List.of("requires_grad="), complete("torch.tensor(3.0, req"));
    }

    @Test
    void nnModuleMembersAndSubmodules() {
        assumeTrue(session.hasModule("torch.nn"), "torch.nn is not wired in");
        session.exec("import torch\nimport torch.nn as nn\nclass Net(nn.Module):\n    def __init__(self):\n"
                + "        super().__init__()\n        self.layers = nn.Sequential(nn.Linear(1, 16), nn.ReLU())\n"
                + "    def forward(self, x):\n        return self.layers(x)\nmodel = Net()");
        assertTrue(complete("nn.").contains("nn.Linear"));
        List<String> c = complete("model.");
        assertTrue(c.contains("model.layers") && c.contains("model.parameters"), c.toString());
    }

    private List<String> keywords(String text) {
        return complete(text).stream().filter(c -> c.endsWith("=")).toList();
    }

    /** An op's keyword arguments come from its schemas: self is input for torch functions and absent for methods. */
    @Test
    void keywordArgumentsOfOpsFromTheirSchemas() {
        assumeTrue(session.hasModule("torch"), "torch is not wired in");
        session.exec("import torch\nimport torch.nn.functional as F\nx = torch.ones(2, 3)");
        assertEquals(List.of("keepdim="), complete("torch.sum(x, ke"));
        assertEquals("input=", complete("torch.sum(inp").get(0), "keywords come before names");
        assertEquals(List.of("dim=", "dtype="), keywords("torch.sum(x, d"), "dim of one overload, dtype of both");
        List<String> function = complete("torch.add(x, ");
        assertTrue(function.containsAll(List.of("input=", "other=", "alpha=")), function.toString());
        assertTrue(!function.contains("self="), function.toString());
        assertEquals(List.of("keepdim="), complete("x.sum(0, ke"));
        List<String> method = complete("x.add(");
        assertTrue(method.containsAll(List.of("other=", "alpha=")), method.toString());
        assertTrue(!method.contains("input=") && !method.contains("self="), "a method's receiver is no argument: " + method);
        assertTrue(complete("F.softmax(x, d").containsAll(List.of("dim=", "dtype=")), complete("F.softmax(x, d").toString());
        assertEquals(List.of("negative_slope="), complete("F.leaky_relu(x, neg"));
    }

    /** An op the binder did not install (a learner's own function of the same name) is not read from the registry. */
    @Test
    void aScriptFunctionNamedLikeAnOpKeepsItsOwnParameters() {
        session.exec("def sum(values, start=0):\n    return start");
        assertEquals(List.of("start="), keywords("sum([1], st"));
    }
}
