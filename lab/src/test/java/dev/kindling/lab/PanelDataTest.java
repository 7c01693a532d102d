package dev.kindling.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;

/** The JSON the Variables and Graph panels read, from a real session. */
class PanelDataTest {
    private final Session session = Kindling.builder().build().newSession();

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void variablesAreTheRowsOfVars() {
        session.exec("import torch\nw = torch.zeros(2, 3, requires_grad=True)\nn = 5\n_hidden = 1");
        assertEquals("{\"variables\":[{\"name\":\"w\",\"type\":\"Tensor\",\"shape\":\"[2, 3]\",\"dtype\":\"float32\","
                + "\"requires_grad\":\"True\",\"grad\":\"no\"},{\"name\":\"n\",\"type\":\"int\",\"shape\":\"\","
                + "\"dtype\":\"\",\"requires_grad\":\"\",\"grad\":\"\"}]}", PanelData.variables(session.introspection()));
    }

    @Test
    void aTensorByDottedNameCarriesItsShapeAndValues() {
        session.exec("import torch\nclass Box:\n    pass\nb = Box()\nb.t = torch.tensor([[1.5, -2.0]])");
        assertEquals("{\"name\":\"b.t\",\"shape\":[1, 2],\"dtype\":\"torch.float32\",\"values\":[1.5,-2],\"complete\":true}",
                PanelData.tensor(session.introspection(), "b.t"));
        assertEquals("{\"error\":\"'b' is not a tensor of this session\"}", PanelData.tensor(session.introspection(), "b"));
        assertEquals("{\"error\":\"'\\u003cx\\u003e' is not a tensor of this session\"}",
                PanelData.graph(session.introspection(), "<x>"), "names are escaped for the page");
    }

    @Test
    void aGraphListsNodesEdgesAndWhetherBackwardRan() {
        session.exec("import torch\nw = torch.tensor([2.0], requires_grad=True)\nloss = (w * 3).sum()\nloss.backward()");
        String json = PanelData.graph(session.introspection(), "loss");
        assertTrue(json.startsWith("{\"name\":\"loss\",\"nodes\":[{\"id\":0,\"kind\":\"operation\",\"name\":\"SumBackward0\","
                + "\"label\":\"loss\",\"shape\":[],\"value\":{\"shape\":[],\"dtype\":\"torch.float32\",\"values\":[6],"), json);
        assertTrue(json.contains("{\"id\":2,\"kind\":\"leaf\",\"name\":\"AccumulateGrad\",\"label\":\"w\",\"shape\":[1],"
                + "\"value\":{\"shape\":[1],\"dtype\":\"torch.float32\",\"values\":[2],\"complete\":true},"
                + "\"grad\":{\"shape\":[1],\"dtype\":\"torch.float32\",\"values\":[3],\"complete\":true}}"), json);
        assertTrue(json.contains("{\"id\":3,\"kind\":\"input\",\"name\":\"input\",\"label\":null,\"shape\":[],"
                + "\"value\":{\"shape\":[],\"dtype\":\"torch.int64\",\"values\":[3],\"complete\":true},\"grad\":null}"),
                "the constant 3 is an input that needs no gradient: " + json);
        assertTrue(json.endsWith("\"edges\":[{\"from\":1,\"to\":0,\"input\":0},{\"from\":2,\"to\":1,\"input\":0},"
                + "{\"from\":3,\"to\":1,\"input\":1}],\"backward\":true,\"truncated\":false}"), json);
    }
}
