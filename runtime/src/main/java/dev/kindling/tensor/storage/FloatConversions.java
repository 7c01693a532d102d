package dev.kindling.tensor.storage;

/**
 * Copies between the {@code double[]} that tensors keep their elements in and the {@code float[]}
 * that float32 kernels work on (oneDNN's sgemm, Adam's float copies, PyTorch's float summation
 * and MKL's square root). One place for these loops, with System.arraycopy's argument order.
 *
 * <p>For a float32 tensor the elements are already floats, so both directions are exact.
 *
 * <pre>{@code
 * float[] f = FloatConversions.toFloats(t.data);                      // a whole tensor
 * FloatConversions.toDoubles(f, 0, t.data, 0, f.length);              // and back
 * }</pre>
 */
public final class FloatConversions {
    private FloatConversions() {}

    /** A new float array holding {@code from}'s elements, each rounded to float. */
    public static float[] toFloats(double[] from) {
        float[] to = new float[from.length];
        toFloats(from, 0, to, 0, from.length);
        return to;
    }

    /** {@code to[toPos + i] = (float) from[fromPos + i]} for i below {@code length}. */
    public static void toFloats(double[] from, int fromPos, float[] to, int toPos, int length) {
        for (int i = 0; i < length; i++) {
            to[toPos + i] = (float) from[fromPos + i];
        }
    }

    /** {@code to[toPos + i] = from[fromPos + i]} for i below {@code length}. */
    public static void toDoubles(float[] from, int fromPos, double[] to, int toPos, int length) {
        for (int i = 0; i < length; i++) {
            to[toPos + i] = from[fromPos + i];
        }
    }
}
