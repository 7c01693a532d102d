package dev.kindling.tensor;

import dev.kindling.tensor.cpu.AdamConstants;
import dev.kindling.tensor.cpu.Float32Kernels;

/**
 * Optimizer updates as single passes over a parameter's elements, following PyTorch's
 * single-tensor SGD and Adam step by step (each intermediate rounded to the parameter's dtype,
 * with the fused multiply-adds PyTorch's CPU kernels use), so trajectories match PyTorch's.
 */
public final class Fused {
    private Fused() {}

    /** {@code x + alpha * y} as ATen's add kernel computes it: one fused multiply-add in the dtype. */
    private static double addScaled(DType t, double x, double y, double alpha) {
        if (t == DType.FLOAT32) {
            return Math.fma((float) y, (float) alpha, (float) x);
        }
        return Math.fma(y, alpha, x);
    }

    /** SGD with momentum, dampening, Nesterov and weight decay; {@code buffer} is null until the first step. */
    public static Tensor sgdStep(Tensor param, Tensor grad, Tensor buffer, double lr, double momentum, double dampening,
            boolean nesterov, double weightDecay, boolean maximize) {
        if (Devices.onDevice(param)) {
            return DeviceSteps.sgd(param, grad, buffer, lr, momentum, dampening, nesterov, weightDecay, maximize);
        }
        DType t = param.dtype;
        double[] p = param.doubles();
        double[] gradient = grad.doubles();
        double[] g = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            double gi = maximize ? -gradient[i] : gradient[i];
            g[i] = weightDecay != 0 ? addScaled(t, gi, p[i], weightDecay) : gi;
        }
        Tensor buf = buffer;
        if (momentum != 0) {
            if (buf == null) {
                buf = new Tensor(g.clone(), param.shape.clone(), t);
            } else {
                double[] b = buf.doubles();
                for (int i = 0; i < g.length; i++) {
                    b[i] = addScaled(t, t.cast(b[i] * t.cast(momentum)), g[i], 1 - dampening);
                }
                buf.bumpVersion(); // an in-place change, as for every other in-place write (cached native copies)
            }
            double[] b = buf.doubles();
            for (int i = 0; i < g.length; i++) {
                g[i] = nesterov ? addScaled(t, g[i], b[i], momentum) : b[i];
            }
        }
        for (int i = 0; i < p.length; i++) {
            p[i] = addScaled(t, p[i], g[i], -lr);
        }
        param.bumpVersion();
        return buf;
    }

    /**
     * One Adam/AdamW step (PyTorch's _single_tensor_adam). {@code step} is the step count after
     * increment; {@code decoupled} selects AdamW's weight decay; {@code maxExpAvgSq} is used (and
     * updated) when AMSGrad is on.
     */
    public static void adamStep(Tensor param, Tensor grad, Tensor expAvg, Tensor expAvgSq, Tensor maxExpAvgSq, long step,
            double lr, double beta1, double beta2, double eps, double weightDecay, boolean decoupled, boolean maximize) {
        adamStep(param, grad, expAvg, expAvgSq, maxExpAvgSq, step, lr, beta1, beta2, eps, weightDecay, decoupled,
                maximize, null);
    }

    /**
     * {@link #adamStep} with the float copies an optimizer keeps for the parameter ({@code moments},
     * or null for none): the common float32 step works on them; any other step first writes them
     * back and forgets them.
     */
    public static void adamStep(Tensor param, Tensor grad, Tensor expAvg, Tensor expAvgSq, Tensor maxExpAvgSq, long step,
            double lr, double beta1, double beta2, double eps, double weightDecay, boolean decoupled, boolean maximize,
            AdamMoments moments) {
        if (Devices.onDevice(param)) {
            DeviceSteps.adam(param, grad, expAvg, expAvgSq, maxExpAvgSq, step, lr, beta1, beta2, eps, weightDecay,
                    decoupled, maximize);
            return;
        }
        DType t = param.dtype;
        if (decoupled && weightDecay != 0) {
            double[] p = param.doubles();
            double factor = t.cast(1 - lr * weightDecay);
            for (int i = 0; i < p.length; i++) {
                p[i] = t.cast(p[i] * factor);
            }
            param.bumpVersion(); // p.mul_: float copies of the parameter are stale now
        }
        double bias2Sqrt = t.cast(Math.sqrt(1 - Math.pow(beta2, step)));
        double stepSize = t.cast(-(lr / (1 - Math.pow(beta1, step))));
        double weight = 1 - beta1;
        double b2 = t.cast(beta2);
        double oneMinusB2 = t.cast(1 - beta2);
        double epsilon = t.cast(eps);
        Float32Kernels kernels = TorchState.current().kernels();
        if (t == DType.FLOAT32 && !maximize && maxExpAvgSq == null && (decoupled || weightDecay == 0)) {
            AdamMoments copies = moments != null ? moments : new AdamMoments();
            copies.attach(param, expAvg, expAvgSq);
            if (moments == null) {
                copies.publish(); // no one keeps the copies: the tensors must hold the result
            }
            Float32AdamStep.step(copies, param, grad, new AdamConstants((float) weight, (float) b2,
                    (float) oneMinusB2, (float) epsilon, (float) bias2Sqrt, (float) stepSize), kernels);
            return;
        }
        if (moments != null) {
            moments.release();
        }
        double[] p = param.doubles();
        double[] gradient = grad.doubles();
        double[] avg = expAvg.doubles();
        double[] avgSq = expAvgSq.doubles();
        double[] maxAvgSq = maxExpAvgSq == null ? null : maxExpAvgSq.doubles();
        for (int i = 0; i < p.length; i++) {
            double g = maximize ? -gradient[i] : gradient[i];
            if (!decoupled && weightDecay != 0) {
                g = addScaled(t, g, p[i], weightDecay);
            }
            double m = avg[i];
            m = addScaled(t, m, t.cast(g - m), weight); // lerp with weight < 0.5: self + w * (end - self), fused
            avg[i] = m;
            double v = t.cast(avgSq[i] * b2);
            // addcmul: self + (value * t1) * t2; the compiler fuses the last multiply and the add
            // in ATen's CPU kernel (checked against PyTorch 2.13: exp_avg_sq matches only fused)
            v = addScaled(t, v, g, t.cast(oneMinusB2 * g));
            avgSq[i] = v;
            double source = v;
            if (maxAvgSq != null) {
                maxAvgSq[i] = Math.max(maxAvgSq[i], v);
                source = maxAvgSq[i];
            }
            double root = t == DType.FLOAT32 ? kernels.sqrt((float) source) : Math.sqrt(source); // torch.sqrt
            double denom = t.cast(t.cast(root / bias2Sqrt) + epsilon);
            p[i] = t.cast(p[i] + t.cast(t.cast(stepSize * m) / denom)); // addcdiv: self + (value * t1) / t2
        }
        param.bumpVersion();
        expAvg.bumpVersion();
        expAvgSq.bumpVersion();
    }

    /** A zero-filled tensor shaped like another (optimizer state). */
    public static Tensor zerosLike(Tensor t) {
        return Torch.zerosLike(t);
    }
}
