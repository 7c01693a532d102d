package dev.kindling.lang.modules.torch;

import dev.kindling.lang.objects.PyModule;

/** {@code torch.cuda} on a CPU build: no devices. */
final class CudaModule {
    private CudaModule() {}

    static PyModule create() {
        PyModule m = new PyModule("torch.cuda");
        Bindings.function(m, "is_available", (a, k) -> false);
        Bindings.function(m, "device_count", (a, k) -> 0L);
        Bindings.function(m, "manual_seed", (a, k) -> dev.kindling.lang.objects.PyNone.NONE);
        Bindings.function(m, "manual_seed_all", (a, k) -> dev.kindling.lang.objects.PyNone.NONE);
        return m;
    }
}
