package dev.kindling.lang.modules.torch;

import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.JavaTypes;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.tensor.random.CpuGenerator;

/** {@code torch.Generator}: an independent PyTorch-identical random stream (a {@link CpuGenerator}). */
final class GeneratorType {
    static final PyClass TYPE = PyClass.javaType("Generator", "torch", BuiltinTypes.OBJECT, (a, k) -> {
        Args.bind("Generator", a, k, "device=");
        return new CpuGenerator();
    });

    static {
        Bindings.method(TYPE, "manual_seed", (a, k) -> {
            Args.exactly("manual_seed", a, k, 2);
            return self(a).manualSeed(Ops.toLong(a[1]));
        });
        Bindings.method(TYPE, "initial_seed", (a, k) -> self(a).initialSeed());
        Bindings.method(TYPE, "seed", (a, k) -> self(a).seed());
        Bindings.method(TYPE, "__repr__", (a, k) -> "<torch._C.Generator object at "
                + dev.kindling.lang.objects.Repr.address(a[0]) + ">");
        JavaTypes.register(CpuGenerator.class, TYPE);
    }

    private GeneratorType() {}

    static CpuGenerator self(Object[] a) {
        return (CpuGenerator) a[0];
    }

    /** The generator= argument: the given one, or the process default. */
    static CpuGenerator orDefault(Object generator) {
        return generator == null || generator == dev.kindling.lang.objects.PyNone.NONE
                ? CpuGenerator.defaultGenerator() : (CpuGenerator) generator;
    }
}
