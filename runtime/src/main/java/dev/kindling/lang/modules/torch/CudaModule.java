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
        Bindings.function(m, "manual_seed", (a, k) -> dev.kindling.lang.objects.PyNone.NONE);
        Bindings.function(m, "manual_seed_all", (a, k) -> dev.kindling.lang.objects.PyNone.NONE);
        return m;
    }
}
