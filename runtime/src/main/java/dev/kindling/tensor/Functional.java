package dev.kindling.tensor;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.Warnings;
import dev.kindling.tensor.random.CpuGenerator;
import dev.kindling.tensor.random.Distributions;

/** {@code torch.nn.functional} operations that need more than one tensor op: linear and dropout. */
public final class Functional {
    private Functional() {}

    public static Tensor linear(Tensor input, Tensor weight, Tensor bias) {
        return LinearAlgebra.linear(input, weight, bias);
    }

    /** Inverted dropout with PyTorch's bernoulli stream: kept elements are scaled by 1/(1-p). */
    public static Tensor dropout(Tensor input, double p, boolean training, CpuGenerator g) {
        if (!training || p == 0) {
            return input;
        }
        if (p == 1) {
            return input.mul(0.0);
        }
        float[] noise = new float[input.numel()];
        Distributions.dropoutNoise(noise, p, g);
        double[] mask = new double[noise.length];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = noise[i];
        }
        return input.mul(new Tensor(mask, input.shape.clone(), DType.FLOAT32));
    }

    /**
     * PyTorch's deprecated implicit dim for softmax-like ops called without one (F.softmax(x),
     * nn.Softmax()): 0 for 0-, 1- and 3-D inputs, else 1, with its UserWarning.
     */
    public static int implicitSoftmaxDim(String name, Tensor input) {
        Warnings.warn(ErrorType.USER_WARNING, "Implicit dimension choice for " + name + " has been deprecated. Change "
                + "the call to include dim=X as an argument.");
        int ndim = input.dim();
        return ndim == 0 || ndim == 1 || ndim == 3 ? 0 : 1;
    }

    /**
     * The p-norm along dim, kept as a size-1 dim so it divides its input. One node with ATen's
     * rule, which gives a zero gradient where the norm is zero (composed sqrt would give nan).
     */
    private static Tensor norm(Tensor x, double p, int dim) {
        Tensor v = x.detach();
        Tensor out = p == 2 ? v.mul(v).sum(dim, true).sqrt()
                : p == 1 ? v.abs().sum(dim, true) : v.abs().pow(p).sum(dim, true).pow(1 / p);
        Tensor value = new Tensor(out.data, out.shape, out.dtype);
        return value.withGradFn("LinalgVectorNormBackward0", new Tensor[] {x}, g -> {
            Tensor slope = p == 1 ? v.sign() : v.mul(v.abs().pow(p - 2)).div(value.pow(p - 1));
            Tensor masked = Torch.where(value.eq(0), 0.0, slope);
            return new Tensor[] {masked.mul(g)};
        }, true);
    }

    /** input / max(||input||_p, eps) along dim (grad_fn DivBackward0, as in PyTorch). */
    public static Tensor normalize(Tensor input, double p, int dim, double eps) {
        return input.div(norm(input, p, dim).clamp(eps, null));
    }

    /**
     * Cosine of the angle between x1 and x2 along dim, as ATen computes it: each side divided by
     * its own norm (clamped to eps) and the products summed (grad_fn SumBackward1).
     */
    public static Tensor cosineSimilarity(Tensor x1, Tensor x2, int dim, double eps) {
        int[] shape = Shapes.broadcast(x1.shape, x2.shape);
        Tensor a = java.util.Arrays.equals(x1.shape, shape) ? x1 : x1.expand(shape);
        Tensor b = java.util.Arrays.equals(x2.shape, shape) ? x2 : x2.expand(shape);
        int d = Shapes.wrapDim(dim, shape.length);
        return a.div(norm(a, 2, d).clamp(eps, null)).mul(b.div(norm(b, 2, d).clamp(eps, null))).sum(d, false);
    }
}
