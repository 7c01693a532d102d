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
 */
public record MatrixOperand(Object identity, double[] doubles, float[] floats, boolean transposed, boolean reusable,
        int writes) {
    /** A matrix read as stored, without reuse of earlier copies. */
    public static MatrixOperand plain(double[] data) {
        return new MatrixOperand(data, data, null, false, false, 0);
    }

    int length() {
        return floats != null ? floats.length : doubles.length;
    }

    /** The elements as doubles (converted from the floats when only they are given). */
    double[] asDoubles() {
        if (doubles != null) {
            return doubles;
        }
        double[] d = new double[floats.length];
        FloatConversions.toDoubles(floats, 0, d, 0, d.length);
        return d;
    }
}
