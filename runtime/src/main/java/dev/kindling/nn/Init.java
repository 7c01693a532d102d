package dev.kindling.nn;

import dev.kindling.autograd.GradMode;
import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;
import dev.kindling.tensor.random.CpuGenerator;

/**
 * {@code torch.nn.init}: in-place initialisers drawing from PyTorch's random streams.
 *
 * <pre>{@code
 * Tensor w = Torch.empty(3, 4);
 * Init.xavierUniform_(w, Init.calculateGain("tanh", null), CpuGenerator.defaultGenerator());
 * Init.constant_(Torch.empty(4), 0.1);
 * }</pre>
 */
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
        return kaimingUniform_(t, a, "fan_in", "leaky_relu", g);
    }

    /** {@code kaiming_uniform_(t, a, mode, nonlinearity)}: U(-b, b) with b = sqrt(3) gain / sqrt(fan). */
    public static Tensor kaimingUniform_(Tensor t, double a, String mode, String nonlinearity, CpuGenerator g) {
        double bound = Math.sqrt(3.0) * kaimingStd(t, a, mode, nonlinearity);
        return uniform_(t, -bound, bound, g);
    }

    /** {@code kaiming_normal_(t, a, mode, nonlinearity)}: N(0, gain / sqrt(fan)). */
    public static Tensor kaimingNormal_(Tensor t, double a, String mode, String nonlinearity, CpuGenerator g) {
        return normal_(t, 0, kaimingStd(t, a, mode, nonlinearity), g);
    }

    private static double kaimingStd(Tensor t, double a, String mode, String nonlinearity) {
        if (!mode.equals("fan_in") && !mode.equals("fan_out")) {
            throw KindlingError.valueError("Mode " + mode + " not supported, please use one of fan_in, fan_out");
        }
        int fan = fans(t)[mode.equals("fan_in") ? 0 : 1];
        return calculateGain(nonlinearity, a) / Math.sqrt(fan);
    }

    public static Tensor xavierUniform_(Tensor t, double gain, CpuGenerator g) {
        double bound = Math.sqrt(3.0) * xavierStd(t, gain);
        return uniform_(t, -bound, bound, g);
    }

    public static Tensor xavierNormal_(Tensor t, double gain, CpuGenerator g) {
        return normal_(t, 0, xavierStd(t, gain), g);
    }

    private static double xavierStd(Tensor t, double gain) {
        int[] f = fans(t);
        return gain * Math.sqrt(2.0 / (f[0] + f[1]));
    }

    /**
     * {@code calculate_gain}: the factor that keeps activations' variance through a nonlinearity
     * (PyTorch's table; {@code param} is leaky_relu's negative slope, null for its 0.01 default).
     */
    public static double calculateGain(String nonlinearity, Double param) {
        switch (nonlinearity) {
            case "linear": case "conv1d": case "conv2d": case "conv3d": case "conv_transpose1d":
            case "conv_transpose2d": case "conv_transpose3d": case "sigmoid":
                return 1;
            case "tanh":
                return 5.0 / 3;
            case "relu":
                return Math.sqrt(2.0);
            case "leaky_relu":
                double slope = param == null ? 0.01 : param;
                return Math.sqrt(2.0 / (1 + slope * slope));
            case "selu":
                return 3.0 / 4;
            default:
                throw KindlingError.valueError("Unsupported nonlinearity " + nonlinearity);
        }
    }

    /** {@code eye_}: the identity matrix in a 2-D tensor (ones on the diagonal, zeros elsewhere). */
    public static Tensor eye_(Tensor t) {
        if (t.dim() != 2) {
            throw KindlingError.valueError("Only tensors with 2 dimensions are supported");
        }
        return GradMode.withoutGrad(() -> t.copy_(Torch.eye(t.size(0), t.size(1), t.dtype())));
    }
}
