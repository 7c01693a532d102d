package dev.kindling.lang.modules.plot;

/**
 * A grid of terminal cells, each a Unicode braille character (U+2800..U+28FF) of 2 x 4 dots, so
 * a chart of c columns and r rows has 2c x 4r dots. Dots are addressed from the top left; each
 * cell remembers the series that last set one of its dots, for its color.
 */
final class BrailleCanvas {
    /** The bit of each dot in a braille cell, by [row][column] within the cell (Unicode's dot numbering). */
    private static final int[][] DOT_BITS = {{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}};
    static final int NO_SERIES = -1;
    /** The braille cell without dots. */
    static final char BLANK = '\u2800';

    private final int columns;
    private final int rows;
    private final int[] bits;
    private final int[] series;

    BrailleCanvas(int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
        this.bits = new int[columns * rows];
        this.series = new int[columns * rows];
        java.util.Arrays.fill(series, NO_SERIES);
    }

    int dotWidth() {
        return 2 * columns;
    }

    int dotHeight() {
        return 4 * rows;
    }

    /** Sets the dot at (x, y) for a series; dots outside the grid are ignored. */
    void set(int x, int y, int seriesIndex) {
        if (x < 0 || y < 0 || x >= dotWidth() || y >= dotHeight()) {
            return;
        }
        int cell = (y / 4) * columns + x / 2;
        bits[cell] |= DOT_BITS[y % 4][x % 2];
        series[cell] = seriesIndex;
    }

    /** Sets every dot on the line from (x0, y0) to (x1, y1), ends included (Bresenham's algorithm). */
    void line(int x0, int y0, int x1, int y1, int seriesIndex) {
        int dx = Math.abs(x1 - x0);
        int dy = -Math.abs(y1 - y0);
        int sx = x0 < x1 ? 1 : -1;
        int sy = y0 < y1 ? 1 : -1;
        int error = dx + dy;
        while (true) {
            set(x0, y0, seriesIndex);
            if (x0 == x1 && y0 == y1) {
                return;
            }
            int twice = 2 * error;
            if (twice >= dy) {
                error += dy;
                x0 += sx;
            }
            if (twice <= dx) {
                error += dx;
                y0 += sy;
            }
        }
    }

    /** The braille character of a cell: U+2800 (blank) plus the bits of its dots. */
    char cell(int column, int row) {
        return (char) (BLANK + bits[row * columns + column]);
    }

    /** The series that last set a dot in the cell, or {@link #NO_SERIES}. */
    int seriesAt(int column, int row) {
        return series[row * columns + column];
    }
}
