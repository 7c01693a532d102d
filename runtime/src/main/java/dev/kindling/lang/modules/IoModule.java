package dev.kindling.lang.modules;

import dev.kindling.lang.files.OsErrors;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyModule;

/** A small {@code io}: {@code open} (the builtin), {@code TextIOWrapper} and {@code UnsupportedOperation}. */
public final class IoModule {
    private IoModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("io");
        m.set("open", new PyBuiltin("open", TextFileType::open));
        m.set("TextIOWrapper", TextFileType.TYPE);
        m.set("UnsupportedOperation", OsErrors.UNSUPPORTED_OPERATION);
        return m;
    }
}
