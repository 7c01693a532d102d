package dev.kindling.tensor.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Java gemm against a plain triple loop. The loop sums each element from 0 in the order of k,
 * as the gemm promises to, so the two must agree bit for bit: a blocking, transpose or split
 * that dropped, repeated or reordered a term shows as a difference.
 */
class JavaGemmTest {
    /** A matrix as a gemm operand: its stored elements (after {@code offset} others) and its layout. */
    private record Matrix(double[] stored, int offset, boolean transposed, int rows, int cols) {
        /** A random {@code rows x cols} matrix, stored transposed if asked, after {@code offset} unrelated elements. */
        static Matrix random(Random random, int rows, int cols, boolean transposed, int offset) {
            double[] stored = new double[offset + rows * cols];
            for (int i = 0; i < stored.length; i++) {
                stored[i] = random.nextGaussian();
            }
            return new Matrix(stored, offset, transposed, rows, cols);
        }

        double at(int row, int col) {
            return transposed ? stored[offset + col * rows + row] : stored[offset + row * cols + col];
        }

        MatrixOperand operand() {
            return new MatrixOperand(stored, stored, null, transposed, false, 0, offset);
        }
    }

    private static double[] reference(Matrix a, Matrix b) {
        int n = a.rows();
        int k = a.cols();
        int m = b.cols();
        double[] out = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    sum += a.at(i, p) * b.at(p, j);
                }
                out[i * m + j] = sum;
            }
        }
        return out;
    }

    private static double[] gemm(Matrix a, Matrix b, boolean float32) {
        double[] out = new double[a.rows() * b.cols()];
        java.util.Arrays.fill(out, Double.NaN); // every element must be set, none accumulated into
        JavaGemm.multiply(a.operand(), b.operand(), out, a.rows(), a.cols(), b.cols(), float32);
        return out;
    }

    /**
     * Shapes around the blocking ({@link GemmBlock#ROWS} rows, {@link GemmBlock#COLUMNS} columns
     * and {@link GemmBlock#DEPTH} steps of k at a time): single rows and columns, sizes one off
     * the block sizes, and products large enough to be split over two threads, by rows (tall) and
     * by columns (wide), in two parts and in four.
     */
    @ParameterizedTest(name = "{0}x{1} times {1}x{2}")
    @CsvSource({
        "1, 300, 200", "300, 1, 200", "200, 300, 1", "1, 1, 1", "1, 513, 1",
        "4, 256, 128", "5, 257, 129", "3, 255, 127", "7, 600, 131", "9, 17, 300",
        "130, 257, 131", "64, 300, 1000", "401, 130, 397", "16, 70, 2100"})
    void equalsTheTripleLoopInEveryLayout(int n, int k, int m) {
        Random random = new Random(n * 1_000_003L + k * 1009L + m);
        for (boolean ta : new boolean[] {false, true}) {
            for (boolean tb : new boolean[] {false, true}) {
                Matrix a = Matrix.random(random, n, k, ta, 0);
                Matrix b = Matrix.random(random, k, m, tb, 0);
                assertArrayEquals(reference(a, b), gemm(a, b, false), "a transposed " + ta + ", b transposed " + tb);
            }
        }
    }

    @Test
    void theTestedShapesTakeEveryPath() {
        assertTrue(130L * 257 * 131 >= JavaGemm.SPLIT_FROM && 130L * 257 * 131 < JavaGemm.MORE_PARTS_FROM);
        assertTrue(401L * 130 * 397 >= JavaGemm.MORE_PARTS_FROM && 64L * 300 * 1000 >= JavaGemm.MORE_PARTS_FROM);
        assertTrue(16L * 70 * 2100 >= JavaGemm.SPLIT_FROM, "a wide product, split by columns");
        assertTrue(7 % GemmBlock.ROWS != 0 && 131 % GemmBlock.COLUMNS != 0 && 600 % GemmBlock.DEPTH != 0);
    }

    /** Operands that start inside their arrays, as a batch of rows read from a larger tensor does. */
    @Test
    void readsOperandsAtTheirOffsets() {
        Random random = new Random(7);
        Matrix a = Matrix.random(random, 70, 90, false, 45);
        Matrix b = Matrix.random(random, 90, 150, true, 13);
        assertArrayEquals(reference(a, b), gemm(a, b, false));
    }

    /** A float32 product: summed in double as the loop sums it, then each element rounded to float once. */
    @Test
    void float32ProductsAreTheDoubleSumsRoundedToFloat() {
        Random random = new Random(8);
        Matrix a = Matrix.random(random, 150, 140, false, 0);
        Matrix b = Matrix.random(random, 140, 130, false, 0);
        double[] expected = reference(a, b);
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (float) expected[i];
        }
        assertArrayEquals(expected, gemm(a, b, true));
    }

    /** Operands given as floats (a float32 tensor's kept copy) are read exactly. */
    @Test
    void readsOperandsGivenAsFloats() {
        Random random = new Random(9);
        int n = 40;
        int k = 50;
        int m = 60;
        float[] floats = new float[n * k];
        double[] widened = new double[n * k];
        for (int i = 0; i < floats.length; i++) {
            floats[i] = (float) random.nextGaussian();
            widened[i] = floats[i];
        }
        Matrix b = Matrix.random(random, k, m, false, 0);
        double[] out = new double[n * m];
        JavaGemm.multiply(new MatrixOperand(floats, null, floats, false, false, 0), b.operand(), out, n, k, m, false);
        assertArrayEquals(reference(new Matrix(widened, 0, false, n, k), b), out);
    }

    /** Parts depend on the shape alone and each element's sum on nothing but k's order: one core gives the same bits. */
    @Test
    void splitProductsGiveTheSameBitsOnOneCore() {
        Random random = new Random(10);
        Matrix a = Matrix.random(random, 300, 257, true, 0);
        Matrix b = Matrix.random(random, 257, 310, false, 0);
        double[] shared = gemm(a, b, false);
        double[][] oneCore = new double[1][];
        SecondCore.asIfOneCore(() -> oneCore[0] = gemm(a, b, false));
        assertArrayEquals(shared, oneCore[0]);
    }

    @Test
    void partsCoverTheSideAtMultiplesOfTheirUnit() {
        assertEquals(0, JavaGemm.partStart(0, 4, 401, 4));
        assertEquals(100, JavaGemm.partStart(1, 4, 401, 4));
        assertEquals(200, JavaGemm.partStart(2, 4, 401, 4));
        assertEquals(300, JavaGemm.partStart(3, 4, 401, 4));
        assertEquals(401, JavaGemm.partStart(4, 4, 401, 4));
        assertEquals(0, JavaGemm.partStart(1, 2, 6, 8), "a side shorter than two units: the first part is empty");
    }
}
