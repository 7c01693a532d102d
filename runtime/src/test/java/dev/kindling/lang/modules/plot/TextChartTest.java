package dev.kindling.lang.modules.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;

/**
 * plt.show()'s text chart, drawn with fixed settings (not this machine's environment): the whole
 * chart of a small figure, exact cells for known points, and colors only where allowed.
 */
class TextChartTest {
    private static final ShowSettings PLAIN = new ShowSettings(true, false, 40, 12);

    /** What a script prints when show() uses these settings, less the last line (the PNG's path). */
    static String chart(String code, ShowSettings settings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Session s = Kindling.builder().out(out)
                .module("matplotlib", c -> PyplotModule.createPackage(c, () -> settings)).build().newSession()) {
            s.exec("import matplotlib.pyplot as plt\n" + code + "\nplt.show()");
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        String last = text.substring(text.lastIndexOf('\n', text.length() - 2) + 1);
        assertTrue(last.startsWith("[figure saved to "), last);
        return text.substring(0, text.length() - last.length());
    }

    /**
     * The expected text was printed by Kindling (figures have no PyTorch/CPython counterpart) and
     * checked by hand: 5 rows of 35 cells (12 lines less 7 of frame, labels and legend), the view
     * (-0.2, 4.2) x (-0.8, 16.8) putting (0, 0) at dot (3, 18) and (4, 16) at dot (66, 1), the
     * ticks 0, 2, 4 at dot columns 3, 35, 66 and 0, 10 at dot rows 18, 7, the title centred over
     * the plot area and the legend starting at its first column.
     */
    @Test
    void aLineWithTitleLabelsAndLegend() {
        String expected = """
                                  squares
                value
                   ┌───────────────────────────────────┐
                   │                              ⢀⡠⠔⠂ │
                10 ┤                          ⣀⠤⠒⠉⠁    │
                   │                     ⣀⠤⠔⠊⠉         │
                   │             ⢀⣀⣀⡠⠤⠔⠊⠉              │
                 0 ┤ ⠠⠤⠤⠤⠔⠒⠒⠒⠒⠒⠉⠉⠁                     │
                   └─┬───────────────┬───────────────┬─┘
                     0               2               4
                                     x
                    ── y=x²
                """;
        assertEquals(expected, chart("plt.plot([0, 1, 2, 3, 4], [0, 1, 4, 9, 16], label='y=x²')\n"
                + "plt.title('squares')\nplt.xlabel('x')\nplt.ylabel('value')", PLAIN));
    }

    @Test
    void scatterPointsAtTheViewsCornersSetTheCornerDots() {
        String text = chart("plt.scatter([0, 1], [1, 0])\nplt.xlim(0, 1)\nplt.ylim(0, 1)", PLAIN);
        String[] lines = text.split("\n");
        String top = lines[1];
        String bottom = lines[lines.length - 3];
        int left = top.indexOf('\u2524') >= 0 ? top.indexOf('\u2524') : top.indexOf('\u2502');
        assertEquals('\u2801', top.charAt(left + 1), "(0, 1): the top-left dot of the first cell:\n" + text);
        int right = bottom.lastIndexOf('\u2502');
        assertEquals('\u2880', bottom.charAt(right - 1), "(1, 0): the bottom-right dot of the last cell:\n" + text);
        long marked = text.chars().filter(ch -> ch > '\u2800' && ch <= '\u28ff').count();
        assertEquals(2, marked, "nothing else drawn");
    }

    @Test
    void eachSeriesHasItsColorInATerminalAndNoneOtherwise() {
        String code = "plt.plot([0, 1], [0, 1], label='a')\nplt.plot([0, 1], [1, 0], label='b')";
        String colored = chart(code, new ShowSettings(true, true, 40, 12));
        assertTrue(colored.contains("\u001b[38;5;31m"), "tab:blue as the cube's nearest color");
        assertTrue(colored.contains("\u001b[38;5;208m"), "tab:orange");
        assertTrue(colored.contains("\u001b[38;5;31m\u2500\u2500\u001b[0m a"), "the legend's marks are colored");
        assertFalse(chart(code, PLAIN).contains("\u001b"));
    }
}
