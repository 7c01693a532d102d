package dev.kindling.tensor;

import dev.kindling.tensor.device.DeviceArray;
import dev.kindling.tensor.storage.FloatConversions;

/**
 * A tensor's elements, shared by the tensor and its aliases (detach, {@code .data}, views of the
 * same layout): row-major doubles, and for large float32 values that a float kernel made (a gemm's
 * result, Adam's update of a parameter, randn and rand, {@code + - * /}, relu and sqrt on floats)
 * their float array instead, until someone needs doubles.
 *
 * <p>Why floats at all: tensors compute in doubles (float32 values rounded to float after every
 * operation), but the products and Adam's step run on floats, and converting a layer's 200k
 * weights and gradients between the two, both ways, took about a fifth of a single-threaded MLP
 * step. A gradient that the gemm makes and Adam consumes, and a weight that Adam updates and the
 * next product reads, now stay floats; any other reader converts once.
 *
 * <p>The rule that keeps both sides consistent: {@link #doubles()}, the way to doubles that may
 * be written, drops the floats, so the floats are never stale. Kernels that only read an input
 * take {@link #readDoubles()}, which converts once and keeps the floats for the float kernels
 * after them. Code that reads floats ({@link #floats()}) must not write them.
 *
 * <p>Elements may also be pending: a large matrix's transpose, or a block of rows of a float
 * tensor (a batch), is filled from its source only when first read ({@link Fill},
 * {@link FloatFill}), since a product takes the source with a transpose flag or an offset instead. And
 * they count the in-place writes made to them through any tensor ({@link #writes()}), which is
 * what copies kept elsewhere (the gemm's, Adam's) and views ({@link ViewOf}) check.
 *
 * <pre>{@code
 * Elements e = Elements.ofFloats(gemmResult);  // float32 values, no doubles yet
 * float[] f = e.floats();                      // read without converting
 * double[] d = e.doubles();                    // converted once; e holds doubles only from now on
 * }</pre>
 */
final class Elements {
    /**
     * Elements from which float kernels keep a float32 result as floats. Why a threshold: below it
     * the conversions saved are cheaper than a second array, and most small tensors (the course's)
     * are read as doubles by the next op anyway. Why this one: an MLP's activations on a batch of
     * 64 (64x128, 64x256) go from product to bias, relu, their gradients and the next product in
     * floats; as doubles, each of those steps converted 8-16k elements and wrote arrays twice the
     * size. Measured: a steady mlp_batch step 0.63-0.65 ms with 1 << 15, 0.57 ms with this.
     */
    static final int FLOATS_FROM = 1 << 13;
    private final int length;
    /** The values as doubles; null until first asked for when the floats came first. */
    private double[] doubles;
    /** The values as floats, when a float kernel made them; null otherwise. */
    private float[] floats;
    /** {@link #doubles} does not hold the values: {@link #floats} does. */
    private boolean doublesBehind;
    /** Where the values will come from, for elements not copied yet (a transpose's); null otherwise. */
    private Fill pending;
    /** In-place writes made to these elements, through any tensor over them (see {@link #writes()}). */
    private int writes;
    /** The elements when a device backend holds them (see {@link #onDevice}); null for the heap's. */
    private final DeviceArray deviceArray;

    Elements(double[] doubles) {
        this.doubles = doubles;
        this.length = doubles.length;
        this.deviceArray = null;
    }

    private Elements(float[] floats, int length) {
        this.floats = floats;
        this.length = length;
        this.doublesBehind = true;
        this.deviceArray = null;
    }

    private Elements(DeviceArray array) {
        this.length = array.length();
        this.deviceArray = array;
    }

    /**
     * Elements that a device backend holds. They have no values on the heap: reading them as
     * doubles or floats raises PyTorch's error for an op without a kernel for the device, as
     * only ops that dispatch to the backend ({@link Devices}) may touch them.
     */
    static Elements onDevice(DeviceArray array) {
        return new Elements(array);
    }

    /** The device backend's array holding the elements, or null when they are on the heap. */
    DeviceArray deviceArray() {
        return deviceArray;
    }

    /**
     * How elements made lazily get their values: called once, on first use, to fill the doubles.
     * Why lazily: {@code x @ W.T} needs no copy of W's transpose at all (the gemm reads W with its
     * transpose flag), and a copy made anyway cost more than the product for an MLP's weights.
     */
    interface Fill {
        void into(double[] out);
    }

    /**
     * A fill with float32 values, which are kept as floats when filled: a batch {@code X[i:i+64]}
     * of a float dataset, whose product reads X's rows in place and whose other readers get
     * floats, as from a copy made at once.
     */
    interface FloatFill extends Fill {
        float[] floats();

        @Override
        default void into(double[] out) {
            FloatConversions.toDoubles(floats(), 0, out, 0, out.length);
        }
    }

    /** Elements whose values {@code fill} will give on first use. */
    static Elements pending(int length, Fill fill) {
        return new Elements(fill, length);
    }

    private Elements(Fill fill, int length) {
        this.pending = fill;
        this.length = length;
        this.deviceArray = null;
    }

    /**
     * Forgets the values: {@code fill} gives them again on next use. For a view whose base was
     * written since its copy was made ({@link ViewOf#refresh}).
     */
    void refill(Fill fill) {
        pending = fill;
        doubles = null;
        floats = null;
        doublesBehind = false;
        writes++; // copies made of these elements elsewhere (the gemm's) are stale now
    }

    /** The fill these elements still wait for, or null once they hold values. */
    Fill pendingFill() {
        return pending;
    }

    /** Elements whose values are {@code floats} (float32 values); the array is theirs from now on. */
    static Elements ofFloats(float[] floats) {
        return new Elements(floats, floats.length);
    }

    /**
     * Elements for float32 values a kernel made as floats: kept as floats when large
     * ({@link #keepsFloats}), else converted to doubles, which small tensors' next ops read.
     */
    static Elements ofFloat32(float[] values) {
        if (keepsFloats(DType.FLOAT32, values.length)) {
            return ofFloats(values);
        }
        double[] d = new double[values.length];
        FloatConversions.toDoubles(values, 0, d, 0, d.length);
        return new Elements(d);
    }

    int length() {
        return length;
    }

    /**
     * The values as a double array, which the caller may read and write. Converts the floats the
     * first time, and forgets them (a write through the array would leave them stale).
     */
    double[] doubles() {
        return floats == null && pending == null && deviceArray == null ? doubles : takeDoubles();
    }

    private double[] takeDoubles() {
        catchUp();
        floats = null;
        return doubles;
    }

    /**
     * The values as doubles for reading only: kernels that read an input and write a new result
     * use this, so that an input kept as floats stays so for the float kernels after them. The
     * caller must not write the array.
     */
    double[] readDoubles() {
        if (doublesBehind || pending != null || deviceArray != null) {
            catchUp(); // the floats, if any, stay: both hold the values until a writer takes the doubles
        }
        return doubles;
    }

    /** Makes {@link #doubles} hold the values: fills pending elements, or converts the floats. */
    private void catchUp() {
        if (deviceArray != null) {
            throw Devices.noKernel(deviceArray);
        }
        fillFloats();
        if (pending != null) {
            Fill fill = pending;
            pending = null;
            doubles = new double[length];
            fill.into(doubles);
        } else if (doublesBehind) {
            if (doubles == null) {
                doubles = new double[length];
            }
            FloatConversions.toDoubles(floats, 0, doubles, 0, length);
            doublesBehind = false;
        }
    }

    /** Whether a float32 result of {@code n} elements is kept as floats by the kernels that can. */
    static boolean keepsFloats(DType dtype, long n) {
        return dtype == DType.FLOAT32 && n >= FLOATS_FROM;
    }

    /** The values as floats, when they are kept as floats (filling a pending {@link FloatFill}); null otherwise. Read only. */
    float[] floats() {
        if (deviceArray != null) {
            throw Devices.noKernel(deviceArray);
        }
        fillFloats();
        return floats;
    }

    /** A pending {@link FloatFill} gives its floats now; the doubles fall behind them. */
    private void fillFloats() {
        if (pending instanceof FloatFill fill) {
            pending = null;
            floats = fill.floats();
            doublesBehind = true;
        }
    }

    /**
     * A count that moves on every in-place write to these elements, through whichever tensor:
     * what copies of them made elsewhere (the gemm's off-heap floats, Adam's float copies) check
     * before reuse. Why not the tensors' version counters: {@code .data} makes a tensor over the
     * same elements with a counter of its own, as in PyTorch, so a write through it moves no
     * version that the original's users see.
     */
    int writes() {
        return writes;
    }

    /** Records an in-place write (every one calls it, through {@link Tensor#bumpVersion()}). */
    void wrote() {
        writes++;
    }

    /**
     * Makes {@code values} (float32 values, {@link #length} of them) the elements; the doubles fall
     * behind until {@link #doubles()} is next called. The caller keeps writing to {@code values}
     * only as the owner of these elements (Adam updating its parameter).
     */
    void replaceWithFloats(float[] values) {
        floats = values;
        doublesBehind = true;
    }
}
