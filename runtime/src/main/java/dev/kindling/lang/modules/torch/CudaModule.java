package dev.kindling.lang.modules.torch;

import dev.kindling.lang.objects.PyModule;
import dev.kindling.tensor.Device;
import dev.kindling.tensor.device.Backends;

/** {@code torch.cuda}: the devices a cuda backend found (none in a build without one). */
final class CudaModule {
    private CudaModule() {}

    static PyModule create() {
        PyModule m = new PyModule("torch.cuda");
        Bindings.function(m, "is_available", (a, k) -> Device.cudaAvailable());
        Bindings.function(m, "device_count", (a, k) -> (long) Backends.deviceCount("cuda"));
        Bindings.function(m, "current_device", (a, k) -> {
            Device.cudaBackend();
            return 0L;
        });
        Bindings.function(m, "get_device_name", (a, k) -> Device.cudaBackend().deviceName(index(a)));
        Bindings.function(m, "synchronize", (a, k) -> {
            Device.cudaBackend().synchronize();
            return dev.kindling.lang.objects.PyNone.NONE;
        });
        Bindings.function(m, "manual_seed", (a, k) -> dev.kindling.lang.objects.PyNone.NONE);
        Bindings.function(m, "manual_seed_all", (a, k) -> dev.kindling.lang.objects.PyNone.NONE);
        return m;
    }

    /**
     * {@code torch.accelerator}: the device-neutral view of the same devices (PyTorch 2.6+), whose
     * current accelerator is cuda where a cuda device is, else None.
     */
    static PyModule accelerator() {
        PyModule m = new PyModule("torch.accelerator");
        Bindings.function(m, "is_available", (a, k) -> Device.cudaAvailable());
        Bindings.function(m, "device_count", (a, k) -> (long) Backends.deviceCount("cuda"));
        Bindings.function(m, "current_accelerator", (a, k) -> Device.cudaAvailable()
                ? DeviceType.of(Device.of("cuda")) : dev.kindling.lang.objects.PyNone.NONE);
        return m;
    }

    /** The device index of {@code get_device_name(device=None)}: an int, a device, or the current one. */
    private static int index(Object[] a) {
        if (a.length == 0 || a[0] == dev.kindling.lang.objects.PyNone.NONE) {
            return 0;
        }
        if (a[0] instanceof Long i) {
            return i.intValue();
        }
        return Math.max(0, DeviceType.of(a[0]).device().index());
    }
}
