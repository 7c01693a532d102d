package dev.kindling.tensor;

import dev.kindling.tensor.storage.FloatConversions;
import dev.kindling.tensor.storage.SecondCore;

/**
 * The common float32 Adam update (no AMSGrad, no maximize, no coupled weight decay) in float
 * arithmetic, on the float copies of {@link AdamMoments}, block by block.
 *
 * <p>Why float: each double operation of the general loop in {@link Fused} is rounded to float,
 * and a float operation on floats gives that same rounded result (double carries more than twice
 * float's precision), so results are bit for bit the same. Why the copies: HotSpot 17 does not
 * vectorise conversions between double and float, so converting parameter and moments in and out
 * every step cost as much as the update. Now the updated floats become the parameter's elements
 * ({@link Elements}), and a gradient that the gemm left in floats is read as it is; only a
 * gradient in doubles is converted, one block of {@link #BLOCK} elements at a time so that the
 * float loops vectorise. Where {@link NativeKernels} run, a range is updated in one native call
 * instead (MKL's square root needs a table lookup per element in Java).
 */
final class Float32Adam {
    private static final int BLOCK = 2048;
    /** Elements from which the update is shared with a second thread (the hand-off costs about 1 us). */
    private static final int PARALLEL_FROM = 1 << 15;
    /** Elements per part of a shared update: whole blocks, a few microseconds of work. */
    private static final int PART = 8 * BLOCK;

    private Float32Adam() {}

    /** The step's constants, already rounded to float as the general loop rounds them. */
    record Constants(float weight, float beta2, float oneMinusBeta2, float eps, float bias2Sqrt, float stepSize) {}

    /**
     * Updates all elements of {@code param} from {@code grad}, with the moments in {@code moments}
     * (attached to the parameter and moment tensors by the caller), and makes the updated floats
     * the parameter's elements. A gradient kept in floats (a gemm's) is read as it is; one in
     * doubles is converted block by block. A large parameter is cut into parts of {@link #PART}
     * elements shared with {@link SecondCore}'s helper (why: elements are independent, so any cut
     * gives the same results, and on the benchmark machine's two cores the 200k-weight layer of
     * mlp_batch takes half the time).
     */
    static void step(AdamMoments moments, Tensor param, Tensor grad, Constants c) {
        // taken here, on the caller's thread: the helper must not convert elements
        float[] gradFloats = grad.keptFloats();
        double[] gradDoubles = gradFloats == null ? grad.doubles() : null;
        double[] expAvgOut = moments.writesMoments() ? moments.expAvgTensorData() : null;
        double[] expAvgSqOut = moments.writesMoments() ? moments.expAvgSqTensorData() : null;
        Block block = new Block(moments, gradFloats, gradDoubles, expAvgOut, expAvgSqOut, c);
        int n = moments.param.length;
        if (n < PARALLEL_FROM || !SecondCore.available()) {
            block.range(0, n);
        } else {
            SecondCore.forEach((n + PART - 1) / PART,
                    (part, worker) -> block.range(part * PART, Math.min(n, (part + 1) * PART)));
        }
        moments.stepped();
    }

    /** One step's arrays; {@link #range} updates a range of elements. */
    private record Block(AdamMoments moments, float[] gradFloats, double[] gradDoubles, double[] expAvgOut,
            double[] expAvgSqOut, Constants c) {
        void range(int from, int to) {
            // natively at any length: a bias's few hundred elements would otherwise make the JIT
            // compile the Java form as well, while a benchmark's first steps run
            if (NativeKernels.available()) {
                rangeNatively(from, to);
                return;
            }
            float[] scratch = moments.scratch;
            for (int off = from; off < to; off += BLOCK) {
                int end = Math.min(off + BLOCK, to);
                float[] g = gradFloats;
                if (g == null) {
                    FloatConversions.toFloats(gradDoubles, off, scratch, off, end - off);
                    g = scratch;
                }
                update(moments.param, g, moments.expAvg, moments.expAvgSq, scratch, off, end, c);
                if (expAvgOut != null) {
                    FloatConversions.toDoubles(moments.expAvg, off, expAvgOut, off, end - off);
                    FloatConversions.toDoubles(moments.expAvgSq, off, expAvgSqOut, off, end - off);
                }
            }
        }

        /** {@link #range} with one call of the native update, which needs no scratch for the roots. */
        private void rangeNatively(int from, int to) {
            float[] g = gradFloats;
            if (g == null) {
                g = moments.scratch;
                FloatConversions.toFloats(gradDoubles, from, g, from, to - from);
            }
            NativeKernels.adamUpdate(moments.param, g, moments.expAvg, moments.expAvgSq, from, to, c);
            if (expAvgOut != null) {
                FloatConversions.toDoubles(moments.expAvg, from, expAvgOut, from, to - from);
                FloatConversions.toDoubles(moments.expAvgSq, from, expAvgSqOut, from, to - from);
            }
        }
    }

    /**
     * PyTorch's single-tensor Adam, op for op, on elements [from, to): lerp as one fma, addcmul as
     * one fma, then addcdiv. Every array is indexed alike, or HotSpot does not vectorise the loops.
     * The Java form; {@link NativeKernels#adamUpdate} computes the same, element by element.
     */
    static void update(float[] p, float[] g, float[] expAvg, float[] expAvgSq, float[] root, int from,
            int to, Constants c) {
        float weight = c.weight();
        float b2 = c.beta2();
        float oneMinusB2 = c.oneMinusBeta2();
        float eps = c.eps();
        float bias2Sqrt = c.bias2Sqrt();
        float stepSize = c.stepSize();
        // Passes apart so that the JIT vectorises them; MKL's square root (a table lookup and its
        // own passes) runs in the middle, into root (which may be g: g is not read after the first).
        for (int j = from; j < to; j++) {
            float gj = g[j];
            expAvg[j] = Math.fma(gj - expAvg[j], weight, expAvg[j]);
            // addcmul's last multiply and add are fused in ATen's CPU kernel, as in Fused.adamStep
            expAvgSq[j] = Math.fma(gj, oneMinusB2 * gj, expAvgSq[j] * b2);
        }
        MklSqrt.sqrtInJava(expAvgSq, root, from, to); // torch.sqrt is MKL's (see MklSqrt)
        for (int j = from; j < to; j++) {
            p[j] = p[j] + (stepSize * expAvg[j]) / (root[j] / bias2Sqrt + eps);
        }
    }
}
