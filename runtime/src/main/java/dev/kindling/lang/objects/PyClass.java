package dev.kindling.lang.objects;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;

/**
 * A Python class: a built-in type such as {@code int}, a Java type adapted through
 * {@link JavaTypes}, an exception class, or a class defined by a script.
 *
 * <p>Kindling has single inheritance: attribute lookup walks {@link #base()} up to
 * {@code object}. Built-in types are created with a {@link BuiltinBody} constructor (calling
 * {@code int("3")} runs it); other classes create a {@link PyInstance} and run {@code __init__}.
 */
public final class PyClass implements PyObj, Callable {
    private final String name;
    private final String module;
    private final PyClass base;
    private final Map<String, Object> dict = new LinkedHashMap<>();
    private final boolean builtin;
    private final ErrorType errorType;
    private BuiltinBody constructor;

    private PyClass(String name, String module, PyClass base, boolean builtin, ErrorType errorType) {
        this.name = name;
        this.module = module;
        this.base = base;
        this.builtin = builtin;
        this.errorType = errorType != null ? errorType : base != null ? base.errorType : null;
    }

    /** A built-in or Java-implemented type whose instances are made by {@code constructor} (may be null). */
    public static PyClass builtin(String name, PyClass base, BuiltinBody constructor) {
        PyClass c = new PyClass(name, "builtins", base, true, null);
        c.constructor = constructor;
        return c;
    }

    /** A type adapted from Java, shown as {@code module.name}, e.g. {@code torch.Tensor}. */
    public static PyClass javaType(String name, String module, PyClass base, BuiltinBody constructor) {
        PyClass c = new PyClass(name, module, base, true, null);
        c.constructor = constructor;
        return c;
    }

    /** A built-in exception class for one entry of Python's hierarchy. */
    public static PyClass exception(ErrorType type, PyClass base) {
        return new PyClass(type.pythonName(), "builtins", base, true, type);
    }

    /** A class defined by a {@code class} statement. */
    public static PyClass user(String name, String module, PyClass base) {
        return new PyClass(name, module, base, false, null);
    }

    public String name() {
        return name;
    }

    public String module() {
        return module;
    }

    public PyClass base() {
        return base;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    /** The built-in exception type this class is or derives from; null for non-exceptions. */
    public ErrorType errorType() {
        return errorType;
    }

    /** The class's own namespace (not its bases'). */
    public Map<String, Object> dict() {
        return dict;
    }

    /** Looks a name up in this class and its bases; null when absent. */
    public Object lookup(String attribute) {
        for (PyClass c = this; c != null; c = c.base) {
            Object v = c.dict.get(attribute);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    public boolean isSubclassOf(PyClass other) {
        for (PyClass c = this; c != null; c = c.base) {
            if (c == other) {
                return true;
            }
        }
        return false;
    }

    /** Adds a method or attribute to a built-in type; used while types are being set up. */
    public PyClass define(String attribute, Object value) {
        dict.put(attribute, value);
        return this;
    }

    public PyClass defineMethod(String attribute, BuiltinBody body) {
        return define(attribute, new PyBuiltin(name + "." + attribute, body));
    }

    @Override
    public Object call(Object[] args, Map<String, Object> kwargs) {
        if (builtin && constructor != null) {
            return constructor.call(args, kwargs);
        }
        PyInstance instance = new PyInstance(this);
        if (errorType != null) {
            instance.dict().put("args", new PyTuple(args.clone()));
        }
        Object init = lookup("__init__");
        if (init != null) {
            Object[] all = new Object[args.length + 1];
            all[0] = instance;
            System.arraycopy(args, 0, all, 1, args.length);
            Ops.call(init, all, kwargs);
        } else if (args.length > 0 || (kwargs != null && !kwargs.isEmpty())) {
            throw KindlingError.typeError(name + "() takes no arguments");
        }
        return instance;
    }

    @Override
    public PyClass type() {
        return BuiltinTypes.TYPE;
    }

    @Override
    public String toString() {
        return builtin && "builtins".equals(module) ? "<class '" + name + "'>"
                : "<class '" + module + "." + name + "'>";
    }
}
