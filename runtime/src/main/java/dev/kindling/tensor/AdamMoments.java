package dev.kindling.tensor;

import dev.kindling.tensor.storage.FloatConversions;
import dev.kindling.tensor.storage.NativeMatmul;

/**
 * Float copies of a float32 parameter and its two Adam moments that an optimizer keeps between
 * steps, so that the common Adam step ({@link Float32AdamStep}) works on floats instead of converting
 * three double arrays in and three out on every step.
 *
 * <p>Why: tensors store float32 values in doubles. For the 235k parameters of an MLP those
 * conversions took as long as the update itself. Now a step reads the gradient and writes the
 * parameter; the moments' tensors are written only when someone may read them.
 *
 * <p>Each copy is checked before a step. If its tensor is another one, or changed since the copy
 * was made (its elements were written: an in-place write through any alias, {@code .data}
 * included, or a loaded state), the copy is made again from the tensor. The moments' tensors
 * fall behind the copies until {@link #publish()} writes them. The optimizer calls it before it
 * hands its state out (state_dict), and from then on they are written at every step, since the
 * caller may hold them. {@link #release()} writes them back and forgets the copies, before a step
 * that does not use them.
 *
 * <pre>{@code
 * Tensor p = Torch.ones(3), grad = Torch.full(new int[] {3}, 0.5, DType.FLOAT32);
 * Tensor m = Torch.zeros(3), v = Torch.zeros(3);
 * AdamMoments moments = new AdamMoments();       // one per parameter, kept by the optimizer
 * Fused.adamStep(p, grad, m, v, null, 1, 0.01, 0.9, 0.999, 1e-8, 0, false, false, moments);
 * moments.publish();                             // m and v now hold the moments
 * }</pre>
 */
public final class AdamMoments {
    float[] param;
    float[] expAvg;
    float[] expAvgSq;
    /** Room for the gradient's floats and the square roots during a step. */
    float[] scratch;
    private Tensor paramTensor;
    private Tensor expAvgTensor;
    private Tensor expAvgSqTensor;
    /** The tensors' element write counts when the copies were last current (see {@link Elements#writes()}). */
    private int paramWrites;
    private int expAvgWrites;
    private int expAvgSqWrites;
    /** The moments' tensors hold older values than the copies. */
    private boolean tensorsBehind;
    /** The moments' tensors have been handed out: they are kept current at every step. */
    private boolean published;

    /** Brings the copies up to date with these tensors (remaking those that are stale). */
    void attach(Tensor p, Tensor m, Tensor v) {
        if (m != expAvgTensor || v != expAvgSqTensor || m.elements.writes() != expAvgWrites
                || v.elements.writes() != expAvgSqWrites) {
            release();
            expAvg = copy(m);
            expAvgSq = copy(v);
            expAvgTensor = m;
            expAvgSqTensor = v;
            expAvgWrites = m.elements.writes();
            expAvgSqWrites = v.elements.writes();
        }
        if (p != paramTensor || p.elements.writes() != paramWrites) {
            param = copy(p);
            paramTensor = p;
            scratch = new float[param.length];
        }
    }

    /** Whether a step must write the moments' tensors as well as the parameter. */
    boolean writesMoments() {
        return published;
    }

    double[] expAvgTensorData() {
        return expAvgTensor.doubles();
    }

    double[] expAvgSqTensorData() {
        return expAvgSqTensor.doubles();
    }

    /**
     * Records the state after a step updated the parameter's floats (and wrote the moments, if
     * {@link #writesMoments()}): they become the parameter's elements, whose doubles fall behind
     * until someone reads them (see {@link Elements}).
     */
    void stepped() {
        paramTensor.elements.replaceWithFloats(param); // the parameter's values are these floats now
        paramTensor.bumpVersion();
        paramWrites = paramTensor.elements.writes();
        NativeMatmul.updateFloatCopy(paramTensor.elements, paramWrites, param);
        if (published) {
            expAvgTensor.bumpVersion();
            expAvgSqTensor.bumpVersion();
            expAvgWrites = expAvgTensor.elements.writes();
            expAvgSqWrites = expAvgSqTensor.elements.writes();
        } else {
            tensorsBehind = true;
        }
    }

    /** Writes the moments into their tensors, and keeps doing so at every later step. */
    public void publish() {
        writeBack();
        published = true;
    }

    /** Writes the moments back into their tensors and forgets all copies (the tensors are the state again). */
    public void release() {
        writeBack();
        expAvgTensor = null;
        expAvgSqTensor = null;
        paramTensor = null;
        param = null;
        scratch = null;
        expAvg = null;
        expAvgSq = null;
    }

    private void writeBack() {
        if (!tensorsBehind) {
            return;
        }
        store(expAvg, expAvgTensor);
        store(expAvgSq, expAvgSqTensor);
        expAvgWrites = expAvgTensor.elements.writes();
        expAvgSqWrites = expAvgSqTensor.elements.writes();
        tensorsBehind = false;
    }

    /** The tensor's values as a float array of this object's own. */
    private static float[] copy(Tensor t) {
        float[] floats = t.keptFloats();
        return floats != null ? floats.clone() : FloatConversions.toFloats(t.values());
    }

    private static void store(float[] f, Tensor t) {
        FloatConversions.toDoubles(f, 0, t.doubles(), 0, f.length);
        t.bumpVersion();
    }
}
