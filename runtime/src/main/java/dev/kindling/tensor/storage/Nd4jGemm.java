package dev.kindling.tensor.storage;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.Mmul;
import org.nd4j.linalg.factory.Nd4j;

/** The ND4J calls behind {@link NativeMatmul}, apart so that only they need ND4J on the class path. */
final class Nd4jGemm {
    private Nd4jGemm() {}

    /** Loads the backend and its natives (seconds, once); false if an array cannot be made. */
    static boolean load() {
        return Nd4j.create(DataType.FLOAT, 1, 1) != null;
    }

    /** Row-major {@code out = a * b} with ND4J's Mmul op (oneDNN or BLAS gemm underneath). */
    static void multiply(double[] a, double[] b, double[] out, int n, int k, int m, boolean float32) {
        if (float32) {
            INDArray x = Nd4j.create(toFloat(a), new long[] {n, k}, DataType.FLOAT);
            INDArray y = Nd4j.create(toFloat(b), new long[] {k, m}, DataType.FLOAT);
            float[] r = Nd4j.exec(new Mmul(x, y))[0].data().asFloat();
            for (int i = 0; i < r.length; i++) {
                out[i] = r[i];
            }
        } else {
            INDArray x = Nd4j.create(a, new long[] {n, k}, DataType.DOUBLE);
            INDArray y = Nd4j.create(b, new long[] {k, m}, DataType.DOUBLE);
            double[] r = Nd4j.exec(new Mmul(x, y))[0].data().asDouble();
            System.arraycopy(r, 0, out, 0, r.length);
        }
    }

    private static float[] toFloat(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }
}
