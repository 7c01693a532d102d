package dev.kindling.tensor.cpu;

/**
 * The float32 kernels whose rounding is a matter of policy ({@link Numerics}): the transcendental
 * functions, the orders of sums and small products, softmax and Adam's update. Op code asks the
 * session's policy for them ({@code TorchState.current().kernels()}) and never names an
 * implementation; each implementation gives IEEE float32 results, and they differ only in which
 * rounding and summation order they take.
 *
 * <p>Kernels read and write float arrays (and, where an op's values are doubles, double arrays):
 * they know nothing of tensors, shapes beyond what is passed, or autograd.
 *
 * <pre>{@code
 * Float32Kernels k = TorchState.current().kernels();   // the calling session's policy
 * float[] x = {0f, 1f}, out = new float[2];
 * k.exp(x, out, 0, 2);             // {1.0f, 2.7182817f}
 * float total = k.sumAll(out);      // 3.7182817f
 * }</pre>
 */
public interface Float32Kernels {
    /** A float function of a float (an exp, as the policy computes it for one element). */
    @FunctionalInterface
    interface FloatFunction {
        float apply(float x);
    }

    /** One result element from its index and the exp the policy uses for that element. */
    @FunctionalInterface
    interface ExpElement {
        float apply(int index, FloatFunction exp);
    }

    /** A range [from, to) of elements, one piece of a reduction. */
    @FunctionalInterface
    interface Chunk {
        void apply(int from, int to);
    }

    /** {@code out[i] = sqrt(x[i])} for i in [from, to): torch.sqrt and {@code pow(x, 0.5)}. */
    void sqrt(float[] x, float[] out, int from, int to);

    /** One square root as the array form gives it (Adam's general loop). */
    float sqrt(float x);

    /** {@code out[i] = exp(x[i])} for i in [from, to): torch.exp. */
    void exp(float[] x, float[] out, int from, int to);

    /** {@code 1 / (1 + exp(-x))} of each element: torch.sigmoid. */
    float[] sigmoid(float[] x);

    /**
     * The {@code n} results of an element-wise op built on exp (silu, and the backward passes of
     * silu, elu and softplus): {@code element} is given the exp this policy uses for each index.
     */
    float[] mapWithExp(int n, ExpElement element);

    /** The sum of all elements. */
    float sumAll(float[] data);

    /** Sums along {@code dim} of a row-major tensor of {@code shape}: one float per output element. */
    float[] sum(float[] data, int[] shape, int dim);

    /**
     * Calls {@code chunk} for the pieces, in order, in which a full reduction of {@code n}
     * elements accumulates (var and std sum each piece in double, then the pieces).
     */
    void forEachChunk(int n, Chunk chunk);

    /** Softmax, or log_softmax, of each row of {@code n} floats of {@code in}, into {@code out}. */
    void softmaxRows(float[] in, float[] out, int n, boolean log);

    /** The gradient of {@link #softmaxRows} for upstream {@code g} and result {@code out}, into {@code gradIn}. */
    void softmaxRowsBackward(float[] g, float[] out, float[] gradIn, int n, boolean log);

    /**
     * Softmax, or log_softmax, along the middle dim of an (outer, dim, inner) row-major layout
     * with inner above one, float32 values held in doubles.
     */
    void softmaxColumns(double[] in, double[] out, int outer, int dim, int inner, boolean log);

    /**
     * Whether this policy sums an {@code n x k} times {@code k x m} product in an order of its
     * own ({@link #multiply}); if not, the product takes the general path (oneDNN's sgemm, or
     * the JVM's loop accumulating in double).
     */
    boolean ordersProduct(int n, int k, int m, boolean rowsContiguous);

    /** {@code out[n x m] = a[n x k] * b[k x m]}, for a product {@link #ordersProduct} covers. */
    void multiply(double[] a, double[] b, float[] out, int n, int k, int m, boolean rowsContiguous);

    /**
     * Adam's float32 update (no AMSGrad, no maximize, no coupled weight decay) of elements
     * [from, to) of the arrays, in place.
     */
    void adamUpdate(AdamArrays arrays, int from, int to, AdamConstants c);
}
