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
    final FloatPointer pointer;
    private final FloatBuffer view;

    OffHeapFloats(long length) {
        pointer = new FloatPointer(Math.max(1, length));
        view = pointer.asBuffer();
    }

    long capacity() {
        return pointer.capacity();
    }

    /** Copies {@code length} floats of {@code from} to the start of this array. */
    void write(float[] from, int length) {
        view.put(0, from, 0, length);
    }

    /** Copies {@code length} floats from element {@code start} of this array into {@code to} at {@code start}. */
    void read(int start, float[] to, int length) {
        view.get(start, to, start, length);
    }
}
