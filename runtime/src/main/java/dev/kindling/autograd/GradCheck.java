package dev.kindling.autograd;

import java.util.List;
import java.util.function.Function;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * PyTorch's gradcheck: compares the gradient autograd computes with central finite differences,
 * in float64, with eps 1e-6, atol 1e-5 and rtol 1e-3 ({@code torch.autograd.gradcheck}).
 *
 * <pre>{@code
 * CpuGenerator g = new CpuGenerator().manualSeed(0);
 * Tensor x = Torch.randn(g, 3).to(DType.FLOAT64).requiresGrad_(true);
 * GradCheck.check(in -> in.get(0).tanh().sum(), List.of(x));   // true, or a RuntimeError naming the mismatch
 * }</pre>
 */
public final class GradCheck {
    public static final double EPS = 1e-6;
    public static final double ATOL = 1e-5;
    public static final double RTOL = 1e-3;

    private GradCheck() {}

    /**
     * Checks d(sum of outputs * random weights)/d(input) for every input that requires grad, element by
     * element. The function may return any shape; a fixed projection makes it scalar.
     */
    public static boolean check(Function<List<Tensor>, Tensor> f, List<Tensor> inputs) {
        for (Tensor in : inputs) {
            if (in.requiresGrad() && in.dtype() != DType.FLOAT64) {
                throw KindlingError.runtimeError("gradcheck expects float64 inputs for accuracy, got " + in.dtype());
            }
        }
        Tensor out = f.apply(inputs);
        Tensor projection = projection(out);
        for (Tensor in : inputs) {
            in.setGrad(null);
        }
        out.mul(projection).sum().backward();
        for (int which = 0; which < inputs.size(); which++) {
            Tensor in = inputs.get(which);
            if (!in.requiresGrad()) {
                continue;
            }
            Tensor analytic = in.grad() == null ? Torch.zerosLike(in) : in.grad();
            for (int i = 0; i < in.numel(); i++) {
                double numeric = numericDerivative(f, inputs, in, i, projection);
                double a = analytic.at(i);
                if (Math.abs(a - numeric) > ATOL + RTOL * Math.abs(numeric)) {
                    throw KindlingError.runtimeError("Jacobian mismatch for output 0 with respect to input " + which
                            + ",\nnumerical:" + numeric + "\nanalytical:" + a + "\n(at element " + i + ")");
                }
            }
        }
        return true;
    }

    /** Fixed weights (1, 2, 3, ...)/n so every output element contributes distinctly. */
    private static Tensor projection(Tensor out) {
        double[] w = new double[out.numel()];
        for (int i = 0; i < w.length; i++) {
            w[i] = (i + 1.0) / w.length;
        }
        return Torch.tensor(w, DType.FLOAT64).reshape(out.shape().toArray());
    }

    private static double numericDerivative(Function<List<Tensor>, Tensor> f, List<Tensor> inputs, Tensor in, int i,
            Tensor projection) {
        double original = in.at(i);
        double plus = GradMode.withoutGrad(() -> {
            in.setAt(i, original + EPS);
            return f.apply(inputs).mul(projection).sum().at(0);
        });
        double minus = GradMode.withoutGrad(() -> {
            in.setAt(i, original - EPS);
            return f.apply(inputs).mul(projection).sum().at(0);
        });
        in.setAt(i, original);
        return (plus - minus) / (2 * EPS);
    }
}
