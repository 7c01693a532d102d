package dev.kindling.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A session's pyplot figures as data for a host: sent by pause, draw and show, as they stand. */
class FigureListenerTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Session session = Kindling.builder().out(new PrintStream(out, true, StandardCharsets.UTF_8))
            .build().newSession();
    private final List<FigureData> seen = new ArrayList<>();

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void pauseSendsEachOpenFigureAsItStandsAndKeepsItOpen() {
        session.setFigureListener(seen::add);
        session.exec(String.join("\n",
                "import matplotlib.pyplot as plt",
                "losses = []",
                "for i in range(3):",
                "    losses.append(10 - i)",
                "    plt.clf()",
                "    plt.plot(losses, 'r--', label='loss')",
                "    plt.title('training')",
                "    plt.xlabel('step')",
                "    plt.pause(0.001)"));
        assertEquals(3, seen.size());
        FigureData last = seen.get(2);
        assertEquals(1, last.number());
        assertEquals("training", last.title());
        assertEquals("step", last.xlabel());
        FigureData.Series s = last.series().get(0);
        assertEquals("line", s.kind());
        assertEquals("loss", s.label());
        assertEquals("#ff0000", s.color());
        assertArrayEquals(new double[] {0, 1, 2}, s.x());
        assertArrayEquals(new double[] {10, 9, 8}, s.y());
        assertEquals(1, seen.get(0).series().get(0).y().length, "each pause sends the figure as it was then");
        assertEquals("", out.toString(StandardCharsets.UTF_8), "pause prints nothing");
    }

    @Test
    void showAndDrawSendEveryFigureScattersAndBarsToo() {
        session.setFigureListener(seen::add);
        session.exec(String.join("\n",
                "import matplotlib.pyplot as plt",
                "plt.scatter([1, 2], [3, 4])",
                "plt.draw()",
                "plt.figure(2)",
                "plt.hist([1, 1, 2, 3], bins=2)",
                "plt.show()"));
        assertEquals(List.of(1, 1, 2), seen.stream().map(FigureData::number).toList());
        assertEquals("scatter", seen.get(0).series().get(0).kind());
        assertNull(seen.get(0).series().get(0).label());
        assertEquals("bars", seen.get(2).series().get(0).kind());
        assertArrayEquals(new double[] {2, 2}, seen.get(2).series().get(0).y());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("[figure saved to"), "show still saves its files");
    }

    @Test
    void withoutAListenerPauseOnlyWaitsAndAfterDetachingNothingArrives() {
        session.exec("import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.pause(0)");
        session.setFigureListener(seen::add);
        session.exec("plt.pause(0)");
        session.setFigureListener(null);
        session.exec("plt.pause(0)");
        assertEquals(1, seen.size());
    }

    @Test
    void pauseNeedsItsInterval() {
        dev.kindling.errors.KindlingError e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.kindling.errors.KindlingError.class, () -> session.exec("import matplotlib.pyplot as plt\nplt.pause()"));
        assertEquals(dev.kindling.errors.ErrorType.TYPE_ERROR, e.type());
        assertTrue(e.getMessage().startsWith("pause() missing") && e.getMessage().contains("'interval'"), e.getMessage());
    }
}
