package dev.kindling.embed;

import java.util.IdentityHashMap;
import java.util.Map;

import dev.kindling.lang.eval.Context;
import dev.kindling.lang.objects.PyInstance;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.nn.Module;
import dev.kindling.tensor.Tensor;

/**
 * The names a session knows its tensors by, for labelling a graph's nodes: each tensor variable
 * of {@code __main__} by its name, and each parameter of a module variable by its dotted path
 * ({@code model.0.weight}). The first name met wins; private names ({@code _}) are left out.
 */
final class TensorNames {
    private TensorNames() {}

    static Map<Tensor, String> of(Context context) {
        Map<Tensor, String> names = new IdentityHashMap<>();
        for (String name : context.main().names()) {
            Object v = context.main().get(name);
            if (name.startsWith("_") || v == null || v instanceof PyModule) {
                continue;
            }
            if (v instanceof Tensor t) {
                names.putIfAbsent(t, name);
            }
            Module module = v instanceof Module m ? m : v instanceof PyInstance i && i.peer() instanceof Module m ? m : null;
            if (module != null) {
                module.namedParameters().forEach((path, p) -> names.putIfAbsent(p, name + "." + path));
            }
        }
        return names;
    }
}
