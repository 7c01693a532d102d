package dev.kindling.tensor.storage;

import org.nd4j.linalg.api.blas.params.MMulTranspose;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.Mmul;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J's matrix product, the cuda build's {@link GemmBackend} (this source folder is compiled only
 * with {@code mvn -Pcuda}, which brings nd4j-cuda-11.6): float64 products, and float32 ones, since
 * that build carries no oneDNN natives. Transposed operands are passed as the op's transpose
 * flags, never copied.
 */
public final class Nd4jGemm implements GemmBackend {
    /** For ServiceLoader. */
    public Nd4jGemm() {}

    /** Loads the backend and its natives (seconds, once); false if an array cannot be made. */
    @Override
    public boolean load() {
        return Nd4j.create(DataType.FLOAT, 1, 1) != null;
    }

    @Override
    public void multiply(MatrixOperand a, MatrixOperand b, double[] out, int n, int k, int m, boolean float32) {
        DataType type = float32 ? DataType.FLOAT : DataType.DOUBLE;
        INDArray x = Nd4j.create(a.asDoubles(n * k), stored(a, n, k), type);
        INDArray y = Nd4j.create(b.asDoubles(k * m), stored(b, k, m), type);
        INDArray z = Nd4j.create(type, n, m);
        Nd4j.exec(new Mmul(x, y, z, flags(a, b)));
        if (float32) {
            System.arraycopy(z.data().asDouble(), 0, out, 0, out.length);
        } else {
            z.data().asNioDouble().get(out, 0, out.length);
        }
    }

    /** The stored shape of an operand used as a {@code rows x cols} matrix. */
    private static long[] stored(MatrixOperand o, int rows, int cols) {
        return o.transposed() ? new long[] {cols, rows} : new long[] {rows, cols};
    }

    private static MMulTranspose flags(MatrixOperand a, MatrixOperand b) {
        return MMulTranspose.builder().transposeA(a.transposed()).transposeB(b.transposed()).build();
    }
}
