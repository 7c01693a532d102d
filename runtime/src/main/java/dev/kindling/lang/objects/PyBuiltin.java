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
        return body.call(args, kwargs);
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
