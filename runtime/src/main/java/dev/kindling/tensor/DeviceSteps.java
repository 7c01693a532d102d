package dev.kindling.tensor;

import dev.kindling.autograd.GradMode;

/**
 * SGD's and Adam's steps for parameters on a device: PyTorch's single-tensor algorithms written
 * with tensor ops, which run on the parameter's backend ({@link Devices}). The CPU's steps
 * ({@link Fused}) stay single passes over the elements, with PyTorch's CPU roundings; these
 * round each op as the device's kernels do.
 */
final class DeviceSteps {
    private DeviceSteps() {}

    /** {@link Fused#sgdStep} on a device: the momentum buffer, or null without momentum. */
    static Tensor sgd(Tensor param, Tensor grad, Tensor buffer, double lr, double momentum, double dampening,
            boolean nesterov, double weightDecay, boolean maximize) {
        return GradMode.withoutGrad(() -> {
            Tensor g = maximize ? grad.neg() : grad;
            if (weightDecay != 0) {
                g = g.add(param, weightDecay);
            }
            Tensor buf = buffer;
            if (momentum != 0) {
                if (buf == null) {
                    buf = g.detachCopy();
                } else {
                    buf.mul_(momentum).add_(g, 1 - dampening);
                }
                g = nesterov ? g.add(buf, momentum) : buf;
            }
            param.add_(g, -lr);
            return buf;
        });
    }

    /** {@link Fused#adamStep} on a device; {@code step} counts this step. */
    static void adam(Tensor param, Tensor grad, Tensor expAvg, Tensor expAvgSq, Tensor maxExpAvgSq, long step,
            double lr, double beta1, double beta2, double eps, double weightDecay, boolean decoupled, boolean maximize) {
        GradMode.withoutGrad(() -> {
            Tensor g = maximize ? grad.neg() : grad;
            if (weightDecay != 0 && decoupled) {
                param.mul_(1 - lr * weightDecay);
            } else if (weightDecay != 0) {
                g = g.add(param, weightDecay);
            }
            expAvg.add_(g.sub(expAvg), 1 - beta1); // lerp_(g, 1 - beta1)
            expAvgSq.mul_(beta2).add_(g.mul(g), 1 - beta2); // mul_(beta2).addcmul_(g, g, value=1 - beta2)
            Tensor second = expAvgSq;
            if (maxExpAvgSq != null) {
                maxExpAvgSq.copy_(maxExpAvgSq.maximum(expAvgSq));
                second = maxExpAvgSq;
            }
            double bias1 = 1 - Math.pow(beta1, step);
            double bias2Sqrt = Math.sqrt(1 - Math.pow(beta2, step));
            Tensor denom = second.sqrt().div(bias2Sqrt).add(eps);
            param.add_(expAvg.div(denom), -lr / bias1); // addcdiv_(exp_avg, denom, value=-step_size)
            return null;
        });
    }
}
