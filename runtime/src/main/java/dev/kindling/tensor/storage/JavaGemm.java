package dev.kindling.tensor.storage;

/**
 * Kindling's own matrix product in Java, for float64 products too large for the heap loop, and
 * for float32 ones where oneDNN's sgemm does not load: row-major
 * {@code out[n x m] = op(a)[n x k] * op(b)[k x m]}, summed in double, each operand read through
 * its transpose flag.
 *
 * <p>Why Java and not a native BLAS: the float64 products of a course script are small and rare,
 * while a BLAS shipped in the jar makes most of the jar's size and is unpacked into the user's
 * cache on the first product, which takes seconds. The blocked loop here ({@link GemmBlock}) runs
 * on vectors through HotSpot's auto-vectorisation and needs no native library at all; the cuda
 * build plugs ND4J in instead ({@link GemmBackend}).
 *
 * <p>Bits: each element is summed in the order of k, as the heap loop sums it, so a product gives
 * the same bits along either path, split or not. float64 results may differ from PyTorch's
 * (MKL or OpenBLAS fuse multiply-adds and block k) in the last bits; a float32 result is summed in
 * double and rounded once, as the heap loop does, where sgemm sums in float.
 *
 * <p>Products of at least {@link #SPLIT_FROM} multiply-adds are cut into parts by rows (or by
 * columns, for wide products), shared with {@link SecondCore}'s helper; a part is a multiple of
 * {@link GemmBlock#ROWS} rows or of a vector's width of columns.
 *
 * <pre>{@code
 * JavaGemm.multiply(MatrixOperand.plain(a), MatrixOperand.plain(b), out, n, k, m, false);
 * }</pre>
 */
final class JavaGemm {
    /** Multiply-adds from which a product is shared with the second core. */
    static final long SPLIT_FROM = 1L << 20;
    /** Multiply-adds from which it is cut into {@link #PARTS} parts rather than two. */
    static final long MORE_PARTS_FROM = 1L << 23;
    /** Parts of a large product: more than two, so that a helper that starts late takes fewer. */
    private static final int PARTS = 4;
    /** Column parts start at multiples of this (four AVX2 doubles twice). */
    private static final int COLUMN_UNIT = 8;

    private JavaGemm() {}

    /** {@code out = op(a) * op(b)}; with {@code float32}, each result rounded to float. */
    static void multiply(MatrixOperand a, MatrixOperand b, double[] out, int n, int k, int m, boolean float32) {
        GemmBlock.Operand x = GemmBlock.Operand.of(doubles(a), a.offset(), a.transposed(), n, k);
        GemmBlock.Operand y = GemmBlock.Operand.of(doubles(b), b.offset(), b.transposed(), k, m);
        long multiplyAdds = (long) n * k * m;
        if (multiplyAdds < SPLIT_FROM) {
            new GemmBlock(x, y, out, k, m).compute(0, n, 0, m);
        } else {
            inParts(x, y, out, n, k, m, multiplyAdds >= MORE_PARTS_FROM ? PARTS : 2);
        }
        if (float32) {
            for (int i = 0; i < n * m; i++) {
                out[i] = (float) out[i];
            }
        }
    }

    /** The product in {@code parts} row (or column) ranges, each with its own block, on either thread. */
    private static void inParts(GemmBlock.Operand x, GemmBlock.Operand y, double[] out, int n, int k, int m,
            int parts) {
        boolean byRows = n >= m;
        int size = byRows ? n : m;
        int unit = byRows ? GemmBlock.ROWS : COLUMN_UNIT;
        SecondCore.forEach(parts, (part, worker) -> {
            int from = partStart(part, parts, size, unit);
            int to = partStart(part + 1, parts, size, unit);
            GemmBlock block = new GemmBlock(x, y, out, k, m);
            if (byRows) {
                block.compute(from, to, 0, m);
            } else {
                block.compute(0, n, from, to);
            }
        });
    }

    /** Where part {@code part} of {@code parts} starts along a side of {@code size}, at a multiple of {@code unit}. */
    static int partStart(int part, int parts, int size, int unit) {
        if (part >= parts) {
            return size;
        }
        return (int) ((long) size * part / parts) / unit * unit;
    }

    /** The operand's arrays as doubles: its own, or its floats widened (exactly). */
    private static double[] doubles(MatrixOperand o) {
        if (o.doubles() != null) {
            return o.doubles();
        }
        double[] d = new double[o.floats().length];
        FloatConversions.toDoubles(o.floats(), 0, d, 0, d.length);
        return d;
    }
}
