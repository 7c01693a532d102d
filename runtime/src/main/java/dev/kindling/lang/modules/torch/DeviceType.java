package dev.kindling.lang.modules.torch;

import java.util.Map;
import java.util.function.UnaryOperator;

import dev.kindling.bind.Binder;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.BuiltinBody;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.JavaTypes;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyGetSet;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.ops.Op;
import dev.kindling.ops.OpRegistry;
import dev.kindling.tensor.Device;

/** {@code torch.device}: only the CPU exists in this build; asking for CUDA fails as PyTorch's CPU build does. */
final class DeviceType {
    static final PyClass TYPE = PyClass.javaType("device", "torch", BuiltinTypes.OBJECT, constructor());
    static final DeviceType CPU = new DeviceType(Device.CPU);

    static {
        // Registered as a Java type (not a PyObj) so that str() and repr() differ, as PyTorch's do.
        JavaTypes.register(DeviceType.class, TYPE);
        TYPE.define("type", new PyGetSet("type", d -> ((DeviceType) d).device.type(), null));
        TYPE.define("index", new PyGetSet("index", d -> ((DeviceType) d).index(), null));
        Bindings.method(TYPE, "__repr__", (a, k) -> ((DeviceType) a[0]).repr());
        Bindings.method(TYPE, "__str__", (a, k) -> ((DeviceType) a[0]).device.toString());
        Bindings.method(TYPE, "__eq__", (a, k) -> a[1] instanceof DeviceType d
                && d.device.toString().equals(((DeviceType) a[0]).device.toString()));
    }

    private final Device device;

    /** The constructor, parsed against PyTorch's two signatures ({@code device} keeps the Python value). */
    private static BuiltinBody constructor() {
        Op device = new OpRegistry().op("device(Device device) -> Device", a -> of(a.get("device")))
                .overload("device(str type, int index=-1) -> Device", a -> of(a.integer("index") < 0 ? a.string("type")
                        : a.string("type") + ":" + a.integer("index")));
        return Binder.function(device, Map.of("device", UnaryOperator.identity()));
    }

    private DeviceType(Device device) {
        this.device = device;
    }

    static DeviceType of(Object spec) {
        if (spec instanceof DeviceType d) {
            return d;
        }
        return of(spec instanceof Device device ? device : Device.of(String.valueOf(spec)));
    }

    static DeviceType of(Device device) {
        return device == Device.CPU ? CPU : new DeviceType(device);
    }

    /**
     * Moving a module to a device: the CPU is a no-op; a device this build lacks raises PyTorch's
     * error (CUDA's AssertionError); moving parameters to another device is not supported yet.
     */
    static void check(Object target) {
        if (target == null || target == PyNone.NONE) {
            return;
        }
        DeviceType d = of(target instanceof String || target instanceof DeviceType ? target : String.valueOf(target));
        if (d != CPU) {
            Device.requireAvailable(d.device);
            throw KindlingError.notImplementedError("Module.to('" + d.device + "'): Kindling moves tensors to "
                    + d.device.type() + " but not yet a module's parameters");
        }
    }

    @Override
    public String toString() {
        return device.toString();
    }

    private Object index() {
        return device.index() < 0 ? PyNone.NONE : (Object) (long) device.index();
    }

    private String repr() {
        return "device(type='" + device.type() + "'" + (device.index() < 0 ? "" : ", index=" + device.index()) + ")";
    }
}
