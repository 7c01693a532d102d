package dev.kindling.lang.modules.torch;

import static dev.kindling.lang.modules.torch.Bindings.function;

import java.util.ArrayList;
import java.util.List;

import dev.kindling.autograd.GradMode;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * {@code torch.nn.utils}: gradient clipping and parameters as one vector, written as PyTorch
 * writes them in Python ({@code torch/nn/utils/clip_grad.py}, {@code convert_parameters.py}),
 * and bound with CPython's call errors.
 */
final class NnUtilsModule {
    private NnUtilsModule() {}

    static PyModule create() {
        PyModule m = new PyModule("torch.nn.utils");
        function(m, "clip_grad_norm_", (a, k) -> {
            Object[] p = Args.bindDef("clip_grad_norm_", a, k, "parameters", "max_norm", "norm_type=",
                    "error_if_nonfinite=", "foreach=");
            return clipGradNorm(parameters(p[0]), Ops.toDouble(p[1]), p[2] == null ? 2.0 : Ops.toDouble(p[2]),
                    p[3] != null && Ops.truthy(p[3]));
        });
        function(m, "clip_grad_value_", (a, k) -> {
            Object[] p = Args.bindDef("clip_grad_value_", a, k, "parameters", "clip_value", "foreach=");
            double limit = Ops.toDouble(p[1]);
            GradMode.withoutGrad(() -> {
                for (Tensor g : gradients(parameters(p[0]))) {
                    g.clamp_(-limit, limit);
                }
                return null;
            });
            return PyNone.NONE;
        });
        function(m, "parameters_to_vector", (a, k) -> {
            Object[] p = Args.bindDef("parameters_to_vector", a, k, "parameters");
            List<Tensor> flat = new ArrayList<>();
            for (Tensor t : parameters(p[0])) {
                flat.add(t.reshape(-1));
            }
            return Torch.cat(flat, 0);
        });
        return m;
    }

    /**
     * PyTorch's clip_grad_norm_: the norm of the gradients' norms, and every gradient scaled by
     * {@code max_norm / (total + 1e-6)} when that is below 1; the total norm is returned.
     */
    private static Tensor clipGradNorm(List<Tensor> parameters, double maxNorm, double normType,
            boolean errorIfNonfinite) {
        List<Tensor> grads = gradients(parameters);
        if (grads.isEmpty()) {
            return Torch.scalar(0.0, dev.kindling.tensor.DType.FLOAT32);
        }
        if (normType != 2.0) {
            throw KindlingError.notImplementedError("clip_grad_norm_(norm_type=" + Ops.format(normType, "")
                    + "): Kindling clips by the 2-norm only");
        }
        return GradMode.withoutGrad(() -> {
            List<Tensor> norms = new ArrayList<>();
            for (Tensor g : grads) {
                norms.add(g.norm());
            }
            Tensor total = Torch.stack(norms, 0).norm();
            double value = total.at(0);
            if (errorIfNonfinite && !Double.isFinite(value)) {
                throw KindlingError.runtimeError("The total norm of order 2.0 for gradients from `parameters` is "
                        + "non-finite, so it cannot be clipped. To disable this error and scale the gradients by the "
                        + "non-finite norm anyway, set `error_if_nonfinite=False`");
            }
            Tensor coefficient = total.add(1e-6).reciprocal().mul(maxNorm).clamp(null, 1.0);
            for (Tensor g : grads) {
                g.mul_(coefficient);
            }
            return total;
        });
    }

    /** A tensor or an iterable of tensors, as PyTorch's utilities take their parameters. */
    private static List<Tensor> parameters(Object given) {
        return TorchModule.tensors(given);
    }

    private static List<Tensor> gradients(List<Tensor> parameters) {
        List<Tensor> grads = new ArrayList<>();
        for (Tensor p : parameters) {
            if (p.grad() != null) {
                grads.add(p.grad());
            }
        }
        return grads;
    }
}
