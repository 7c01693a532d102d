package dev.kindling.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;

/** The data-flow widget's 2-3-1 network, computed by a real session. */
class FlowNetworkTest {
    private final Session session = Kindling.builder().build().newSession();
    private final FlowNetwork flow = new FlowNetwork(new SessionCode(session, "<lab-flow>"));

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void forwardGivesTheHiddenLayerAndTheOutputOfTheSessionsNetwork() {
        String json = flow.forward(1.5, -0.5);
        double out = ((Number) session.eval("flow_net(torch.tensor([[1.5, -0.5]])).item()")).doubleValue();
        assertEquals(out, LoopStepperTest.first(json, "out"), 0.0);
        double h0 = ((Number) session.eval("torch.relu(flow_net[0](torch.tensor([[1.5, -0.5]])))[0, 0].item()"))
                .doubleValue();
        assertEquals(h0, LoopStepperTest.first(json, "hidden"), 0.0);
        assertEquals(1.5, LoopStepperTest.first(json, "x"), 0.0);
        assertTrue(json.contains("\"grad\":null"), "no gradients before a backward pass: " + json);
        assertTrue(json.matches(".*\"w1\":\\[[^]]*(,[^],]*){5}].*"), "six first-layer weights: " + json);
    }

    @Test
    void backwardSendsTheSquaredErrorBackToEveryNodeAndWeight() {
        String json = flow.backward(1.0, 2.0, 3.0);
        double out = LoopStepperTest.first(json, "out");
        assertEquals(2 * (out - 3.0), LoopStepperTest.first(json.substring(json.indexOf("\"grad\":{")), "out"), 1e-5,
                "d(out - target)^2 / d out");
        assertEquals((out - 3.0) * (out - 3.0), LoopStepperTest.number(json, "loss"), 1e-4);
        double gx = ((Number) session.eval("flow_x.grad[0, 0].item()")).doubleValue();
        assertEquals(gx, LoopStepperTest.first(json.substring(json.indexOf("\"grad\":{")), "x"), 0.0);
        assertEquals(3.0, LoopStepperTest.number(json, "target"), 0.0);
    }

    @Test
    void resetGivesNewWeightsAndInputsMustBeFiniteNumbers() {
        flow.forward(1, 1);
        String before = String.valueOf(session.eval("flow_net[0].weight.tolist()"));
        flow.reset();
        assertTrue(!before.equals(String.valueOf(session.eval("flow_net[0].weight.tolist()"))));
        assertThrows(IllegalArgumentException.class, () -> FlowNetwork.literal(Double.NaN));
        assertEquals("-2.5", FlowNetwork.literal(-2.5));
    }
}
