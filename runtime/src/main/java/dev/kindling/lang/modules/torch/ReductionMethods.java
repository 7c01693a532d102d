package dev.kindling.lang.modules.torch;

import static dev.kindling.lang.modules.torch.TensorType.method;

import java.util.Map;

import dev.kindling.lang.objects.Args;
import dev.kindling.tensor.Tensor;

/** Tensor methods for amax/amin, logsumexp, count_nonzero, cumprod, outer, bmm and diag. */
final class ReductionMethods {
    private ReductionMethods() {}

    /** Installs the Tensor methods. */
    static void install() {
        method("amax", (s, a, k) -> extreme("amax", s, a, k));
        method("amin", (s, a, k) -> extreme("amin", s, a, k));
        method("logsumexp", (s, a, k) -> {
            Object[] p = Args.bind("logsumexp", a, k, "dim", "keepdim=");
            return s.logsumexp(TorchArgs.dims(p[0]), TorchArgs.bool(p[1], false));
        });
        method("count_nonzero", (s, a, k) -> s.countNonzero(TorchArgs.dims(Args.bind("count_nonzero", a, k, "dim=")[0])));
        method("cumprod", (s, a, k) -> s.cumprod(TorchArgs.dim(Args.bind("cumprod", a, k, "dim")[0])));
        method("outer", (s, a, k) -> s.outer(TensorMethods.tensor(Args.bind("outer", a, k, "vec2")[0])));
        method("bmm", (s, a, k) -> s.bmm(TensorMethods.tensor(Args.bind("bmm", a, k, "mat2")[0])));
        method("diag", (s, a, k) -> s.diag(TorchArgs.diagonal("diag", a, k)));
    }

    private static Tensor extreme(String name, Tensor s, Object[] a, Map<String, Object> k) {
        Object[] p = Args.bind(name, a, k, "dim=", "keepdim=");
        int[] dims = p[0] == null ? null : TorchArgs.dims(p[0]);
        boolean keep = TorchArgs.bool(p[1], false);
        return name.equals("amax") ? s.amax(dims, keep) : s.amin(dims, keep);
    }
}
