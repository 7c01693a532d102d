package dev.kindling.tensor.storage;

import java.util.Arrays;

/**
 * One rectangle of a row-major product {@code out[n x m] = op(a)[n x k] * op(b)[k x m]}, in double,
 * computed in cache-sized pieces by {@link JavaGemm}. Each thread computing a part of a product has
 * its own block, since the work arrays are written.
 *
 * <p>Every output element is summed from 0 in the order of k, {@code out += a[i][p] * b[p][j]},
 * as the heap loop of {@code dev.kindling.tensor.LinearAlgebra} sums it: blocking only changes
 * which elements are worked on when, so a product gives the heap loop's bits whatever its shape,
 * its parts or the cores that ran them.
 *
 * <p>The order of work: for a tile of {@link #COLUMNS} output columns and {@link #DEPTH} steps of
 * k (a panel of b, about 256 KB, which stays in the core's L2 cache), each group of
 * {@link #ROWS} output rows is kept in a small work array while the panel's rows are added in.
 * Both operands are read in place through their transpose flags, except a transposed b, whose
 * panel is first copied into rows (read down its columns, b would be read one element per cache
 * line).
 *
 * <p>Why each row of b is copied next to the tile before it is added in: HotSpot 17 vectorises
 * the inner loop only when all the arrays it writes and reads are one array at fixed distances
 * (it cannot tell that two arrays, or two rows at offsets known only at run time, do not overlap).
 * With the copy, the loop runs on AVX2 vectors; without it, one element at a time. Four rows, not more: the loop body of more rows is too large for HotSpot to
 * unroll, and then it is not vectorised either.
 *
 * <pre>{@code
 * new GemmBlock(x, y, out, n, k, m).compute(0, n, 0, m);   // the whole product on this thread
 * }</pre>
 */
final class GemmBlock {
    /** Output rows computed together (see the class comment for why four). */
    static final int ROWS = 4;
    /** Output columns per tile. */
    static final int COLUMNS = 128;
    /** Steps of k per pass over a tile. */
    static final int DEPTH = 256;
    /** Where the row of b being added sits in {@link #work}, after the tile's rows. */
    private static final int B_ROW = ROWS * COLUMNS;

    private final Operand a;
    private final Operand b;
    private final double[] out;
    private final int k;
    private final int m;
    private final double[] work = new double[(ROWS + 1) * COLUMNS];
    /** A transposed b's panel, copied into rows; made on first use. */
    private double[] panel;

    /** An operand's elements and where {@code (row, col)} of the matrix it stands for lies in them. */
    record Operand(double[] data, int offset, int rowStep, int colStep) {
        /** A {@code rows x cols} operand given as stored, or as the transpose of a stored {@code cols x rows} matrix. */
        static Operand of(double[] data, int offset, boolean transposed, int rows, int cols) {
            return transposed ? new Operand(data, offset, 1, rows) : new Operand(data, offset, cols, 1);
        }

        int index(int row, int col) {
            return offset + row * rowStep + col * colStep;
        }
    }

    /** The product {@code out = a * b} of an {@code n x k} and a {@code k x m} operand. */
    GemmBlock(Operand a, Operand b, double[] out, int k, int m) {
        this.a = a;
        this.b = b;
        this.out = out;
        this.k = k;
        this.m = m;
    }

    /** Sets output rows [rowFrom, rowTo) and columns [colFrom, colTo) of {@code out}. */
    void compute(int rowFrom, int rowTo, int colFrom, int colTo) {
        for (int col = colFrom; col < colTo; col += COLUMNS) {
            int width = Math.min(COLUMNS, colTo - col);
            for (int depth = 0; depth < k; depth += DEPTH) {
                Panel rows = panel(col, width, depth, Math.min(DEPTH, k - depth));
                int row = rowFrom;
                for (; row + ROWS <= rowTo; row += ROWS) {
                    tile(row, col, width, rows);
                }
                for (; row < rowTo; row++) {
                    singleRow(row, col, width, rows);
                }
            }
        }
    }

    /**
     * Rows {@code [first, first + count)} of b's columns {@code [col, col + width)}: row
     * {@code p} starts at {@code data[start + p * step]}.
     */
    private record Panel(double[] data, int start, int step, int first, int count) {}

    /** b's panel for these columns and steps of k, in place unless b is transposed. */
    private Panel panel(int col, int width, int first, int count) {
        if (b.colStep() == 1) {
            return new Panel(b.data(), b.index(first, col), b.rowStep(), first, count);
        }
        if (panel == null) {
            panel = new double[DEPTH * COLUMNS];
        }
        for (int j = 0; j < width; j++) {
            int from = b.index(first, col + j);
            for (int p = 0; p < count; p++) {
                panel[p * COLUMNS + j] = b.data()[from + p];
            }
        }
        return new Panel(panel, 0, COLUMNS, first, count);
    }

    /** Output rows {@code [row, row + ROWS)} of the tile: the panel's rows added into them in order of k. */
    private void tile(int row, int col, int width, Panel rows) {
        int o = row * m + col;
        for (int r = 0; r < ROWS; r++) {
            if (rows.first() == 0) {
                Arrays.fill(work, r * COLUMNS, r * COLUMNS + width, 0.0);
            } else {
                System.arraycopy(out, o + r * m, work, r * COLUMNS, width);
            }
        }
        double[] x = a.data();
        int step = a.rowStep();
        int at = a.index(row, rows.first());
        for (int p = 0; p < rows.count(); p++, at += a.colStep()) {
            System.arraycopy(rows.data(), rows.start() + p * rows.step(), work, B_ROW, width);
            addRow(work, width, x[at], x[at + step], x[at + 2 * step], x[at + 3 * step]);
        }
        for (int r = 0; r < ROWS; r++) {
            System.arraycopy(work, r * COLUMNS, out, o + r * m, width);
        }
    }

    /** Adds {@code x_r} times the row of b at {@link #B_ROW} to each of the tile's four rows. */
    private static void addRow(double[] w, int width, double x0, double x1, double x2, double x3) {
        for (int j = 0; j < width; j++) {
            double y = w[B_ROW + j];
            w[j] += x0 * y;
            w[COLUMNS + j] += x1 * y;
            w[2 * COLUMNS + j] += x2 * y;
            w[3 * COLUMNS + j] += x3 * y;
        }
    }

    /** A row left over below a group of four: the panel's rows added straight into the output. */
    private void singleRow(int row, int col, int width, Panel rows) {
        int o = row * m + col;
        if (rows.first() == 0) {
            Arrays.fill(out, o, o + width, 0.0);
        }
        int at = a.index(row, rows.first());
        for (int p = 0; p < rows.count(); p++, at += a.colStep()) {
            addScaled(out, o, a.data()[at], rows.data(), rows.start() + p * rows.step(), width);
        }
    }

    /** {@code out[o + j] += x * y[from + j]} for j below {@code width}. */
    private static void addScaled(double[] out, int o, double x, double[] y, int from, int width) {
        for (int j = 0; j < width; j++) {
            out[o + j] += x * y[from + j];
        }
    }
}
