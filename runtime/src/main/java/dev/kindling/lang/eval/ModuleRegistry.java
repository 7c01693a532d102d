package dev.kindling.lang.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.PyModule;

/**
 * The built-in modules a session can import, by dotted name. Each is created on first import
 * in each session; embedders add their own with {@link #register}.
 */
public final class ModuleRegistry {
    private final Map<String, Function<Context, PyModule>> factories = new LinkedHashMap<>();

    public ModuleRegistry register(String name, Function<Context, PyModule> factory) {
        factories.put(name, factory);
        return this;
    }

    public boolean has(String name) {
        return factories.containsKey(name);
    }

    public Set<String> names() {
        return factories.keySet();
    }

    PyModule load(String name, Context context) {
        Function<Context, PyModule> factory = factories.get(name);
        if (factory == null) {
            throw new KindlingError(ErrorType.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
        }
        return factory.apply(context);
    }
}
