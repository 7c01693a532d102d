package dev.kindling.tensor.cpu.bits;

/**
 * PyTorch's float32 sum, reproduced operation by operation so that sums, means and the losses
 * built on them round exactly as PyTorch's CPU kernel does (aten/src/ATen/native/cpu/SumKernel.cpp).
 *
 * <p>PyTorch accumulates float32 in float, in a cascade: chunks of at least 16 rows are summed,
 * the chunk sums are summed again on up to four levels, and contiguous data is read as vectors
 * ({@link #LANES} floats wide, each lane its own accumulator) with four vectors in flight. A plain
 * double accumulation gives the exact sum instead, which prints differently (100000. for a
 * million 0.1s, where PyTorch prints 100000.0078). Java's float arithmetic is IEEE single
 * precision, so replaying the same additions in the same order gives the same bits.
 *
 * <p>Not reproduced: full reductions of more than 32768 elements, which PyTorch splits across
 * threads (so its result depends on the thread count); these use the same cascade on one thread.
 */
final class CascadeSum {
    /**
     * Floats per vector in PyTorch's sum kernel: 8 (one AVX2 register). Checked against PyTorch
     * 2.13 on an AVX-512 machine, whose sums match 8 lanes bit for bit and not 16.
     */
    static final int LANES = 8;
    private static final int LEVELS = 4;
    private static final int ILP = 4;

    private CascadeSum() {}

    /** Sums along {@code dim} of a row-major float32 tensor: one float per output element. */
    static float[] sum(float[] data, int[] shape, int dim) {
        int size0 = shape.length == 0 ? 1 : shape[dim];
        int inner = 1;
        for (int i = dim + 1; i < shape.length; i++) {
            inner *= shape[i];
        }
        int outer = size0 * inner == 0 ? 0 : data.length / (size0 * inner);
        if (size0 == 0) {
            int outCount = 1;
            for (int i = 0; i < shape.length; i++) {
                outCount *= i == dim ? 1 : shape[i];
            }
            return new float[outCount];
        }
        float[] out = new float[outer * inner];
        if (inner == 1) {
            for (int o = 0; o < outer; o++) {
                out[o] = sumRange(data, o * size0, size0);
            }
        } else {
            for (int o = 0; o < outer; o++) {
                outer(data, o * size0 * inner, size0, inner, out, o * inner);
            }
        }
        return out;
    }

    /** The sum of all elements (PyTorch coalesces a contiguous tensor to one dimension). */
    static float sumAll(float[] data) {
        return sumRange(data, 0, data.length);
    }

    /** The sum of {@code size} consecutive elements from {@code offset}, as a contiguous tensor of them. */
    private static float sumRange(float[] data, int offset, int size) {
        return size >= LANES ? innerVectorized(data, offset, size) : rowSum(data, offset, size);
    }

    /** vectorized_inner_sum: lanes over consecutive elements, a scalar tail, then the lanes. */
    private static float innerVectorized(float[] block, int offset, int size0) {
        int vectors = size0 / LANES;
        float[] lanes = rowSumVector(block, offset, vectors);
        float acc = 0;
        for (int k = vectors * LANES; k < size0; k++) {
            acc += block[offset + k];
        }
        for (float lane : lanes) {
            acc += lane;
        }
        return acc;
    }

    /** vectorized_outer_sum / scalar_outer_sum: reduce rows, columns contiguous. */
    private static void outer(float[] data, int base, int rows, int cols, float[] out, int outBase) {
        int j = 0;
        if (cols >= LANES) {
            // PyTorch sums ILP * LANES columns at a time; each column's cascade depends only on the
            // rows, so all of those blocks go in one pass.
            int width = ILP * LANES;
            j = cols / width * width;
            if (j > 0) {
                System.arraycopy(multiRowSum(data, base, cols, j, rows), 0, out, outBase, j);
            }
            for (; j + LANES <= cols; j += LANES) {
                float[] sums = rowSumVector(columns(data, base, rows, cols, j, LANES), 0, rows);
                System.arraycopy(sums, 0, out, outBase + j, LANES);
            }
        } else {
            for (; j + (ILP - 1) < cols; j += ILP) {
                float[] sums = multiRowSum(data, base + j, cols, ILP, rows);
                System.arraycopy(sums, 0, out, outBase + j, ILP);
            }
        }
        for (; j < cols; j++) {
            out[outBase + j] = rowSum(columns(data, base, rows, cols, j, 1), 0, rows);
        }
    }

    /**
     * Columns [first, first + width) of the rows x cols block at {@code base}, row after row. Why copies and not
     * reads through lambdas: with several lambdas at one call site the JIT recompiled the
     * summation each time it met a new one (five compilations in an MLP's first steps).
     */
    private static float[] columns(float[] data, int base, int rows, int cols, int first, int width) {
        float[] picked = new float[rows * width];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(data, base + r * cols + first, picked, r * width, width);
        }
        return picked;
    }

    /** row_sum on scalars: the row read as (-1, 4), four cascaded sums, the tail, then the four. */
    private static float rowSum(float[] v, int offset, int size) {
        int sizeIlp = size / ILP;
        float[] partial = multiRowSum(v, offset, ILP, ILP, sizeIlp);
        for (int i = sizeIlp * ILP; i < size; i++) {
            partial[0] += v[offset + i];
        }
        for (int k = 1; k < ILP; k++) {
            partial[0] += partial[k];
        }
        return partial[0];
    }

    /**
     * row_sum on vectors stored one after another in {@code m} (lane l of vector i at
     * {@code offset + i * LANES + l}), read from the array (why: reading through a lambda per element cost
     * about 1 ns, a full sum of 200k floats 190 us).
     */
    private static float[] rowSumVector(float[] m, int offset, int size) {
        int sizeIlp = size / ILP;
        float[] partial = multiRowSum(m, offset, ILP * LANES, ILP * LANES, sizeIlp);
        for (int i = sizeIlp * ILP; i < size; i++) {
            for (int l = 0; l < LANES; l++) {
                partial[l] += m[offset + i * LANES + l];
            }
        }
        for (int k = 1; k < ILP; k++) {
            for (int l = 0; l < LANES; l++) {
                partial[l] += partial[k * LANES + l];
            }
        }
        return java.util.Arrays.copyOf(partial, LANES);
    }

    /**
     * multi_row_sum: {@code cols} independent cascaded sums over {@code size} rows, element
     * (i, k) being {@code m[offset + i * rowStride + k]}. Why arrays and not reads through lambdas: a
     * bias gradient sums 64 rows of 256 columns every step, and such reads (several kinds at one
     * call site, so not inlined) cost more than the additions.
     */
    private static float[] multiRowSum(float[] m, int offset, int rowStride, int cols, int size) {
        int levelPower = Math.max(4, ceilLog2(size) / LEVELS);
        int levelStep = 1 << levelPower;
        int levelMask = levelStep - 1;
        float[][] acc = new float[LEVELS][cols];
        // each row is copied out first: HotSpot 17 vectorises the additions only when both arrays
        // are read at the same index (64x256 column sums: 4.5 us read in place, 1.6 us so)
        float[] row = new float[cols];
        int i = 0;
        while (i + levelStep <= size) {
            for (int j = 0; j < levelStep; j++, i++) {
                System.arraycopy(m, offset + i * rowStride, row, 0, cols);
                float[] level = acc[0];
                for (int k = 0; k < cols; k++) {
                    level[k] += row[k];
                }
            }
            for (int j = 1; j < LEVELS; j++) {
                for (int k = 0; k < cols; k++) {
                    acc[j][k] += acc[j - 1][k];
                    acc[j - 1][k] = 0;
                }
                if ((i & (levelMask << (j * levelPower))) != 0) {
                    break;
                }
            }
        }
        for (; i < size; i++) {
            System.arraycopy(m, offset + i * rowStride, row, 0, cols);
            float[] level = acc[0];
            for (int k = 0; k < cols; k++) {
                level[k] += row[k];
            }
        }
        for (int j = 1; j < LEVELS; j++) {
            for (int k = 0; k < cols; k++) {
                acc[0][k] += acc[j][k];
            }
        }
        return acc[0];
    }

    private static int ceilLog2(int x) {
        return x <= 2 ? 1 : 32 - Integer.numberOfLeadingZeros(x - 1);
    }
}
