package dev.kindling.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.PyList;

/** The embedding API: sessions keep state, exchange values, and can be stopped. */
class SessionTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Session session = Kindling.builder()
            .out(new PrintStream(bytes, true, StandardCharsets.UTF_8)).build().newSession();

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void stateLivesAcrossExecCalls() {
        session.exec("x = 40");
        session.exec("x += 2\nprint(x)");
        assertEquals("42\n", output());
        assertEquals(42L, session.get("x"));
    }

    @Test
    void hostValuesBecomePythonValues() {
        session.set("n", 3);
        session.set("items", List.of(1, 2.5f, "a"));
        session.exec("print(n * 2, items)");
        assertEquals("6 [1, 2.5, 'a']\n", output());
    }

    @Test
    void evalReturnsTheValue() {
        Object v = session.eval("[i * i for i in range(4)]");
        assertTrue(v instanceof PyList);
        assertEquals(4, ((PyList) v).size());
    }

    @Test
    void interactiveEchoesExpressionsAndSetsUnderscore() {
        session.execInteractive("1 + 1");
        session.execInteractive("None");
        session.execInteractive("_ * 10");
        session.execInteractive("'text'");
        assertEquals("2\n20\n'text'\n", output());
    }

    @Test
    void errorsCarryAPythonTraceback() {
        KindlingError e = assertThrows(KindlingError.class, () -> session.exec("def f():\n    return {}['k']\nf()", "m.py"));
        assertEquals(ErrorType.KEY_ERROR, e.type());
        String text = Session.formatError(e);
        assertTrue(text.startsWith("Traceback (most recent call last):\n  File \"m.py\", line 3, in <module>"), text);
        assertTrue(text.endsWith("KeyError: 'k'\n"), text);
    }

    @Test
    void cancelStopsAnInfiniteLoopWithKeyboardInterruptAndKeepsTheSession() throws Exception {
        session.exec("counter = 0");
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException ignored) {
                return;
            }
            session.cancel();
        });
        canceller.start();
        KindlingError e = assertThrows(KindlingError.class, () -> session.exec("while True:\n    counter += 1"));
        canceller.join();
        assertEquals(ErrorType.KEYBOARD_INTERRUPT, e.type());
        session.exec("print(counter > 0)");
        assertEquals("True\n", output());
    }

    @Test
    void stepBudgetStopsRunawayCode() {
        Session limited = Kindling.builder().stepBudget(10_000).build().newSession();
        KindlingError e = assertThrows(KindlingError.class, () -> limited.exec("while True:\n    pass"));
        assertEquals(ErrorType.RUNTIME_ERROR, e.type());
        assertTrue(e.getMessage().contains("step budget"), e.getMessage());
    }

    @Test
    void sessionsAreIndependent() {
        Session other = Kindling.builder().build().newSession();
        session.exec("shared = 1");
        assertEquals(null, other.get("shared"));
    }
}
