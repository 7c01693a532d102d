package dev.kindling.tensor.storage;

/**
 * One side of a native matrix product: a row-major {@code double[]} matrix, read as stored or
 * transposed, and the version that tells whether a float copy made earlier is still current.
 *
 * <p>Why the version: a product of unchanged operands (the same weights read in forward and in
 * backward, or one matrix multiplied repeatedly) can reuse the off-heap float copy made by the
 * previous product instead of converting the doubles again. {@code versionKey} identifies the
 * counter (a tensor's shared version cell) and {@code version} its value when the call is made;
 * a null key means "never reuse".
 *
 * <pre>{@code
 * MatrixOperand w = new MatrixOperand(weights, true, counter, counter[0]);   // read as w^T
 * }</pre>
 *
 * @param data        the elements, row-major, as stored (rows x cols of the stored matrix)
 * @param transposed  whether the product reads the transpose of the stored matrix
 * @param versionKey  identity of the version counter guarding {@code data}, or null
 * @param version     the counter's value now
 */
public record MatrixOperand(double[] data, boolean transposed, Object versionKey, int version) {
    /** A matrix read as stored, without reuse of earlier copies. */
    public static MatrixOperand plain(double[] data) {
        return new MatrixOperand(data, false, null, 0);
    }
}
