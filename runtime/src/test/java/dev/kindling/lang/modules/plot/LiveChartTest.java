package dev.kindling.lang.modules.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;
import dev.kindling.errors.KindlingError;

/** plt.pause in a training loop: the chart redrawn in place in a terminal, what was printed kept above it. */
class LiveChartTest {
    private static final ShowSettings PLAIN = new ShowSettings(true, false, 40, 12);
    private static final Pattern BACK = Pattern.compile("\u001b\\[(\\d+)F\u001b\\[J");
    private static final String LOOP = "import matplotlib.pyplot as plt\nlosses = []\n"
            + "for epoch in range(3):\n    losses.append(10 - epoch)\n    plt.cla()\n    plt.plot(losses)\n"
            + "    if epoch == 1:\n        print('Epoch 1 | Loss: 9.0')\n    plt.pause(0.01)\n";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private Session session(boolean terminal) {
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        return Kindling.builder().out(out).terminal(terminal)
                .module("matplotlib", c -> PyplotModule.createPackage(c, () -> PLAIN)).build().newSession();
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachPauseRedrawsOverTheLastChartKeepingWhatWasPrinted() {
        try (Session s = session(true)) {
            s.exec(LOOP);
        }
        String text = printed();
        String firstChart = text.substring(0, text.indexOf("Epoch 1"));
        int chartLines = (int) firstChart.chars().filter(c -> c == '\n').count();
        Matcher back = BACK.matcher(text);
        assertTrue(back.find());
        assertEquals(chartLines + 1, Integer.parseInt(back.group(1)), "up over the chart and the printed line");
        assertTrue(text.startsWith("Epoch 1 | Loss: 9.0\n", back.end()), "the printed line again, above the new chart");
        assertTrue(back.find());
        assertEquals(chartLines, Integer.parseInt(back.group(1)));
        assertFalse(back.find());
        assertFalse(text.contains("[figure saved"), "pause keeps the figure open and saves nothing");
    }

    @Test
    void aNewRunDrawsAfreshAndShowStillPresentsTheFigure() {
        try (Session s = session(true)) {
            s.exec(LOOP);
            bytes.reset();
            s.exec("plt.pause(0.01)");
            assertFalse(BACK.matcher(printed()).find(), "the prompt came in between: no going back over it");
            s.exec("plt.show()");
        }
        assertTrue(printed().contains("[figure saved to "), printed());
    }

    @Test
    void withoutATerminalPauseOnlyWaits() {
        try (Session s = session(false)) {
            s.exec(LOOP);
            assertEquals("Epoch 1 | Loss: 9.0\n", printed());
            KindlingError e = org.junit.jupiter.api.Assertions.assertThrows(KindlingError.class, () -> s.exec("plt.pause(-1)"));
            assertEquals("sleep length must be non-negative", e.getMessage());
        }
    }
}
