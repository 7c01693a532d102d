package dev.kindling.lang.objects;

import java.util.Arrays;

import dev.kindling.errors.KindlingError;

/** The methods of {@code generator}: the iterator protocol, {@code send}, {@code throw} and {@code close}. */
final class GeneratorMethods {
    private GeneratorMethods() {}

    static void install(PyClass generator) {
        generator.defineMethod("__iter__", (a, k) -> a[0]);
        generator.defineMethod("__next__", (a, k) -> {
            if (a.length != 1) {
                throw KindlingError.typeError("expected 0 arguments, got " + (a.length - 1));
            }
            return ((PyGenerator) a[0]).send(PyNone.NONE);
        });
        generator.defineMethod("send", (a, k) -> {
            if (a.length != 2 || (k != null && !k.isEmpty())) {
                throw KindlingError.typeError("generator.send() takes exactly one argument (" + (a.length - 1)
                        + " given)");
            }
            return ((PyGenerator) a[0]).send(a[1]);
        });
        generator.defineMethod("throw", (a, k) -> {
            Args.range("throw", Arrays.copyOfRange(a, 1, a.length), k, 1, 3);
            return ((PyGenerator) a[0]).throwIn(thrown(a));
        });
        generator.defineMethod("close", (a, k) -> {
            if (a.length != 1) {
                throw KindlingError.typeError("generator.close() takes no arguments (" + (a.length - 1) + " given)");
            }
            ((PyGenerator) a[0]).close();
            return PyNone.NONE;
        });
    }

    /** {@code throw(exception)}, {@code throw(ExceptionClass)} or {@code throw(ExceptionClass, value)}. */
    private static KindlingError thrown(Object[] a) {
        Object value = a[1];
        if (a.length > 2 && a[2] != PyNone.NONE && value instanceof PyClass cls) {
            value = Ops.typeOf(a[2]) == cls ? a[2] : cls.call(new Object[] {a[2]}, null);
        }
        return Exceptions.toError(value);
    }
}
