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
        function(m, "uniform_", (a, k) -> {
            Object[] p = Args.bind("uniform_", a, k, "tensor", "a=", "b=", "generator=");
            return Init.uniform_((Tensor) p[0], p[1] == null ? 0 : Ops.toDouble(p[1]), p[2] == null ? 1 : Ops.toDouble(p[2]),
                    GeneratorType.orDefault(p[3]));
        });
        function(m, "normal_", (a, k) -> {
            Object[] p = Args.bind("normal_", a, k, "tensor", "mean=", "std=", "generator=");
            return Init.normal_((Tensor) p[0], p[1] == null ? 0 : Ops.toDouble(p[1]), p[2] == null ? 1 : Ops.toDouble(p[2]),
                    GeneratorType.orDefault(p[3]));
        });
        function(m, "zeros_", (a, k) -> Init.constant_((Tensor) a[0], 0));
        function(m, "ones_", (a, k) -> Init.constant_((Tensor) a[0], 1));
        function(m, "constant_", (a, k) -> Init.constant_((Tensor) a[0], Ops.toDouble(a[1])));
        function(m, "xavier_uniform_", (a, k) -> {
            Object[] p = Args.bind("xavier_uniform_", a, k, "tensor", "gain=", "generator=");
            return Init.xavierUniform_((Tensor) p[0], p[1] == null ? 1 : Ops.toDouble(p[1]), GeneratorType.orDefault(p[2]));
        });
        for (String name : new String[] {"kaiming_uniform_", "kaiming_normal_"}) {
            function(m, name, (a, k) -> {
                Object[] p = Args.bind(name, a, k, "tensor", "a=", "mode=", "nonlinearity=", "generator=");
                double slope = p[1] == null ? 0 : Ops.toDouble(p[1]);
                String mode = p[2] == null ? "fan_in" : (String) p[2];
                String nonlinearity = p[3] == null ? "leaky_relu" : (String) p[3];
                CpuGenerator g = GeneratorType.orDefault(p[4]);
                return name.equals("kaiming_uniform_") ? Init.kaimingUniform_((Tensor) p[0], slope, mode, nonlinearity, g)
                        : Init.kaimingNormal_((Tensor) p[0], slope, mode, nonlinearity, g);
            });
        }
        function(m, "xavier_normal_", (a, k) -> {
            Object[] p = Args.bind("xavier_normal_", a, k, "tensor", "gain=", "generator=");
            return Init.xavierNormal_((Tensor) p[0], p[1] == null ? 1 : Ops.toDouble(p[1]), GeneratorType.orDefault(p[2]));
        });
        function(m, "calculate_gain", (a, k) -> {
            Object[] p = Args.bind("calculate_gain", a, k, "nonlinearity", "param=");
            return Init.calculateGain((String) p[0], p[1] == null || p[1] == PyNone.NONE ? null : Ops.toDouble(p[1]));
        });
        function(m, "eye_", (a, k) -> Init.eye_((Tensor) Args.bind("eye_", a, k, "tensor")[0]));
        return m;
    }
}
