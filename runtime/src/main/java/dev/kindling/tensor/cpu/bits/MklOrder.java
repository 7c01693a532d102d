package dev.kindling.tensor.cpu.bits;

import java.util.Arrays;

import dev.kindling.tensor.storage.FloatConversions;

/**
 * Small float32 matrix products summed in the order PyTorch 2.13's CPU build gets from MKL's
 * sgemm (the build's BLAS), so that {@code mm}, {@code addmm} and nn.Linear round bit for bit
 * as PyTorch does. MKL's source is closed: the orders below were read off PyTorch itself, by
 * feeding it inputs of +M, -M and ones, whose result tells which terms were added before the two
 * large ones cancelled, and then checked on random matrices of many shapes. Every product is
 * rounded to float before it is added (no fused multiply-add).
 *
 * <ul>
 *   <li>One output column and rows of {@code a} contiguous (a matrix times a vector, as in
 *       {@code nn.Linear(k, 1)}): each row is a dot product of {@code k} terms, read as 4-float
 *       vectors with one accumulator per lane. Rows come in blocks of four; the one to three rows
 *       left over use a second, differently unrolled loop ({@link #blockRow}, {@link #leftoverRow}).
 *   <li>At most 8 output columns, or at most 3 output rows: each output is a plain running sum
 *       over {@code k}, in order. Rechecked at stop 13: this is PyTorch's order for 2 or 3 terms;
 *       with 4 or more, MKL sums otherwise (about half the elements an ulp off, on random
 *       matrices), an order not reproduced yet.
 *   <li>12 or more output columns, rows of {@code a} contiguous, the rows in whole blocks of four
 *       and 2 to 160 terms (an MLP layer on a batch of 4n samples, {@code nn.Linear(2, 16)} on
 *       200): each output a fused multiply-add chain over {@code k}, in order, from +0. Read off
 *       random products of 4-200 rows, 2-160 terms and 12-256 columns, where it matched every
 *       element; with leftover rows, more terms, or 9 to 11 columns MKL orders otherwise.
 *   <li>Anything else (MKL's other blocked kernels, not yet reproduced) is left to the caller.
 * </ul>
 */
final class MklOrder {
    private static final int LANES = 4;
    /** Multiply-adds below which MKL's small-gemm orders were read off and checked (128^3). */
    private static final long CHECKED_BELOW = 1L << 21;

    private MklOrder() {}

    /** Whether this class reproduces the order of an {@code n x k} times {@code k x m} product. */
    static boolean covers(int n, int k, int m, boolean rowsContiguous) {
        if ((long) n * k * m >= CHECKED_BELOW) {
            return false;
        }
        return (m == 1 && rowsContiguous) || m <= 8 || n <= 3 || fusedChains(n, k, m, rowsContiguous);
    }

    /** The blocked kernel whose outputs are fused multiply-add chains (see the class comment). */
    private static boolean fusedChains(int n, int k, int m, boolean rowsContiguous) {
        return rowsContiguous && m >= 12 && k >= 2 && k <= 160 && n % 4 == 0;
    }

    /** {@code out[n x m] = a[n x k] * b[k x m]} in float32. */
    static void multiply(double[] a, double[] b, float[] out, int n, int k, int m, boolean rowsContiguous) {
        if (m == 1 && rowsContiguous) {
            matrixVector(a, b, out, n, k);
        } else if (m <= 8 || n <= 3) {
            runningSums(a, b, out, n, k, m);
        } else {
            fusedChains(a, b, out, n, k, m);
        }
    }

    /**
     * Each output a chain of fused multiply-adds over k, in order, from +0. Why row by row over
     * whole rows of b: each output's chain keeps its order, and the chains of a row are independent,
     * so the JIT runs them side by side in vector registers. Measured on the backward of mlp_batch's
     * last layer (64x10 times 10x128), about 15% of the step as one chain after another, whose
     * every multiply-add waits for the one before.
     */
    private static void fusedChains(double[] a, double[] b, float[] out, int n, int k, int m) {
        if (!rowWise(n, m)) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    float acc = 0f;
                    for (int p = 0; p < k; p++) {
                        acc = Math.fma((float) a[i * k + p], (float) b[p * m + j], acc);
                    }
                    out[i * m + j] = acc;
                }
            }
            return;
        }
        float[][] bRows = rowsAsFloats(b, k, m);
        float[] row = new float[m];
        for (int i = 0; i < n; i++) {
            Arrays.fill(row, 0f);
            for (int p = 0; p < k; p++) {
                float x = (float) a[i * k + p];
                float[] bRow = bRows[p];
                for (int j = 0; j < m; j++) {
                    row[j] = Math.fma(x, bRow[j], row[j]);
                }
            }
            System.arraycopy(row, 0, out, i * m, m);
        }
    }

    /**
     * Each output a running float sum over k, in order (MKL's small-gemm kernel). Only products of
     * at most 8 columns or 3 rows come here, too narrow or too few for {@link #fusedChains}' rows.
     */
    private static void runningSums(double[] a, double[] b, float[] out, int n, int k, int m) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                float acc = 0f;
                for (int p = 0; p < k; p++) {
                    acc += (float) a[i * k + p] * (float) b[p * m + j];
                }
                out[i * m + j] = acc;
            }
        }
    }

    /**
     * Whether the row-by-row form pays: rows long enough to fill vector registers, and enough of
     * them to repay making b's rows into arrays. Why not always: making k arrays for a product of
     * a row or two costs more than the product (measured when running sums took this form too:
     * the course's loop, with a 1 x 100 times 100 x 16 gradient, took 10% longer).
     */
    private static boolean rowWise(int n, int m) {
        return n >= 8 && m >= 16;
    }

    /**
     * The rows of a k x m matrix, as float arrays of their own. Why not one array read at
     * {@code p * m + j}: the JIT does not vectorise a loop that writes one array at j and reads
     * another at an offset, since for all it knows the two are one array; read at j as well, the
     * 64x10 times 10x128 product took 7 us instead of 27.
     */
    private static float[][] rowsAsFloats(double[] b, int k, int m) {
        float[][] rows = new float[k][m];
        for (int p = 0; p < k; p++) {
            FloatConversions.toFloats(b, p * m, rows[p], 0, m);
        }
        return rows;
    }

    private static void matrixVector(double[] a, double[] v, float[] out, int n, int k) {
        int blocked = n / LANES * LANES;
        float[] terms = new float[k];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < k; p++) {
                terms[p] = (float) a[i * k + p] * (float) v[p];
            }
            out[i] = i < blocked ? blockRow(terms) : leftoverRow(terms, (i - blocked) % 2 == 0);
        }
    }

    /**
     * A row in a block of four: the first ((k - 1) mod 4) + 1 terms summed in order, then the
     * rest as 4-float vectors, lane 0 starting from that head sum, then the lanes reduced.
     */
    static float blockRow(float[] terms) {
        int head = (terms.length - 1) % LANES + 1;
        float headSum = runningSum(terms, 0, head, 0f);
        if (head == terms.length) {
            return headSum;
        }
        return reduceLanes(lanes(terms, head, terms.length, LANES, headSum));
    }

    /**
     * A leftover row: the first four terms in order, then eight terms per iteration, into eight
     * lanes for the first and third leftover row and four lanes for the second, then the terms
     * after the last full eight in order.
     */
    static float leftoverRow(float[] terms, boolean eightLanes) {
        int k = terms.length;
        int end = LANES + (k - LANES) / 8 * 8;
        if (k < LANES + 8) {
            return runningSum(terms, 0, k, 0f);
        }
        float headSum = runningSum(terms, 0, LANES, 0f);
        float[] lanes = lanes(terms, LANES, end, eightLanes ? 8 : LANES, headSum);
        if (eightLanes) {
            lanes = foldHalves(lanes);
        }
        return runningSum(terms, end, k, reduceLanes(lanes));
    }

    private static float runningSum(float[] terms, int from, int to, float start) {
        float acc = start;
        for (int p = from; p < to; p++) {
            acc += terms[p];
        }
        return acc;
    }

    /** Terms [from, to) added lane by lane into {@code width} accumulators, lane 0 seeded. */
    private static float[] lanes(float[] terms, int from, int to, int width, float seed) {
        float[] acc = new float[width];
        acc[0] = seed;
        for (int p = from; p < to; p++) {
            acc[(p - from) % width] += terms[p];
        }
        return acc;
    }

    /** Eight lanes to four: lane j plus lane j + 4 (the two halves of a 256-bit register). */
    private static float[] foldHalves(float[] lanes) {
        float[] half = new float[LANES];
        for (int j = 0; j < LANES; j++) {
            half[j] = lanes[j] + lanes[j + LANES];
        }
        return half;
    }

    /** Four lanes to one: (lane 0 + lane 2) + (lane 1 + lane 3), the usual horizontal add. */
    private static float reduceLanes(float[] l) {
        return (l[0] + l[2]) + (l[1] + l[3]);
    }
}
