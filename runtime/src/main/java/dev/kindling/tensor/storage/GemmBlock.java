package dev.kindling.tensor.storage;

import java.util.Arrays;

/**
 * One rectangle of a row-major product {@code out[n x m] = op(a)[n x k] * op(b)[k x m]}, in double,
 * computed in cache-sized pieces by {@link JavaGemm}. Each thread computing a part of a product
 * makes its own block, which works in that thread's buffers.
 *
 * <p>Every output element is summed from 0 in the order of k, {@code out += a[i][p] * b[p][j]},
 * as the heap loop of {@code dev.kindling.tensor.LinearAlgebra} sums it: blocking only changes
 * which elements are worked on when, so a product gives the heap loop's bits whatever its shape,
 * its parts or the cores that ran them.
 *
 * <p>The order of work: for a tile of {@link #COLUMNS} output columns and {@link #DEPTH} steps of
 * k (a panel of b, 256 KB, which stays in the core's L2 cache), each group of {@link #ROWS}
 * output rows is kept in a small work array while the panel's rows are added in. a is read in
 * place through its transpose flag. The panel is first copied into rows of its own, from either
 * layout of b: read in place, a transposed b would be read one element per cache line, and the
 * rows of a b whose row length is a power of two (1024 doubles) fall on the same few cache sets
 * and evict each other.
 *
 * <p>Why each row of b is copied next to the tile before it is added in: HotSpot 17 vectorises
 * the inner loop only when all the arrays it writes and reads are one array at fixed distances
 * (it cannot tell that two arrays, or two rows at offsets known only at run time, do not overlap).
 * With the copy, the loop runs on AVX2 vectors; without it, one element at a time. Four rows,
 * not more: the loop body of more rows (or of two steps of k at once) is too large for HotSpot to
 * unroll, and then it is not vectorised either.
 *
 * <pre>{@code
 * new GemmBlock(x, y, out, k, m).compute(0, n, 0, m);   // the whole n x m product on this thread
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
    /**
     * Each thread's work array and panel, kept for its next product: zeroing a fresh 256 KB panel
     * costs a noticeable part of a product near {@link NativeMatmul#THRESHOLD}.
     */
    private static final ThreadLocal<double[][]> BUFFERS = ThreadLocal.withInitial(
            () -> new double[][] {new double[(ROWS + 1) * COLUMNS], new double[DEPTH * COLUMNS]});
    /** The tile's rows, then the row of b being added in. */
    private final double[] work;
    /** The rows of b's panel being worked on, {@link #COLUMNS} apart. */
    private final double[] panel;

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

    /**
     * The product {@code out = a * b} of an {@code n x k} and a {@code k x m} operand, computed
     * on the thread that makes this block (it works in that thread's buffers).
     */
    GemmBlock(Operand a, Operand b, double[] out, int k, int m) {
        this.a = a;
        this.b = b;
        this.out = out;
        this.k = k;
        this.m = m;
        double[][] buffers = BUFFERS.get();
        this.work = buffers[0];
        this.panel = buffers[1];
    }

    /** Sets output rows [rowFrom, rowTo) and columns [colFrom, colTo) of {@code out}. */
    void compute(int rowFrom, int rowTo, int colFrom, int colTo) {
        for (int col = colFrom; col < colTo; col += COLUMNS) {
            int width = Math.min(COLUMNS, colTo - col);
            for (int first = 0; first < k; first += DEPTH) {
                int count = Math.min(DEPTH, k - first);
                pack(col, width, first, count);
                int row = rowFrom;
                for (; row + ROWS <= rowTo; row += ROWS) {
                    tile(row, col, width, first, count);
                }
                for (; row < rowTo; row++) {
                    singleRow(row, col, width, first, count);
                }
            }
        }
    }

    /** Copies rows {@code [first, first + count)} of b's columns {@code [col, col + width)} into {@link #panel}. */
    private void pack(int col, int width, int first, int count) {
        if (b.colStep() == 1) {
            for (int p = 0; p < count; p++) {
                System.arraycopy(b.data(), b.index(first + p, col), panel, p * COLUMNS, width);
            }
            return;
        }
        int j = 0;
        for (; j + 4 <= width; j += 4) {
            packColumns(b.index(first, col + j), j, count);
        }
        for (; j < width; j++) {
            int from = b.index(first, col + j);
            for (int p = 0; p < count; p++) {
                panel[p * COLUMNS + j] = b.data()[from + p * b.rowStep()];
            }
        }
    }

    /**
     * Four columns of a transposed b, from {@code from} on, into panel columns {@code j..j+3}: four
     * at a time, so that each panel row's cache line is written once, not four times.
     */
    private void packColumns(int from, int j, int count) {
        double[] y = b.data();
        int c = b.colStep();
        int step = b.rowStep();
        for (int p = 0, at = j, q = from; p < count; p++, at += COLUMNS, q += step) {
            panel[at] = y[q];
            panel[at + 1] = y[q + c];
            panel[at + 2] = y[q + 2 * c];
            panel[at + 3] = y[q + 3 * c];
        }
    }

    /** Output rows {@code [row, row + ROWS)} of the tile: the panel's rows added into them in order of k. */
    private void tile(int row, int col, int width, int first, int count) {
        int o = row * m + col;
        for (int r = 0; r < ROWS; r++) {
            if (first == 0) {
                Arrays.fill(work, r * COLUMNS, r * COLUMNS + width, 0.0);
            } else {
                System.arraycopy(out, o + r * m, work, r * COLUMNS, width);
            }
        }
        double[] x = a.data();
        int step = a.rowStep();
        int at = a.index(row, first);
        for (int p = 0; p < count; p++, at += a.colStep()) {
            System.arraycopy(panel, p * COLUMNS, work, B_ROW, width);
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
    private void singleRow(int row, int col, int width, int first, int count) {
        int o = row * m + col;
        if (first == 0) {
            Arrays.fill(out, o, o + width, 0.0);
        }
        int at = a.index(row, first);
        for (int p = 0; p < count; p++, at += a.colStep()) {
            addScaled(out, o, a.data()[at], panel, p * COLUMNS, width);
        }
    }

    /** {@code out[o + j] += x * y[from + j]} for j below {@code width}. */
    private static void addScaled(double[] out, int o, double x, double[] y, int from, int width) {
        for (int j = 0; j < width; j++) {
            out[o + j] += x * y[from + j];
        }
    }
}
