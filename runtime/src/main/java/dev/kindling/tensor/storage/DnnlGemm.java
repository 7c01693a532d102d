package dev.kindling.tensor.storage;

import org.bytedeco.dnnl.global.dnnl;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Loader;

/**
 * float32 products through oneDNN's {@code dnnl_sgemm}, called directly on reused off-heap
 * buffers ({@link FloatMirrors}), with transposes passed as the gemm's flags.
 *
 * <p>Why directly and not through ND4J's Mmul op: each op call builds shape buffers and an op
 * context and checks the process's memory, which on an MLP's products (64 x 784 x 256 and
 * smaller) cost more than the arithmetic. Measured on the build machine (2 cores, AVX-512), one
 * 64x256x784 product: 80 us direct, against about 250 us through the op; a 64x128x256 one:
 * 15 us direct. At 1024x1024 both reach the same 440-460 GFLOP/s.
 *
 * <p>oneDNN's sgemm takes row-major matrices, as the heap arrays are.
 */
final class DnnlGemm {
    private static final FloatMirrors MIRRORS = new FloatMirrors();
    private static final byte NO_TRANSPOSE = 'N';
    private static final byte TRANSPOSE = 'T';

    private DnnlGemm() {}

    /** Loads oneDNN's natives (and the JavaCPP presets they depend on); throws when they do not load. */
    static boolean load() {
        Loader.load(dnnl.class);
        return true;
    }

    /**
     * Row-major {@code out[n x m] = op(a)[n x k] * op(b)[k x m]}, op being the operand's transpose
     * flag; each result rounded to float as sgemm leaves it. Serialised: the buffers are shared.
     */
    static synchronized void multiply(MatrixOperand a, MatrixOperand b, double[] out, int n, int k, int m) {
        FloatPointer x = MIRRORS.mirror(a);
        FloatPointer y = MIRRORS.mirror(b);
        FloatPointer r = MIRRORS.result((long) n * m);
        int status = dnnl.dnnl_sgemm(flag(a), flag(b), n, m, k, 1f, x.position(0), a.transposed() ? n : k,
                y.position(0), b.transposed() ? k : m, 0f, r.position(0), m);
        if (status != dnnl.dnnl_success) {
            throw new IllegalStateException("dnnl_sgemm failed with status " + status + " for " + n + "x" + k
                    + " times " + k + "x" + m);
        }
        MIRRORS.copyOut(r, out);
    }

    private static byte flag(MatrixOperand o) {
        return o.transposed() ? TRANSPOSE : NO_TRANSPOSE;
    }
}
