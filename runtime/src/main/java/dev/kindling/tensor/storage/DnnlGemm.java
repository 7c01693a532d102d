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
 * smaller) cost more than the arithmetic. Measured on the build machine (2 cores, AVX-512) with
 * two OpenMP threads, one 64x256x784 product: 80 us direct, against about 250 us through the op;
 * a 64x128x256 one: 15 us direct. At 1024x1024 both reach the same 440-460 GFLOP/s.
 *
 * <p>Threads: {@code bin/kindling} runs oneDNN's OpenMP with one thread
 * ({@code OMP_NUM_THREADS=1}), and a product of at least {@link #SPLIT_FROM} multiply-adds is
 * cut in parts shared with {@link SecondCore}'s helper (two, or {@link #PARTS} from
 * {@link #FOUR_PARTS_FROM}). Why: waking a sleeping OpenMP worker costs about 40 us per call,
 * more than a whole 64x128x256 product on one core (20 us), and a spinning one takes the second
 * core from the JVM between products. Measured on the build machine: a 64x256x784 product 118 us
 * on one thread, halves of about 70 us each when both run at once; at 1024x1024, 8.9 ms on one
 * thread against 4.6 ms split; the 64x128x256 products of an MLP's second layer, split in two, a
 * steady mlp_batch step 0.541 -> 0.518 ms. A host that leaves OpenMP at its default gets correct
 * products, with OpenMP's threads inside each part.
 *
 * <p>Parts and bits: each output element is summed by one sgemm call either way, but for long sums
 * oneDNN's blocking of k depends on the part's shape, so a part can differ from the same rows or
 * columns of the whole product in the last bit (seen from k = 784 with a transposed second
 * operand: 4 column parts of {@code x @ W.T}, 64x784x256, differed in 13,900 of 16,384 elements).
 * So the parts depend on the shape alone, never on whether the helper runs: without a second
 * core (or with {@code -Dkindling.secondCore=false}) the caller runs the same parts, and a product
 * gives the same bits on every machine of one CPU type.
 *
 * <p>oneDNN's sgemm takes row-major matrices, as the heap arrays are.
 */
final class DnnlGemm {
    private static final FloatMirrors MIRRORS = new FloatMirrors();
    private static final byte NO_TRANSPOSE = 'N';
    private static final byte TRANSPOSE = 'T';
    /** Multiply-adds from which a product is split over two threads (about 10 us on one core). */
    static final long SPLIT_FROM = 1L << 21;
    /** Multiply-adds from which a split product is cut in {@link #PARTS} parts rather than two. */
    static final long FOUR_PARTS_FROM = 1L << 23;
    /**
     * Parts a split product is cut into (see {@link SecondCore} for why more than two). Each is
     * still a few microseconds of sgemm's fixed cost against 20 or more of arithmetic.
     */
    private static final int PARTS = 4;
    /**
     * Rows a part takes at least when a product is split by rows. Why rows from 64 rows on, even
     * when there are more columns: column parts of a batch's product each pack the whole batch
     * again. Measured for {@code x @ W.T} at 64x784x256, on one thread: 4 column parts 167 us,
     * 2 row parts 143, the whole product 134-150; shared with the helper, 88-115 against 80-84.
     * 16-row parts were slower than the whole product.
     */
    private static final int MIN_PART_ROWS = 32;

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
        MIRRORS.copyOut(compute(a, b, n, k, m), out);
    }

    /** {@link #multiply(MatrixOperand, MatrixOperand, double[], int, int, int)} into floats. */
    static synchronized void multiply(MatrixOperand a, MatrixOperand b, float[] out, int n, int k, int m) {
        MIRRORS.copyOut(compute(a, b, n, k, m), out);
    }

    /** The product in the shared result buffer (valid until the next call). */
    private static OffHeapFloats compute(MatrixOperand a, MatrixOperand b, int n, int k, int m) {
        OffHeapFloats result = MIRRORS.result((long) n * m);
        OffHeapFloats x = MIRRORS.mirror(a);
        OffHeapFloats y = MIRRORS.mirror(b);
        Block whole = new Block(a, b, n, k, m);
        long multiplyAdds = (long) n * k * m;
        if (multiplyAdds < SPLIT_FROM) {
            whole.run(x.view(0, 0), y.view(0, 1), result.view(0, 0), 0, n, 0, m);
        } else {
            // the same parts with or without a helper (see the class comment)
            boolean byRows = n >= m || n >= 2 * MIN_PART_ROWS;
            int size = byRows ? n : m;
            int parts = multiplyAdds >= FOUR_PARTS_FROM && (!byRows || n >= PARTS * MIN_PART_ROWS) ? PARTS : 2;
            SecondCore.forEach(parts, (part, worker) -> {
                int from = partStart(part, parts, size);
                int to = partStart(part + 1, parts, size);
                FloatPointer first = x.view(worker, 0);
                FloatPointer second = y.view(worker, 1);
                if (byRows) {
                    whole.run(first, second, result.view(worker, 0), from, to, 0, m);
                } else {
                    whole.run(first, second, result.view(worker, 0), 0, n, from, to);
                }
            });
        }
        return result;
    }

    /** Where part {@code part} of {@code parts} starts along a side of {@code size} (a multiple of 16 where it can). */
    private static int partStart(int part, int parts, int size) {
        if (part >= parts) {
            return size;
        }
        int start = (int) ((long) size * part / parts);
        return size >= 16 * parts ? start / 16 * 16 : start;
    }

    /** One product's shape and operands' layout; {@link #run} computes a block of its output. */
    private record Block(MatrixOperand a, MatrixOperand b, int n, int k, int m) {
        /**
         * Output rows [rowFrom, rowTo) and columns [colFrom, colTo), as one sgemm on sub-matrices
         * of the buffers {@code x}, {@code y} (operands) and {@code r} (result), whose positions it
         * moves (why not new pointers per call: JavaCPP's pointer constructor costs microseconds).
         */
        void run(FloatPointer x, FloatPointer y, FloatPointer r, int rowFrom, int rowTo, int colFrom, int colTo) {
            long lda = a.transposed() ? n : k;
            long ldb = b.transposed() ? k : m;
            long aStart = a.offset() + (a.transposed() ? rowFrom : (long) rowFrom * k);
            long bStart = b.offset() + (b.transposed() ? (long) colFrom * k : colFrom);
            int status = dnnl.dnnl_sgemm(flag(a), flag(b), rowTo - rowFrom, colTo - colFrom, k, 1f,
                    x.position(aStart), lda, y.position(bStart), ldb, 0f, r.position((long) rowFrom * m + colFrom), m);
            if (status != dnnl.dnnl_success) {
                throw new IllegalStateException("dnnl_sgemm failed with status " + status + " for " + n + "x" + k
                        + " times " + k + "x" + m);
            }
        }
    }

    /** See {@link NativeMatmul#updateFloatCopy}. */
    static synchronized void updateFloatCopy(MatrixOperand operand, float[] values) {
        MIRRORS.refresh(operand, values);
    }

    private static byte flag(MatrixOperand o) {
        return o.transposed() ? TRANSPOSE : NO_TRANSPOSE;
    }
}
