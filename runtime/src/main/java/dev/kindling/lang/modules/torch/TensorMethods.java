package dev.kindling.lang.modules.torch;

import static dev.kindling.lang.modules.torch.TensorType.method;


import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.Ops;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * The {@code torch.Tensor} method that is not an op, {@code tolist} (it builds Python lists), and
 * the conversions of Python values to tensors that the torch bindings share. Ops ({@code add},
 * {@code sum}, {@code view}...) come from the registry through the binder.
 */
final class TensorMethods {
    private TensorMethods() {}

    static void install() {
        method("tolist", (s, a, k) -> {
            Args.none("TensorBase.tolist", a, k);
            return toPython(s.tolist());
        });
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


}
