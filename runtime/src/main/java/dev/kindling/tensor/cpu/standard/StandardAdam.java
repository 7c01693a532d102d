package dev.kindling.tensor.cpu.standard;

import dev.kindling.tensor.cpu.AdamArrays;
import dev.kindling.tensor.cpu.AdamConstants;

/**
 * Adam's float32 update as its formulas read, one element at a time, each operation rounded to
 * float and no multiply-add fused: {@code m += (1 - beta1) (g - m)}, {@code v = beta2 v +
 * (1 - beta2) g g}, {@code p += step_size m / (sqrt(v) / sqrt(1 - beta2^t) + eps)} with a
 * correctly rounded square root.
 */
final class StandardAdam {
    private StandardAdam() {}

    static void update(AdamArrays a, int from, int to, AdamConstants c) {
        float[] p = a.param();
        float[] m = a.expAvg();
        float[] v = a.expAvgSq();
        float[] gFloats = a.gradFloats();
        double[] gDoubles = a.gradDoubles();
        for (int j = from; j < to; j++) {
            float g = gFloats != null ? gFloats[j] : (float) gDoubles[j];
            m[j] = m[j] + c.weight() * (g - m[j]);
            v[j] = c.beta2() * v[j] + c.oneMinusBeta2() * g * g;
            float denom = (float) Math.sqrt(v[j]) / c.bias2Sqrt() + c.eps();
            p[j] = p[j] + c.stepSize() * m[j] / denom;
        }
    }
}
