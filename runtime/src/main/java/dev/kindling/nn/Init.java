package dev.kindling.nn;

import dev.kindling.autograd.GradMode;
import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;
import dev.kindling.tensor.random.CpuGenerator;

/** {@code torch.nn.init}: in-place initialisers drawing from PyTorch's random streams. */
public final class Init {
    private Init() {}

    public static Tensor uniform_(Tensor t, double a, double b, CpuGenerator g) {
        return GradMode.withoutGrad(() -> Torch.uniform_(t, a, b, g));
    }

    public static Tensor normal_(Tensor t, double mean, double std, CpuGenerator g) {
        return GradMode.withoutGrad(() -> Torch.normal_(t, mean, std, g));
    }

    public static Tensor constant_(Tensor t, double value) {
        return GradMode.withoutGrad(() -> t.fill_(value));
    }

    /** fan_in and fan_out as PyTorch's _calculate_fan_in_and_fan_out computes them. */
    static int[] fans(Tensor t) {
        if (t.dim() < 2) {
            throw KindlingError.valueError("Fan in and fan out can not be computed for tensor with fewer than 2 dimensions");
        }
        int receptive = 1;
        for (int i = 2; i < t.dim(); i++) {
            receptive *= t.size(i);
        }
        return new int[] {t.size(1) * receptive, t.size(0) * receptive};
    }

    /** kaiming_uniform_ with leaky_relu gain for slope {@code a}, fan_in mode (nn.Linear uses a = sqrt(5)). */
    public static Tensor kaimingUniform_(Tensor t, double a, CpuGenerator g) {
        int fanIn = fans(t)[0];
        double gain = Math.sqrt(2.0 / (1 + a * a));
        double std = gain / Math.sqrt(fanIn);
        double bound = Math.sqrt(3.0) * std;
        return uniform_(t, -bound, bound, g);
    }

    public static Tensor xavierUniform_(Tensor t, double gain, CpuGenerator g) {
        int[] f = fans(t);
        double std = gain * Math.sqrt(2.0 / (f[0] + f[1]));
        double bound = Math.sqrt(3.0) * std;
        return uniform_(t, -bound, bound, g);
    }
}
