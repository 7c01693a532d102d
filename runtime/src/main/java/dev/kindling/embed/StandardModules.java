package dev.kindling.embed;

import dev.kindling.lang.eval.ModuleRegistry;
import dev.kindling.lang.modules.torch.TorchModule;

/**
 * The tensor library's modules ({@code torch} and its submodules), registered beside the
 * language's own. Kept apart from {@link Kindling} so the language core does not depend on them.
 */
final class StandardModules {
    private StandardModules() {}

    static void registerAll(ModuleRegistry registry) {
        registry.register("torch", c -> TorchModule.create());
        registry.register("torch.cuda", c -> TorchModule.cuda());
        registry.register("torch.autograd", c -> TorchModule.autograd());
    }
}
