package dev.kindling.lang.modules.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Nice tick values at 1-2-5 steps, and labels with the decimals the step needs. */
class TicksTest {
    @Test
    void ticksFallOnNiceSteps() {
        Ticks t = Ticks.between(-2.45, 51.45, 9);
        assertArrayEquals(new String[] {"0", "10", "20", "30", "40", "50"}, t.labels);
        Ticks small = Ticks.between(-0.05, 1.05, 9);
        assertArrayEquals(new String[] {"0.0", "0.2", "0.4", "0.6", "0.8", "1.0"}, small.labels);
        Ticks negative = Ticks.between(-3.3, 3.3, 9);
        assertEquals("\u22123", negative.labels[0]);
        assertEquals("0", negative.labels[3]);
    }

    @Test
    void formatStringsParseLikeMatplotlib() {
        FormatString f = FormatString.parse("bo");
        assertEquals("o", f.marker());
        assertEquals("", f.lineStyle());
        assertEquals(Colors.ofLetter('b'), f.color());
        assertEquals("--", FormatString.parse("--").lineStyle());
        assertEquals(null, FormatString.parse("--").color());
        assertEquals(Colors.cycle(1), FormatString.parse("C1:").color());
    }
}
