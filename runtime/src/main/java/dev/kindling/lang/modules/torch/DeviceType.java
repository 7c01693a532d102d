package dev.kindling.lang.modules.torch;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.JavaTypes;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyGetSet;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.tensor.Device;

/** {@code torch.device}: only the CPU exists in this build; asking for CUDA fails as PyTorch's CPU build does. */
final class DeviceType {
    static final PyClass TYPE = PyClass.javaType("device", "torch", BuiltinTypes.OBJECT, (a, k) -> of(a[0]));
    static final DeviceType CPU = new DeviceType("cpu");

    static {
        // Registered as a Java type (not a PyObj) so that str() and repr() differ, as PyTorch's do.
        JavaTypes.register(DeviceType.class, TYPE);
        TYPE.define("type", new PyGetSet("type", d -> ((DeviceType) d).kind, null));
        TYPE.define("index", new PyGetSet("index", d -> PyNone.NONE, null));
        Bindings.method(TYPE, "__repr__", (a, k) -> "device(type='" + ((DeviceType) a[0]).kind + "')");
        Bindings.method(TYPE, "__str__", (a, k) -> ((DeviceType) a[0]).kind);
        Bindings.method(TYPE, "__eq__", (a, k) -> a[1] instanceof DeviceType d && d.kind.equals(((DeviceType) a[0]).kind));
    }

    private final String kind;

    private DeviceType(String kind) {
        this.kind = kind;
    }

    static DeviceType of(Object spec) {
        if (spec instanceof DeviceType d) {
            return d;
        }
        String s = String.valueOf(spec);
        if (s.startsWith("cuda") || s.startsWith("mps")) {
            return new DeviceType(s.contains(":") ? s.substring(0, s.indexOf(':')) : s);
        }
        if (!s.equals("cpu")) {
            throw KindlingError.runtimeError("Expected one of cpu, cuda, mps device type at start of device string: " + s);
        }
        return CPU;
    }

    /** Moving to a device: the CPU is a no-op; CUDA raises PyTorch's AssertionError. */
    static void check(Object target) {
        if (target == null || target == PyNone.NONE) {
            return;
        }
        DeviceType d = of(target instanceof String || target instanceof DeviceType ? target : String.valueOf(target));
        if (!d.kind.equals("cpu")) {
            throw Device.notCompiledWithCuda();
        }
    }

    @Override
    public String toString() {
        return kind;
    }
}
