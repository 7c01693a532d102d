package dev.kindling.lang.modules.torch;

import dev.kindling.lang.objects.BuiltinBody;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyModule;

/** Small helpers shared by the torch bindings: defining functions and methods with qualified names. */
final class Bindings {
    private Bindings() {}

    static void function(PyModule module, String name, BuiltinBody body) {
        module.set(name, new PyBuiltin(module.name() + "." + name, body));
    }

    static void method(PyClass type, String name, BuiltinBody body) {
        type.define(name, new PyBuiltin(type.name() + "." + name, body));
    }
}
