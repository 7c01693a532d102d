package dev.kindling.tensor.storage;

import java.nio.FloatBuffer;

import org.bytedeco.javacpp.FloatPointer;

/**
 * An off-heap float array for the native gemm: the pointer it is passed as, and a direct-buffer
 * view of the same memory that Java copies through.
 *
 * <p>Why the view: JavaCPP's {@code FloatPointer.put(float[], ...)} and {@code get} go through
 * JNI array-element copies that malloc and fill a temporary of the array's size; for an MLP
 * layer's 200k weights that took over 100 us per copy in a training loop, against about 10 us for
 * the direct buffer's bulk copy.
 */
final class OffHeapFloats {
    private final FloatPointer pointer;
    /**
     * Pointers to the same memory, one per thread of a split gemm and per operand position: each
     * call moves them to its own blocks. Why per operand: in {@code a @ a.T} both operands are this
     * buffer, and one pointer object moved for both would pass the second position twice. Why
     * made once here: a JavaCPP pointer costs microseconds to construct (it registers a reference
     * for its deallocator), and constructing them per product was a large share of what the JIT
     * compiled on the gemm's path.
     */
    private final FloatPointer[] views = new FloatPointer[4];
    private final FloatBuffer view;

    OffHeapFloats(long length) {
        pointer = new FloatPointer(Math.max(1, length));
        for (int i = 0; i < views.length; i++) {
            views[i] = new FloatPointer(pointer);
        }
        view = pointer.asBuffer();
    }

    /** This buffer's pointer for thread {@code worker} (0 or 1) as operand {@code operand} (0 or 1) of a gemm. */
    FloatPointer view(int worker, int operand) {
        return views[2 * worker + operand];
    }

    long capacity() {
        return pointer.capacity();
    }

    /** Copies floats [start, start + length) of {@code from} to the same positions of this array. */
    void write(int start, float[] from, int length) {
        view.put(start, from, start, length);
    }

    /** Copies {@code length} floats from element {@code start} of this array into {@code to} at {@code start}. */
    void read(int start, float[] to, int length) {
        view.get(start, to, start, length);
    }
}
