package dev.kindling.lang.modules.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The braille rasteriser: which dots a line or a point sets, as the characters of known cells. */
class BrailleCanvasTest {
    private static String row(BrailleCanvas canvas, int columns, int row) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            out.append(canvas.cell(c, row));
        }
        return out.toString();
    }

    @Test
    void aDiagonalSetsOneDotPerStep() {
        BrailleCanvas canvas = new BrailleCanvas(2, 1);
        canvas.line(0, 0, 3, 3, 0);
        // dots 1 and 5 in the first cell (U+2811), dots 3 and 8 in the second (U+2884)
        assertEquals("\u2811\u2884", row(canvas, 2, 0));
    }

    @Test
    void aLineIsTheSameDrawnEitherWay() {
        BrailleCanvas forward = new BrailleCanvas(3, 2);
        BrailleCanvas backward = new BrailleCanvas(3, 2);
        forward.line(0, 7, 5, 0, 0);
        backward.line(5, 0, 0, 7, 0);
        for (int r = 0; r < 2; r++) {
            assertEquals(row(forward, 3, r), row(backward, 3, r));
        }
        // dots (0,7) (1,6) (1,5) (2,4) (3,3) (4,2) (4,1) (5,0), worked out by hand
        assertEquals("\u2800\u2880\u280e", row(forward, 3, 0));
        assertEquals("\u2870\u2801\u2800", row(forward, 3, 1));
    }

    @Test
    void aHorizontalLineFillsTheTopDotsOfEachCell() {
        BrailleCanvas canvas = new BrailleCanvas(3, 1);
        canvas.line(0, 0, 5, 0, 0);
        assertEquals("\u2809\u2809\u2809", row(canvas, 3, 0));
    }

    @Test
    void pointsSetSingleDotsAndDotsOutsideAreIgnored() {
        BrailleCanvas canvas = new BrailleCanvas(2, 1);
        canvas.set(1, 3, 0);
        canvas.set(2, 1, 1);
        canvas.set(4, 0, 2);
        canvas.set(-1, 2, 2);
        assertEquals("\u2880\u2802", row(canvas, 2, 0));
        assertEquals(0, canvas.seriesAt(0, 0));
        assertEquals(1, canvas.seriesAt(1, 0));
    }

    @Test
    void aCellTakesTheColorOfTheLastSeriesThere() {
        BrailleCanvas canvas = new BrailleCanvas(1, 1);
        assertEquals(BrailleCanvas.NO_SERIES, canvas.seriesAt(0, 0));
        canvas.set(0, 0, 3);
        canvas.set(1, 1, 5);
        assertEquals(5, canvas.seriesAt(0, 0));
        assertEquals('\u2811', canvas.cell(0, 0));
    }

    @Test
    void segmentsAreClippedToTheView() {
        double[] segment = ViewClip.segment(-10, 0, 10, 0, new double[] {0, 1}, new double[] {-1, 1});
        assertEquals(0, segment[0]);
        assertEquals(1, segment[2]);
        assertEquals(null, ViewClip.segment(0, 5, 1, 5, new double[] {0, 1}, new double[] {-1, 1}));
        assertEquals(null, ViewClip.segment(0, Double.NaN, 1, 0, new double[] {0, 1}, new double[] {-1, 1}));
    }
}
