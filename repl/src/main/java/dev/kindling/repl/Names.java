package dev.kindling.repl;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import dev.kindling.embed.Introspection;
import dev.kindling.embed.Session;
import dev.kindling.embed.ValueKind;

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
        Introspection look = session.introspection();
        String[] parts = dotted.split("\\.");
        Object value = look.lookup(parts[0]);
        if (value == null) {
            return new Resolved(null, null);
        }
        String qualified = keyOf(look, value, parts[0]);
        for (int i = 1; i < parts.length; i++) {
            qualified = ownerName(look, value) + "." + parts[i];
            value = look.attribute(value, parts[i]);
            if (value == null) {
                return new Resolved(null, qualified);
            }
        }
        return new Resolved(value, qualified);
    }

    /** What an attribute's key starts with: a module's or class's own name, else the value's type. */
    private static String ownerName(Introspection look, Object value) {
        ValueKind kind = look.kind(value);
        return kind == ValueKind.MODULE || kind == ValueKind.CLASS ? look.name(value) : look.typeOf(value).name();
    }

    private static String keyOf(Introspection look, Object value, String name) {
        ValueKind kind = look.kind(value);
        if (kind == ValueKind.MODULE) {
            return look.name(value);
        }
        if (kind == ValueKind.BUILTIN || kind == ValueKind.CLASS) {
            return name;
        }
        return look.typeOf(value).name();
    }
}
