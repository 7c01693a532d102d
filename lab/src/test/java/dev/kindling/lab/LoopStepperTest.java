package dev.kindling.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;

/** The five-step stepper on a real session: each click one line of the course's loop. */
class LoopStepperTest {
    private final Session session = Kindling.builder().build().newSession();
    private final LoopStepper stepper = new LoopStepper(new SessionCode(session, "<lab-stepper>"));

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theFirstStepMakesTheCoursesDataAndModelThenRunsTheForwardPass() {
        String json = stepper.advance();
        assertEquals(0, number(json, "last"));
        assertEquals(1, number(json, "next"));
        double w = item("step_model.weight"), b = item("step_model.bias");
        assertEquals(w, number(json, "weight"), 0.0);
        assertEquals(b, number(json, "bias"), 0.0);
        double x0 = item("step_sqft[0, 0]");
        assertEquals(w * x0 + b, first(json, "pred"), 1e-4, "the prediction is w*x+b of the session's model");
        assertEquals(100, ((Number) session.eval("len(step_price)")).intValue());
        assertTrue(json.contains("\"weight_grad\":null"), "no gradient before backward: " + json);
        assertTrue(json.contains("\"loss\":null"), json);
    }

    @Test
    void aWholeEpochMovesTheWeightByMinusLrTimesItsGradientThenClearsIt() {
        stepper.advance();
        String afterLoss = stepper.advance();
        assertEquals(item("step_loss"), number(afterLoss, "loss"), 0.0);
        String afterBackward = stepper.advance();
        double w = number(afterBackward, "weight"), g = number(afterBackward, "weight_grad");
        double b = number(afterBackward, "bias"), gb = number(afterBackward, "bias_grad");
        assertTrue(g != 0 && gb != 0, afterBackward);
        String afterStep = stepper.advance();
        assertEquals((float) (w - LoopStepper.LEARNING_RATE * g), (float) number(afterStep, "weight"), 1e-3);
        assertEquals((float) (b - LoopStepper.LEARNING_RATE * gb), (float) number(afterStep, "bias"), 1e-4);
        assertEquals(g, number(afterStep, "weight_grad"), 0.0, "step leaves the gradient");
        String afterZero = stepper.advance();
        assertTrue(afterZero.contains("\"weight_grad\":null"), "zero_grad sets it to None: " + afterZero);
        assertEquals(1, number(afterZero, "epoch"));
        assertEquals(0, number(afterZero, "next"));
        assertEquals(4, number(afterZero, "last"));
    }

    @Test
    void aStepThatRaisesShowsItsTracebackAndDoesNotAdvance() {
        stepper.advance();
        session.exec("del step_pred");
        String json = stepper.advance();
        assertTrue(json.contains("\"error\":\"Traceback (most recent call last):")
                && json.contains("NameError: name 'step_pred' is not defined"), json);
        assertEquals(1, number(json, "next"), "the loss step is still next");
        assertEquals(Boolean.TRUE, session.eval("step_loss is None"), "no loss was computed");
    }

    @Test
    void resetStartsOverWithTheNextStepForward() {
        stepper.advance();
        stepper.advance();
        String json = stepper.reset();
        assertEquals(0, number(json, "next"));
        assertEquals(-1, number(json, "last"));
        assertTrue(json.contains("\"pred\":null"), json);
    }

    private double item(String expression) {
        return ((Number) session.eval("(" + expression + ").item()")).doubleValue();
    }

    static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(-?[0-9.Ee+-]+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Double.parseDouble(m.group(1));
    }

    static double first(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\\[(-?[0-9.Ee+-]+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Double.parseDouble(m.group(1));
    }
}
