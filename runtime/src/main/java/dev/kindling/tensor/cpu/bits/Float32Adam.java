package dev.kindling.tensor.cpu.bits;

import dev.kindling.tensor.cpu.AdamArrays;
import dev.kindling.tensor.cpu.AdamConstants;
import dev.kindling.tensor.storage.FloatConversions;

/**
 * The common float32 Adam update (no AMSGrad, no maximize, no coupled weight decay) in float
 * arithmetic, as PyTorch's single-tensor Adam rounds it, on the float copies an optimizer keeps
 * between steps, block by block.
 *
 * <p>Why float: each double operation of the general loop in {@code Fused} is rounded to float,
 * and a float operation on floats gives that same rounded result (double carries more than twice
 * float's precision), so results are bit for bit the same. A gradient that the gemm left in floats
 * is read as it is; only a gradient in doubles is converted, one block of {@link #BLOCK} elements
 * at a time so that the float loops vectorise. Where {@link NativeKernels} run, a range is updated
 * in one native call instead (MKL's square root needs a table lookup per element in Java).
 */
final class Float32Adam {
    private static final int BLOCK = 2048;

    private Float32Adam() {}

    /** Updates elements [from, to) of the arrays: natively at any length where the kernels run, else in Java. */
    static void update(AdamArrays a, int from, int to, AdamConstants c) {
        // natively at any length: a bias's few hundred elements would otherwise make the JIT
        // compile the Java form as well, while a benchmark's first steps run
        if (NativeKernels.available()) {
            updateNatively(a, from, to, c);
            return;
        }
        float[] scratch = a.scratch();
        for (int off = from; off < to; off += BLOCK) {
            int end = Math.min(off + BLOCK, to);
            float[] g = a.gradFloats();
            if (g == null) {
                FloatConversions.toFloats(a.gradDoubles(), off, scratch, off, end - off);
                g = scratch;
            }
            update(a.param(), g, a.expAvg(), a.expAvgSq(), scratch, off, end, c);
        }
    }

    /** {@link #update(AdamArrays, int, int, AdamConstants)} with one call of the native update, which needs no scratch for the roots. */
    private static void updateNatively(AdamArrays a, int from, int to, AdamConstants c) {
        float[] g = a.gradFloats();
        if (g == null) {
            g = a.scratch();
            FloatConversions.toFloats(a.gradDoubles(), from, g, from, to - from);
        }
        NativeKernels.adamUpdate(a.param(), g, a.expAvg(), a.expAvgSq(), from, to, c);
    }

    /**
     * PyTorch's single-tensor Adam, op for op, on elements [from, to): lerp as one fma, addcmul as
     * one fma, then addcdiv. Every array is indexed alike, or HotSpot does not vectorise the loops.
     * The Java form; {@link NativeKernels#adamUpdate} computes the same, element by element.
     */
    static void update(float[] p, float[] g, float[] expAvg, float[] expAvgSq, float[] root, int from,
            int to, AdamConstants c) {
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
