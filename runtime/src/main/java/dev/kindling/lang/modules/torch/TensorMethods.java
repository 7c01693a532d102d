package dev.kindling.lang.modules.torch;

import static dev.kindling.lang.modules.torch.TensorType.method;

import java.util.Map;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * The {@code torch.Tensor} methods that are not ops: metadata, conversions and autograd's entry
 * points. Ops ({@code add}, {@code sum}, {@code view}...) come from the registry through the binder.
 */
final class TensorMethods {
    private TensorMethods() {}

    static void install() {
        metadata();
        conversions();
        shapes();
    }

    private static void metadata() {
        method("tolist", (s, a, k) -> toPython(s.tolist()));
    }

    /** java.util.List trees from the DSL become Python lists. */
    static Object toPython(Object o) {
        if (o instanceof java.util.List<?> l) {
            dev.kindling.lang.objects.PyList out = new dev.kindling.lang.objects.PyList();
            for (Object x : l) {
                out.add(toPython(x));
            }
            return out;
        }
        return o;
    }

    private static void conversions() {
        method("numpy", (s, a, k) -> {
            if (s.requiresGrad()) {
                throw KindlingError.runtimeError("Can't call numpy() on Tensor that requires grad. Use "
                        + "tensor.detach().numpy() instead.");
            }
            throw KindlingError.notImplementedError("Kindling has no numpy; use .tolist()");
        });
    }

    static double scalar(Object o) {
        if (o instanceof Tensor t) {
            return ((Number) (t.item() instanceof Boolean b ? (b ? 1 : 0) : t.item())).doubleValue();
        }
        return Ops.toDouble(o);
    }

    static Tensor tensor(Object o) {
        Object v = TorchArgs.operand(o);
        if (v == null) {
            throw KindlingError.typeError("expected Tensor as argument, but got " + Ops.typeName(o));
        }
        return Torch.asTensor(v);
    }

    private static void shapes() {
        method("new_tensor", (s, a, k) -> Torch.tensor(TorchArgs.data(a[0]), s.dtype()));
    }

}
