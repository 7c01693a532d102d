package dev.kindling.lang.modules;

import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.PyModule;

/**
 * Python's {@code collections}, as far as PyTorch code needs it: {@code OrderedDict}, the type
 * of {@code model.state_dict()}, so that scripts can build and compare state dicts.
 */
public final class CollectionsModule {
    private CollectionsModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("collections");
        m.set("OrderedDict", BuiltinTypes.ORDERED_DICT);
        return m;
    }
}
