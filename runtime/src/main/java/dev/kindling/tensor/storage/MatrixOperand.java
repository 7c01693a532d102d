package dev.kindling.tensor.storage;

/**
 * One side of a native matrix product: a row-major matrix, read as stored or transposed, given as
 * doubles or (when a float kernel made it) floats, and the write count that tells whether a float
 * copy made earlier is still current.
 *
 * <p>Why the write count: a product of unchanged operands (the same weights read in forward and in
 * backward, or one matrix multiplied repeatedly) can reuse the off-heap float copy made by the
 * previous product instead of converting the doubles again. {@code writes} is the count of
 * in-place writes made to the elements (the identity's) when the call is made; an operand that is
 * not {@code reusable} is copied every time.
 *
 * <pre>{@code
 * MatrixOperand w = new MatrixOperand(elements, weights, null, true, true, writes);   // read as w^T
 * }</pre>
 *
 * @param identity    what the elements are (the same object for every product of the same matrix)
 * @param doubles     the elements, row-major, as stored (rows x cols of the stored matrix); null when
 *                    {@code floats} are given
 * @param floats      the elements as floats, or null
 * @param transposed  whether the product reads the transpose of the stored matrix
 * @param reusable    whether a copy made at the same write count may be reused
 * @param writes      the elements' in-place write count now
 * @param offset      where the matrix starts in the arrays: 0, or the first element of a block of
 *                    whole rows (a batch {@code X[i:i+64]} read straight from X's copy)
 */
public record MatrixOperand(Object identity, double[] doubles, float[] floats, boolean transposed, boolean reusable,
        int writes, int offset) {
    /** An operand that starts at the arrays' first element. */
    public MatrixOperand(Object identity, double[] doubles, float[] floats, boolean transposed, boolean reusable,
            int writes) {
        this(identity, doubles, floats, transposed, reusable, writes, 0);
    }

    /** A matrix read as stored, without reuse of earlier copies. */
    public static MatrixOperand plain(double[] data) {
        return new MatrixOperand(data, data, null, false, false, 0);
    }

    /** The length of the arrays (all of which a copy of them holds), not of the matrix alone. */
    int length() {
        return floats != null ? floats.length : doubles.length;
    }

    /** The matrix's {@code count} elements as doubles (converted from the floats when only they are given). */
    double[] asDoubles(int count) {
        if (doubles != null) {
            return offset == 0 && doubles.length == count ? doubles
                    : java.util.Arrays.copyOfRange(doubles, offset, offset + count);
        }
        double[] d = new double[count];
        FloatConversions.toDoubles(floats, offset, d, 0, count);
        return d;
    }
}
