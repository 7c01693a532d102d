package dev.kindling.nn;

import dev.kindling.errors.KindlingError;

/**
 * Holds submodules under string keys, in insertion order; like ModuleList it has no forward.
 *
 * <pre>{@code
 * ModuleDict heads = new ModuleDict();
 * heads.put("score", new Linear(8, 1));
 * heads.put("label", new Linear(8, 3));
 * int count = heads.size();   // 2
 * }</pre>
 */
public class ModuleDict extends Module {
    public void put(String key, Module module) {
        registerModule(key, module);
    }

    public int size() {
        return ownModules().size();
    }

    @Override
    public Object forward(Object... inputs) {
        throw KindlingError.notImplementedError("Module [ModuleDict] is missing the required \"forward\" function");
    }
}
