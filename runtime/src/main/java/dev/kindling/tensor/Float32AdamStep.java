package dev.kindling.tensor;

import dev.kindling.tensor.cpu.AdamArrays;
import dev.kindling.tensor.cpu.AdamConstants;
import dev.kindling.tensor.cpu.Float32Kernels;
import dev.kindling.tensor.storage.FloatConversions;
import dev.kindling.tensor.storage.SecondCore;

/**
 * The common float32 Adam step (no AMSGrad, no maximize, no coupled weight decay) on the float
 * copies of {@link AdamMoments}: the policy's update kernel ({@link Float32Kernels#adamUpdate})
 * on the parameter's elements, shared with a second thread for large parameters, and the moments'
 * tensors written where someone may read them.
 *
 * <p>Why the copies: HotSpot 17 does not vectorise conversions between double and float, so
 * converting parameter and moments in and out every step cost as much as the update. Now the
 * updated floats become the parameter's elements ({@link Elements}), and a gradient that the gemm
 * left in floats is read as it is.
 */
final class Float32AdamStep {
    /** Elements from which the update is shared with a second thread (below it the hand-off costs more than it saves). */
    private static final int PARALLEL_FROM = 1 << 15;
    /** Elements per part of a shared update: a few microseconds of work. */
    private static final int PART = 16 * 1024;

    private Float32AdamStep() {}

    /**
     * Updates all elements of {@code param} from {@code grad}, with the moments in {@code moments}
     * (attached to the parameter and moment tensors by the caller), and makes the updated floats
     * the parameter's elements. A large parameter is cut into parts of {@link #PART} elements
     * shared with {@link SecondCore}'s helper (why: elements are independent, so any cut gives the
     * same results, and on the benchmark machine's two cores the 200k-weight layer of mlp_batch
     * takes half the time). The kernels are the caller's: the helper thread has no session.
     */
    static void step(AdamMoments moments, Tensor param, Tensor grad, AdamConstants c, Float32Kernels kernels) {
        // taken here, on the caller's thread: the helper must not convert elements
        float[] gradFloats = grad.keptFloats();
        double[] gradDoubles = gradFloats == null ? grad.doubles() : null;
        double[] expAvgOut = moments.writesMoments() ? moments.expAvgTensorData() : null;
        double[] expAvgSqOut = moments.writesMoments() ? moments.expAvgSqTensorData() : null;
        AdamArrays arrays = new AdamArrays(moments.param, moments.expAvg, moments.expAvgSq, gradFloats, gradDoubles,
                moments.scratch);
        Range range = new Range(arrays, expAvgOut, expAvgSqOut, c, kernels);
        int n = moments.param.length;
        if (n < PARALLEL_FROM || !SecondCore.available()) {
            range.update(0, n);
        } else {
            SecondCore.forEach((n + PART - 1) / PART,
                    (part, worker) -> range.update(part * PART, Math.min(n, (part + 1) * PART)));
        }
        moments.stepped();
    }

    /** One step's arrays; {@link #update} updates a range of elements. */
    private record Range(AdamArrays arrays, double[] expAvgOut, double[] expAvgSqOut, AdamConstants c,
            Float32Kernels kernels) {
        void update(int from, int to) {
            kernels.adamUpdate(arrays, from, to, c);
            if (expAvgOut != null) {
                FloatConversions.toDoubles(arrays.expAvg(), from, expAvgOut, from, to - from);
                FloatConversions.toDoubles(arrays.expAvgSq(), from, expAvgSqOut, from, to - from);
            }
        }
    }
}
