package dev.kindling.tensor;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * The common float32 Adam update (no AMSGrad, no maximize, no coupled weight decay) in float
 * arithmetic, block by block through float scratch arrays.
 *
 * <p>Why float: each double operation of the general loop in {@link Fused} is rounded to float,
 * and a float operation on floats gives that same rounded result (double carries more than twice
 * float's precision), so results are bit for bit the same. Why blocks: with the conversions
 * inline (double[] storage), HotSpot 17 neither vectorises the loop nor keeps it fast (measured
 * 2 ms for 235k parameters); converting a block into float arrays, running the float loop there
 * (which it vectorises) and converting back takes 0.35 ms.
 */
final class Float32Adam {
    private static final int BLOCK = 2048;
    /** Elements from which the update is shared with a second thread (the hand-off costs about 10 us). */
    private static final int PARALLEL_FROM = 1 << 15;

    private Float32Adam() {}

    /** The step's constants, already rounded to float as the general loop rounds them. */
    record Constants(float weight, float beta2, float oneMinusBeta2, float eps, float bias2Sqrt, float stepSize) {}

    /**
     * Updates all elements; a large parameter is split in two halves, one on the common pool (why:
     * elements are independent, so the halves give the same results, and on the benchmark
     * machine's two cores the 200k-weight layer of mlp_batch takes half the time).
     */
    static void step(double[] p, double[] grad, double[] expAvg, double[] expAvgSq, Constants c) {
        int n = p.length;
        if (n < PARALLEL_FROM || Runtime.getRuntime().availableProcessors() < 2) {
            range(p, grad, expAvg, expAvgSq, c, 0, n);
            return;
        }
        int mid = n / 2 / BLOCK * BLOCK;
        ForkJoinTask<?> upper = ForkJoinPool.commonPool().submit(() -> range(p, grad, expAvg, expAvgSq, c, mid, n));
        range(p, grad, expAvg, expAvgSq, c, 0, mid);
        upper.join();
    }

    private static void range(double[] p, double[] grad, double[] expAvg, double[] expAvgSq, Constants c, int from,
            int to) {
        float[][] s = new float[4][Math.min(BLOCK, to - from)];
        for (int off = from; off < to; off += BLOCK) {
            int len = Math.min(BLOCK, to - off);
            load(p, off, s[0], len);
            load(grad, off, s[1], len);
            load(expAvg, off, s[2], len);
            load(expAvgSq, off, s[3], len);
            update(s[0], s[1], s[2], s[3], len, c);
            store(s[0], p, off, len);
            store(s[2], expAvg, off, len);
            store(s[3], expAvgSq, off, len);
        }
    }

    /** PyTorch's single-tensor Adam, op for op: lerp as one fma, addcmul as one fma, then addcdiv. */
    private static void update(float[] p, float[] grad, float[] expAvg, float[] expAvgSq, int len, Constants c) {
        float weight = c.weight();
        float b2 = c.beta2();
        float oneMinusB2 = c.oneMinusBeta2();
        float eps = c.eps();
        float bias2Sqrt = c.bias2Sqrt();
        float stepSize = c.stepSize();
        // Three passes so that the JIT vectorises the first and the last; MKL's square root
        // (a table lookup) runs alone in the middle, into grad's scratch, which is free by then.
        for (int i = 0; i < len; i++) {
            float g = grad[i];
            expAvg[i] = Math.fma(g - expAvg[i], weight, expAvg[i]);
            // addcmul's last multiply and add are fused in ATen's CPU kernel, as in Fused.adamStep
            expAvgSq[i] = Math.fma(g, oneMinusB2 * g, expAvgSq[i] * b2);
        }
        float[] root = grad;
        for (int i = 0; i < len; i++) {
            root[i] = MklSqrt.sqrt(expAvgSq[i]); // torch.sqrt is MKL's (see MklSqrt)
        }
        for (int i = 0; i < len; i++) {
            p[i] = p[i] + (stepSize * expAvg[i]) / (root[i] / bias2Sqrt + eps);
        }
    }

    private static void load(double[] from, int off, float[] to, int len) {
        for (int i = 0; i < len; i++) {
            to[i] = (float) from[off + i];
        }
    }

    private static void store(float[] from, double[] to, int off, int len) {
        for (int i = 0; i < len; i++) {
            to[off + i] = from[i];
        }
    }
}
