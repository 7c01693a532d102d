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
}
