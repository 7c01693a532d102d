package dev.kindling.repl;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import dev.kindling.embed.Session;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyModule;

/**
 * Resolves a dotted name such as {@code torch.nn.Linear} or {@code model.layers} to its value
 * without running code (only attribute lookups), for completion and help; and names it the way
 * the docs are keyed: modules by their full name, everything else by its type
 * ({@code x.backward} with a tensor {@code x} is {@code Tensor.backward}).
 */
final class Names {
    static final Pattern DOTTED = Pattern.compile("[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)*");

    /** A value and its docs key; the value is null when the name is unbound. */
    record Resolved(Object value, String qualifiedName) {}

    static final Set<String> KEYWORDS = new TreeSet<>(Set.of("False", "None", "True", "and", "as", "assert",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield"));

    private Names() {}

    static Resolved resolve(Session session, String dotted) {
        if (!DOTTED.matcher(dotted).matches()) {
            return new Resolved(null, null);
        }
        String[] parts = dotted.split("\\.");
        Object value = lookupGlobal(session, parts[0]);
        if (value == null) {
            return new Resolved(null, null);
        }
        String qualified = keyOf(value, parts[0]);
        for (int i = 1; i < parts.length; i++) {
            String owner = value instanceof PyModule m ? m.name()
                    : value instanceof PyClass c ? c.name() : Ops.typeOf(value).name();
            qualified = owner + "." + parts[i];
            value = Docs.safeAttr(value, parts[i]);
            if (value == null) {
                return new Resolved(null, qualified);
            }
        }
        return new Resolved(value, qualified);
    }

    static Object lookupGlobal(Session session, String name) {
        Object v = session.get(name);
        return v != null ? v : session.builtinsModule().get(name);
    }

    private static String keyOf(Object value, String name) {
        if (value instanceof PyModule m) {
            return m.name();
        }
        if (value instanceof PyBuiltin || value instanceof PyClass) {
            return name;
        }
        return Ops.typeOf(value).name();
    }
}
