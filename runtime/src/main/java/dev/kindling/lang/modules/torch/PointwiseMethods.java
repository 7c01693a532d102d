package dev.kindling.lang.modules.torch;

import static dev.kindling.lang.modules.torch.TensorType.method;

import java.util.Map;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.Ops;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * Tensor methods for value tests (isnan, isclose, ...), masking (masked_fill, where), triangles,
 * one-sided clamps, lerp and addcmul/addcdiv. The torch functions of the same names are in
 * {@link TensorFunctions}.
 */
final class PointwiseMethods {
    private PointwiseMethods() {}

    /** Installs the Tensor methods. */
    static void install() {
        method("isnan", (s, a, k) -> s.isnan());
        method("isinf", (s, a, k) -> s.isinf());
        method("isfinite", (s, a, k) -> s.isfinite());
        method("isclose", (s, a, k) -> {
            Object[] p = closeness("isclose", a, k);
            return s.isclose(TensorMethods.tensor(p[0]), rtol(p[1]), atol(p[2]), TorchArgs.bool(p[3], false));
        });
        method("allclose", (s, a, k) -> {
            Object[] p = closeness("allclose", a, k);
            return s.allclose(TensorMethods.tensor(p[0]), rtol(p[1]), atol(p[2]), TorchArgs.bool(p[3], false));
        });
        method("square", (s, a, k) -> s.square());
        method("rsqrt", (s, a, k) -> s.rsqrt());
        method("masked_fill", (s, a, k) -> {
            Object[] p = Args.bind("masked_fill", a, k, "mask", "value");
            return s.maskedFill(TorchArgs.tensorArgument(p[0]), fillValue(p[1]));
        });
        method("masked_fill_", (s, a, k) -> {
            Object[] p = Args.bind("masked_fill_", a, k, "mask", "value");
            return s.maskedFill_(TorchArgs.tensorArgument(p[0]), fillValue(p[1]));
        });
        method("where", (s, a, k) -> {
            Object[] p = Args.bind("where", a, k, "condition", "other");
            return Torch.where(TorchArgs.tensorArgument(p[0]), s, TorchArgs.operand(p[1]));
        });
        method("tril", (s, a, k) -> s.tril(TorchArgs.diagonal("tril", a, k)));
        method("triu", (s, a, k) -> s.triu(TorchArgs.diagonal("triu", a, k)));
        method("clamp_min", (s, a, k) -> s.clampMin(TensorMethods.scalar(Args.bind("clamp_min", a, k, "min")[0])));
        method("clamp_max", (s, a, k) -> s.clampMax(TensorMethods.scalar(Args.bind("clamp_max", a, k, "max")[0])));
        method("lerp", (s, a, k) -> {
            Object[] p = Args.bind("lerp", a, k, "end", "weight");
            if (p[1] instanceof Tensor) {
                throw KindlingError.notImplementedError("lerp with a tensor weight: Kindling takes a number");
            }
            return s.lerp(TensorMethods.tensor(p[0]), Ops.toDouble(p[1]));
        });
        method("addcmul", (s, a, k) -> {
            Object[] p = Args.bind("addcmul", a, k, "tensor1", "tensor2", "*", "value=");
            return s.addcmul(TensorMethods.tensor(p[0]), TensorMethods.tensor(p[1]), value(p[2]));
        });
        method("addcdiv", (s, a, k) -> {
            Object[] p = Args.bind("addcdiv", a, k, "tensor1", "tensor2", "*", "value=");
            return s.addcdiv(TensorMethods.tensor(p[0]), TensorMethods.tensor(p[1]), value(p[2]));
        });
    }

    private static Object[] closeness(String name, Object[] a, Map<String, Object> k) {
        return Args.bind(name, a, k, "other", "rtol=", "atol=", "equal_nan=");
    }

    private static double rtol(Object o) {
        return o == null ? 1e-05 : Ops.toDouble(o);
    }

    private static double atol(Object o) {
        return o == null ? 1e-08 : Ops.toDouble(o);
    }

    private static double value(Object o) {
        return o == null ? 1 : TensorMethods.scalar(o);
    }

    /** A number, or a 0-d tensor's value (PyTorch refuses a value tensor with dimensions). */
    private static double fillValue(Object o) {
        if (o instanceof Tensor t && t.dim() > 0) {
            throw KindlingError.runtimeError("masked_fill_ only supports a 0-dimensional value tensor, but got tensor "
                    + "with " + t.dim() + " dimension(s).");
        }
        return TensorMethods.scalar(o);
    }
}
