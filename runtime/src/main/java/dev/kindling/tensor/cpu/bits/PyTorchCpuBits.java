package dev.kindling.tensor.cpu.bits;

import dev.kindling.tensor.cpu.AdamArrays;
import dev.kindling.tensor.cpu.AdamConstants;
import dev.kindling.tensor.cpu.Float32Kernels;

/**
 * The {@code pytorch-cpu-bits} policy's kernels: each one this package's reproduction of what
 * PyTorch 2.13's CPU build computes (see the package's documentation), so results have PyTorch's
 * bits. The only public type of the package: op code reaches the kernels through it.
 */
public final class PyTorchCpuBits implements Float32Kernels {
    /** The one instance (the kernels keep no state). */
    public static final Float32Kernels KERNELS = new PyTorchCpuBits();

    /** exp in ATen's vectorised loop (SLEEF's) and in its scalar tail (the C library's, correctly rounded here). */
    private static final FloatFunction SLEEF_EXP = SleefMath::exp;
    private static final FloatFunction LIBC_EXP = x -> (float) Math.exp(x);

    private PyTorchCpuBits() {}

    /** MKL's vsSqrt ({@link MklSqrt}). */
    @Override
    public void sqrt(float[] x, float[] out, int from, int to) {
        MklSqrt.sqrt(x, out, from, to);
    }

    @Override
    public float sqrt(float x) {
        return MklSqrt.sqrt(x);
    }

    /** MKL's vsExp ({@link MklExp}). */
    @Override
    public void exp(float[] x, float[] out, int from, int to) {
        MklExp.exp(x, out, from, to);
    }

    /**
     * ATen's kernel: exp(-x), + 1 and the reciprocal each rounded to float, exp being SLEEF's in
     * the vectorised loop (natively for long inputs) and the C library's in its tail ({@link AtenLoops}).
     */
    @Override
    public float[] sigmoid(float[] x) {
        if (x.length < NativeKernels.WORTH_FROM || !NativeKernels.available()) {
            return mapWithExp(x.length, (i, exp) -> 1f / (1f + exp.apply(-x[i])));
        }
        return AtenLoops.map(x.length, (out, from, to) -> NativeKernels.sigmoid(x, out, from, to),
                (i, vectorized) -> 1f / (1f + SleefMath.exp(-x[i], vectorized)));
    }

    /** Each element with SLEEF's exp in ATen's vectorised loop and the C library's in its tail ({@link AtenLoops}). */
    @Override
    public float[] mapWithExp(int n, ExpElement element) {
        return AtenLoops.map(n, (i, vectorized) -> element.apply(i, vectorized ? SLEEF_EXP : LIBC_EXP));
    }

    /** ATen's cascade ({@link CascadeSum}). */
    @Override
    public float sumAll(float[] data) {
        return CascadeSum.sumAll(data);
    }

    @Override
    public float[] sum(float[] data, int[] shape, int dim) {
        return CascadeSum.sum(data, shape, dim);
    }

    /** ATen's split among the reference machine's threads ({@link AtenLoops#forEachChunk}). */
    @Override
    public void forEachChunk(int n, Chunk chunk) {
        AtenLoops.forEachChunk(n, chunk::apply);
    }

    /** ATen's AVX-512 row kernels ({@link SoftmaxKernels}). */
    @Override
    public void softmaxRows(float[] in, float[] out, int n, boolean log) {
        SoftmaxKernels.forwardRows(in, out, n, log);
    }

    @Override
    public void softmaxRowsBackward(float[] g, float[] out, float[] gradIn, int n, boolean log) {
        SoftmaxKernels.backwardRows(g, out, gradIn, n, log);
    }

    /** ATen's column kernels, SLEEF's exp in the columns it takes in whole vectors. */
    @Override
    public void softmaxColumns(double[] in, double[] out, int outer, int dim, int inner, boolean log) {
        boolean[] vectorized = SoftmaxKernels.vectorizedColumns(outer, dim, inner, log);
        for (int o = 0; o < outer; o++) {
            for (int k = 0; k < inner; k++) {
                SoftmaxKernels.forwardColumn(in, out, o * dim * inner + k, dim, inner, log, vectorized[o * inner + k]);
            }
        }
    }

    /** MKL's small-gemm orders, where they were read off ({@link MklOrder}). */
    @Override
    public boolean ordersProduct(int n, int k, int m, boolean rowsContiguous) {
        return MklOrder.covers(n, k, m, rowsContiguous);
    }

    @Override
    public void multiply(double[] a, double[] b, float[] out, int n, int k, int m, boolean rowsContiguous) {
        MklOrder.multiply(a, b, out, n, k, m, rowsContiguous);
    }

    /** PyTorch's single-tensor Adam with MKL's square root ({@link Float32Adam}). */
    @Override
    public void adamUpdate(AdamArrays arrays, int from, int to, AdamConstants c) {
        Float32Adam.update(arrays, from, to, c);
    }
}
