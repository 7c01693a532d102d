package dev.kindling.embed;

import dev.kindling.lang.eval.ModuleRegistry;
import dev.kindling.lang.modules.plot.FigureRelay;
import dev.kindling.lang.modules.plot.PyplotModule;
import dev.kindling.lang.modules.torch.TorchModule;
import dev.kindling.lang.objects.PyModule;

/**
 * The tensor library's modules ({@code torch} and its submodules) and the plotting subset
 * ({@code matplotlib.pyplot}), registered beside the language's own. Kept apart from {@link Kindling} so the language core does not depend on them.
 */
final class StandardModules {
    private StandardModules() {}

    /** The submodule object the torch module already holds, so `import torch.nn as nn` and torch.nn agree. */
    private static PyModule submodule(PyModule torch, String dotted) {
        PyModule m = torch;
        for (String part : dotted.substring("torch.".length()).split("\\.")) {
            m = (PyModule) m.get(part);
        }
        return m;
    }

    static void registerAll(ModuleRegistry registry, FigureRelay figures) {
        registry.register("torch", c -> TorchModule.create());
        for (String sub : new String[] {"torch.cuda", "torch.accelerator", "torch.autograd", "torch.autograd.function", "torch.nn", "torch.nn.functional",
            "torch.nn.init", "torch.optim", "torch.optim.lr_scheduler", "torch.utils", "torch.utils.data"}) {
            registry.register(sub, c -> submodule(c.importModule("torch"), sub));
        }
        registry.register("matplotlib", c -> PyplotModule.createPackage(c, figures));
        registry.register("matplotlib.pyplot", c -> (PyModule) c.importModule("matplotlib").get("pyplot"));
    }
}
