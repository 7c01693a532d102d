package dev.kindling.lang.modules;

import java.util.List;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.Context;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.Repr;

/** A small {@code sys}: argv, exit, version and the recursion limit. */
public final class SysModule {
    private SysModule() {}

    public static PyModule create(Context context, List<String> argv) {
        PyModule m = new PyModule("sys");
        m.set("argv", new PyList(argv));
        m.set("version", "3.11.0 (Kindling)");
        m.set("platform", "java");
        m.set("maxsize", Long.MAX_VALUE);
        m.set("exit", new PyBuiltin("sys.exit", (a, k) -> {
            KindlingError e = new KindlingError(ErrorType.SYSTEM_EXIT,
                    a.length == 0 || a[0] == PyNone.NONE ? "" : Repr.str(a[0]));
            e.setPythonValue(dev.kindling.lang.objects.Exceptions.create(ErrorType.SYSTEM_EXIT,
                    dev.kindling.lang.objects.PyTuple.of(a.length == 0 ? PyNone.NONE : a[0])));
            throw e;
        }));
        m.set("setrecursionlimit", new PyBuiltin("sys.setrecursionlimit", (a, k) -> {
            setRecursionLimit(context, a[0]);
            return PyNone.NONE;
        }));
        m.set("getrecursionlimit", new PyBuiltin("sys.getrecursionlimit", (a, k) -> (long) context.recursionLimit()));
        return m;
    }

    /**
     * {@code sys.setrecursionlimit(n)} with CPython's checks; a limit beyond the host's ceiling
     * ({@link dev.kindling.lang.eval.RunGuard#setRecursionCeiling}) is lowered to the ceiling.
     */
    private static void setRecursionLimit(Context context, Object value) {
        if (!(value instanceof Long || value instanceof java.math.BigInteger || value instanceof Boolean)) {
            throw KindlingError.typeError("'" + Ops.typeName(value) + "' object cannot be interpreted as an integer");
        }
        if (value instanceof java.math.BigInteger b ? b.signum() < 0 : Ops.toLong(value) < 1) {
            throw KindlingError.valueError("recursion limit must be greater or equal than 1");
        }
        if (value instanceof java.math.BigInteger || Ops.toLong(value) > Integer.MAX_VALUE) {
            throw new KindlingError(ErrorType.OVERFLOW_ERROR, "Python int too large to convert to C int");
        }
        long limit = Ops.toLong(value);
        if (limit <= context.depth()) {
            throw new KindlingError(ErrorType.RECURSION_ERROR, "cannot set the recursion limit to " + limit
                    + " at the recursion depth " + context.depth() + ": the limit is too low");
        }
        context.setRecursionLimit(limit);
    }
}
