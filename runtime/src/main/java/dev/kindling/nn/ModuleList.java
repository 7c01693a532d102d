package dev.kindling.nn;

import dev.kindling.errors.KindlingError;

/** Holds submodules in a list (registered as 0, 1, ...); it has no forward of its own. */
public class ModuleList extends Sequential {
    public ModuleList(Module... modules) {
        super(modules);
    }

    @Override
    public Object forward(Object... inputs) {
        throw KindlingError.notImplementedError("Module [ModuleList] is missing the required \"forward\" function");
    }
}
