package dev.kindling.lang.modules;

import java.util.Iterator;
import java.util.Map;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.BuiltinBody;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;

/**
 * Python's {@code functools}, the part tutorials use: reduce, partial ({@link Partial}), the
 * lru_cache and cache decorators ({@link LruCache}), wraps and update_wrapper.
 */
public final class FunctoolsModule {
    /** What update_wrapper copies from the wrapped function, as CPython's WRAPPER_ASSIGNMENTS. */
    private static final String[] ASSIGNED = {"__module__", "__name__", "__qualname__", "__doc__"};

    private FunctoolsModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("functools");
        def(m, "reduce", FunctoolsModule::reduce);
        m.set("partial", Partial.TYPE);
        def(m, "lru_cache", LruCache::decorator);
        def(m, "cache", (a, k) -> {
            Args.exactly("cache", a, k, 1);
            return new LruCache(a[0], -1);
        });
        def(m, "update_wrapper", (a, k) -> {
            Object[] p = Args.bind("update_wrapper", a, k, "wrapper", "wrapped");
            return updateWrapper(p[0], p[1]);
        });
        def(m, "wraps", (a, k) -> {
            Object[] p = Args.bind("wraps", a, k, "wrapped");
            return new PyBuiltin("functools.wraps.<decorator>", (w, kw) -> {
                Args.exactly("wraps", w, kw, 1);
                return updateWrapper(w[0], p[0]);
            });
        });
        return m;
    }

    private static void def(PyModule m, String name, BuiltinBody body) {
        m.set(name, new PyBuiltin("functools." + name, body));
    }

    private static Object reduce(Object[] a, Map<String, Object> k) {
        Args.range("reduce", a, k, 2, 3);
        Iterator<Object> it = Ops.iterate(a[1]);
        Object value;
        if (a.length == 3) {
            value = a[2];
        } else if (it.hasNext()) {
            value = it.next();
        } else {
            throw KindlingError.typeError("reduce() of empty iterable with no initial value");
        }
        while (it.hasNext()) {
            value = Ops.call(a[0], new Object[] {value, it.next()}, null);
        }
        return value;
    }

    /** Copies the wrapped function's name, qualified name, module and docstring, and sets __wrapped__. */
    static Object updateWrapper(Object wrapper, Object wrapped) {
        for (String name : ASSIGNED) {
            Object v = Ops.findAttr(wrapped, name);
            if (v != null) {
                Ops.setAttr(wrapper, name, v);
            }
        }
        Ops.setAttr(wrapper, "__wrapped__", wrapped);
        return wrapper;
    }

    static boolean isNone(Object o) {
        return o == null || o == PyNone.NONE;
    }
}
