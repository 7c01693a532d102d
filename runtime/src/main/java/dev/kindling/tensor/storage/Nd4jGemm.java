package dev.kindling.tensor.storage;

import org.nd4j.linalg.api.blas.params.MMulTranspose;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.Mmul;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The ND4J calls behind {@link NativeMatmul}, apart so that only they need ND4J on the class path.
 *
 * <p>float32 products run on reused off-heap buffers ({@link FloatMirrors}) with a preallocated
 * result, because letting ND4J allocate inputs and output costs more than a 1024x1024 product
 * itself (measured: create from float[] 3.6 ms, asFloat 3.3 ms, Mmul 4.8 ms). Transposed operands
 * are passed as the op's transpose flags, never copied.
 */
final class Nd4jGemm {
    private static final FloatMirrors MIRRORS = new FloatMirrors();

    private Nd4jGemm() {}

    /** Loads the backend and its natives (seconds, once); false if an array cannot be made. */
    static boolean load() {
        return Nd4j.create(DataType.FLOAT, 1, 1) != null;
    }

    /** Row-major {@code out[n x m] = op(a)[n x k] * op(b)[k x m]}, op being the operand's transpose flag. */
    static void multiply(MatrixOperand a, MatrixOperand b, double[] out, int n, int k, int m, boolean float32) {
        if (float32) {
            multiplyFloat(a, b, out, n, k, m);
        } else {
            multiplyDouble(a, b, out, n, k, m);
        }
    }

    /** Serialised: the mirrors and the result buffer are shared. */
    private static synchronized void multiplyFloat(MatrixOperand a, MatrixOperand b, double[] out, int n, int k,
            int m) {
        INDArray x = Nd4j.create(MIRRORS.mirror(a), stored(a, n, k));
        INDArray y = Nd4j.create(MIRRORS.mirror(b), stored(b, k, m));
        DataBuffer r = MIRRORS.result((long) n * m);
        INDArray z = Nd4j.create(r, new long[] {n, m});
        Nd4j.exec(new Mmul(x, y, z, flags(a, b)));
        MIRRORS.copyOut(r, out);
    }

    private static void multiplyDouble(MatrixOperand a, MatrixOperand b, double[] out, int n, int k, int m) {
        INDArray x = Nd4j.create(a.data(), stored(a, n, k), DataType.DOUBLE);
        INDArray y = Nd4j.create(b.data(), stored(b, k, m), DataType.DOUBLE);
        INDArray z = Nd4j.create(DataType.DOUBLE, n, m);
        Nd4j.exec(new Mmul(x, y, z, flags(a, b)));
        z.data().asNioDouble().get(out, 0, out.length);
    }

    /** The stored shape of an operand used as a {@code rows x cols} matrix. */
    private static long[] stored(MatrixOperand o, int rows, int cols) {
        return o.transposed() ? new long[] {cols, rows} : new long[] {rows, cols};
    }

    private static MMulTranspose flags(MatrixOperand a, MatrixOperand b) {
        return MMulTranspose.builder().transposeA(a.transposed()).transposeB(b.transposed()).build();
    }
}
