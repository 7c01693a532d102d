package dev.kindling.lang.objects;

import java.util.Map;

/**
 * A function written in Java: a builtin such as {@code len}, a method of a built-in type such as
 * {@code str.upper} (whose first argument is the receiver), or a function of a built-in module.
 */
public final class PyBuiltin implements PyObj, Callable {
    private final String name;
    private final BuiltinBody body;
    private final java.util.function.Supplier<String> doc;
    private String docText;

    public PyBuiltin(String name, BuiltinBody body) {
        this(name, body, (String) null);
    }

    public PyBuiltin(String name, BuiltinBody body, String doc) {
        this.name = name;
        this.body = body;
        this.doc = null;
        this.docText = doc;
    }

    /** A builtin whose help text is made when first asked for (an op's, from its schemas). */
    public PyBuiltin(String name, BuiltinBody body, java.util.function.Supplier<String> doc) {
        this.name = name;
        this.body = body;
        this.doc = doc;
    }

    public String name() {
        return name;
    }

    /** A short help text with an example, or null. */
    public String doc() {
        if (docText == null && doc != null) {
            docText = doc.get();
        }
        return docText;
    }

    @Override
    public Object call(Object[] args, Map<String, Object> kwargs) {
        try {
            return body.call(args, kwargs);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw readPastItsArguments(e, args);
        }
    }

    /**
     * A body that reads an argument it was not given (checking its own arity is each body's job,
     * in CPython's words; this catches the ones that do not) is a TypeError, not a Java failure.
     * An index error from deeper inside, on another array, passes on unchanged.
     */
    private RuntimeException readPastItsArguments(ArrayIndexOutOfBoundsException e, Object[] args) {
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Index ") && message.endsWith(" out of bounds for length " + args.length)) {
            return dev.kindling.errors.KindlingError.typeError(name + "() missing required argument");
        }
        return e;
    }

    @Override
    public PyClass type() {
        return BuiltinTypes.BUILTIN_FUNCTION;
    }

    @Override
    public String toString() {
        return "<built-in function " + name + ">";
    }
}
