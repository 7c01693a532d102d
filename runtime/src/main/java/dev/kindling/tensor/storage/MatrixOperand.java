package dev.kindling.tensor.storage;

/**
 * One side of a native matrix product: a row-major matrix, read as stored or transposed, given as
 * doubles or (when a float kernel made it) floats, and the write count that tells whether a float copy
 * made earlier is still current.
 *
 * <p>Why the write count: a product of unchanged operands (the same weights read in forward and in
 * backward, or one matrix multiplied repeatedly) can reuse the off-heap float copy made by the
 * previous product instead of converting the doubles again. {@code versionKey} identifies what
 * counts the in-place writes to the elements (the tensor's elements object) and {@code version}
 * the count when the call is made; a null key means "never reuse".
 *
 * <pre>{@code
 * MatrixOperand w = new MatrixOperand(elements, weights, null, true, elements, writes);   // read as w^T
 * }</pre>
 *
 * @param identity    what the elements are (the same object for every product of the same matrix)
 * @param doubles     the elements, row-major, as stored (rows x cols of the stored matrix); null when
 *                    {@code floats} are given
 * @param floats      the elements as floats, or null
 * @param transposed  whether the product reads the transpose of the stored matrix
 * @param versionKey  identity of what counts writes to the elements, or null
 * @param version     the write count now
 */
public record MatrixOperand(Object identity, double[] doubles, float[] floats, boolean transposed, Object versionKey,
        int version) {
    /** A matrix read as stored, without reuse of earlier copies. */
    public static MatrixOperand plain(double[] data) {
        return new MatrixOperand(data, data, null, false, null, 0);
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
