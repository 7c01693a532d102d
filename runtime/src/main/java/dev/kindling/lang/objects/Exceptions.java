package dev.kindling.lang.objects;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;

/**
 * The bridge between the Java-side {@link KindlingError} and Python exception objects.
 *
 * <p>Java code raises a KindlingError with a built-in type and a message; the Python object
 * (an instance of the built-in exception class, with {@code args}) is made only when a script
 * looks at it. A script's {@code raise} does the reverse: it wraps its exception instance in a
 * KindlingError tagged with the nearest built-in type.
 */
public final class Exceptions {
    private Exceptions() {}

    /** A new instance of a built-in exception class with the given args. */
    public static PyInstance create(ErrorType type, PyTuple args) {
        PyInstance e = new PyInstance(BuiltinTypes.exceptionClass(type));
        e.dict().put("args", args);
        if (type == ErrorType.STOP_ITERATION) {
            e.dict().put("value", args.size() > 0 ? args.get(0) : PyNone.NONE);
        }
        return e;
    }

    /** The value a StopIteration carries ({@code e.value}): a generator's return value, or None. */
    public static Object stopValue(KindlingError stop) {
        Object v = instance(stop) instanceof PyInstance i ? i.dict().get("value") : null;
        return v == null ? PyNone.NONE : v;
    }

    /** The Python exception object for an error, made on first use. */
    public static Object instance(KindlingError error) {
        Object v = error.pythonValue();
        if (v == null) {
            v = create(error.type(), error.getMessage() == null || (error.getMessage().isEmpty()
                    && error.type() == ErrorType.KEYBOARD_INTERRUPT) ? PyTuple.EMPTY : PyTuple.of(error.getMessage()));
            error.setPythonValue(v);
        }
        return v;
    }

    /** True when the error is an instance of the class, or of one class in a tuple of classes. */
    public static boolean matches(KindlingError error, Object classOrTuple) {
        if (classOrTuple instanceof PyTuple t) {
            for (Object c : t.items()) {
                if (matches(error, c)) {
                    return true;
                }
            }
            return false;
        }
        if (!(classOrTuple instanceof PyClass cls) || cls.errorType() == null) {
            throw KindlingError.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        Object value = error.pythonValue();
        if (value == null) {
            return error.type().isSubtypeOf(cls.errorType()) && (cls.isBuiltin());
        }
        return Ops.typeOf(value).isSubclassOf(cls);
    }

    /** What {@code raise value} throws: value is an exception instance or class. */
    public static KindlingError toError(Object value) {
        if (value instanceof PyClass cls && cls.errorType() != null) {
            value = cls.call(new Object[0], null);
        }
        PyClass type = Ops.typeOf(value);
        if (type.errorType() == null) {
            return KindlingError.typeError("exceptions must derive from BaseException");
        }
        KindlingError error = new KindlingError(type.errorType(), message(value));
        error.setPythonValue(value);
        return error;
    }

    /** {@code str(e)} for an exception instance: its single argument, or the repr of its args. */
    public static String message(Object exception) {
        Object args = exception instanceof PyInstance i ? i.dict().get("args") : null;
        if (!(args instanceof PyTuple t) || t.size() == 0) {
            return "";
        }
        if (t.size() == 1) {
            return Ops.typeOf(exception).errorType() == ErrorType.KEY_ERROR ? Repr.repr(t.get(0)) : Repr.str(t.get(0));
        }
        return Repr.repr(t);
    }

    /**
     * Converts any Java exception that escaped a Kindling operation into a KindlingError, so that no
     * Java exception type reaches a learner: errors from Kindling pass through, a stack overflow
     * becomes RecursionError, anything else becomes a RuntimeError naming the Java problem.
     */
    public static KindlingError fromJava(Throwable t) {
        if (t instanceof KindlingError k) {
            return k;
        }
        if (t instanceof StackOverflowError) {
            return new KindlingError(ErrorType.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        if (t instanceof OutOfMemoryError) {
            return new KindlingError(ErrorType.MEMORY_ERROR, "out of memory");
        }
        if (t instanceof ArithmeticException && String.valueOf(t.getMessage()).contains("by zero")) {
            return new KindlingError(ErrorType.ZERO_DIVISION_ERROR, "division by zero");
        }
        String detail = t.getMessage() == null ? t.getClass().getSimpleName()
                : t.getClass().getSimpleName() + ": " + t.getMessage();
        return KindlingError.runtimeError("internal error: " + detail);
    }
}
