package dev.kindling.lang.modules.torch;

import static dev.kindling.lang.modules.torch.Bindings.function;

import dev.kindling.bind.Binder;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.nn.Init;
import dev.kindling.ops.OpRegistry;
import dev.kindling.ops.Variant;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.random.CpuGenerator;

/** {@code torch.nn.functional} (its ops come from the registry) and {@code torch.nn.init}. */
final class FunctionalModule {
    private FunctionalModule() {}

    static PyModule create() {
        PyModule f = new PyModule("torch.nn.functional");
        Binder.installFunctions(OpRegistry.standard(), f, Variant.FUNCTIONAL);
        return f;
    }

    static PyModule init() {
        PyModule m = new PyModule("torch.nn.init");
        Binder.installFunctions(OpRegistry.standard(), m, Variant.INIT);
        return m;
    }
}
