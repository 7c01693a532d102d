package dev.kindling.embed;

import dev.kindling.lang.eval.ModuleRegistry;

/**
 * The place where the tensor library's modules ({@code torch}, {@code torch.nn}, ...) join the
 * registry. Kept apart from {@link Kindling} so the language core does not depend on them.
 */
final class StandardModules {
    private StandardModules() {}

    static void registerAll(ModuleRegistry registry) {
        // torch and its submodules are registered here once the tensor library is wired in.
    }
}
