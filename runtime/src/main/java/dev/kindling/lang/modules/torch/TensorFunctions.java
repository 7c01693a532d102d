package dev.kindling.lang.modules.torch;

import static dev.kindling.lang.modules.torch.Bindings.function;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyModule;

/** torch.f(input, ...) for the Tensor methods f that PyTorch also offers as functions. */
final class TensorFunctions {
    private TensorFunctions() {}

    /** Names that exist both as torch.f(input, ...) and Tensor.f(...). */
    static final String[] SHARED = {"isnan", "isinf", "isfinite", "isclose", "allclose", "square", "rsqrt",
        "masked_fill", "tril", "triu", "clamp_min", "clamp_max", "lerp", "addcmul", "addcdiv",
        "amax", "amin", "logsumexp", "count_nonzero", "cumprod", "outer", "bmm", "diag",
        "gather", "index_select", "narrow", "unbind", "roll", "nonzero", "unique"};

    /** torch.f(input, ...) for each shared name: the Tensor method on input. */
    static void install(PyModule m) {
        for (String name : SHARED) {
            Object bound = TensorType.TYPE.lookup(name);
            function(m, name, (a, k) -> {
                Object[] all = a.clone();
                if (all.length > 0) {
                    all[0] = TensorMethods.tensor(a[0]);
                } else if (k != null && k.get("input") != null) {
                    all = new Object[] {TensorMethods.tensor(k.remove("input"))};
                } else {
                    throw KindlingError.typeError(name + "() missing 1 required positional arguments: \"input\"");
                }
                return Ops.call(bound, all, k);
            });
        }
    }
}
