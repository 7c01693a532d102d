package dev.kindling.lang.modules.torch;

import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.JavaTypes;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.tensor.UntypedStorage;

/** {@code torch.UntypedStorage} as Python sees what {@code t.untyped_storage()} returns. */
final class StorageType {
    static final PyClass TYPE = PyClass.javaType("UntypedStorage", "torch", BuiltinTypes.OBJECT, null);

    static {
        JavaTypes.register(UntypedStorage.class, TYPE);
        Bindings.method(TYPE, "data_ptr", (a, k) -> storage("data_ptr", a, k).dataPtr());
        Bindings.method(TYPE, "nbytes", (a, k) -> storage("nbytes", a, k).nbytes());
        Bindings.method(TYPE, "size", (a, k) -> storage("size", a, k).nbytes());
        Bindings.method(TYPE, "__len__", (a, k) -> storage("__len__", a, k).nbytes());
    }

    private StorageType() {}

    /** The receiver of a method that takes no other argument, checked as a def binds it. */
    private static UntypedStorage storage(String method, Object[] a, java.util.Map<String, Object> k) {
        return (UntypedStorage) Args.bindDef("UntypedStorage." + method, a, k, "self")[0];
    }

    /** Loads the class, which registers the type. */
    static void install() {
        // the static initialiser does the work
    }
}
