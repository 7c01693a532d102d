package dev.kindling.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.Optional;

import dev.kindling.embed.Introspection;
import dev.kindling.embed.OpHelp;
import dev.kindling.embed.ParameterList;
import dev.kindling.embed.TypeInfo;
import dev.kindling.embed.ValueKind;

/**
 * The short docs behind {@code help(obj)} and {@code obj?}: a signature, one or two sentences and
 * an example. Ops ({@code torch.sum}, {@code Tensor.add}, {@code torch.nn.functional.relu}) are
 * documented where they are declared, in the op registry, which {@link OpHelp} reads; everything
 * else is kept in {@code docs.txt} beside this class, keyed by the qualified name
 * ({@code torch.tensor}, {@code Tensor.backward}, {@code torch.nn.Linear}, {@code print}).
 * Anything without either gets a generated page: its signature when it is a Kindling function,
 * and its methods and attributes when it is a class or an instance.
 */
final class Docs {
    private static final Map<String, String> ENTRIES = load();

    private Docs() {}

    private static Map<String, String> load() {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = Docs.class.getResourceAsStream("docs.txt")) {
            if (in == null) {
                return entries;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String key = null;
            StringBuilder text = new StringBuilder();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("== ")) {
                    if (key != null) {
                        putAll(entries, key, text.toString().strip());
                    }
                    key = line.substring(3).strip();
                    text.setLength(0);
                } else {
                    text.append(line).append('\n');
                }
            }
            if (key != null) {
                putAll(entries, key, text.toString().strip());
            }
        } catch (IOException e) {
            // No docs: help falls back to generated pages.
        }
        return entries;
    }

    /** {@code == torch.add | Tensor.add} files one text under several names. */
    private static void putAll(Map<String, String> entries, String keys, String text) {
        for (String k : keys.split("\\|")) {
            entries.put(k.strip(), text);
        }
    }

    /** The docs.txt entry for a qualified name, or null; its example is introduced by "Example:". */
    static String entry(String qualifiedName) {
        String text = ENTRIES.get(qualifiedName);
        return text == null ? null : withExampleHeading(text);
    }

    /** The page for a qualified name: its docs.txt entry, else the registry's help for the op of that name, or null. */
    static String named(String qualifiedName) {
        String text = entry(qualifiedName);
        if (text == null) {
            String op = OpHelp.help(qualifiedName);
            text = op == null ? null : withExampleHeading(op);
        }
        return text;
    }

    private static String withExampleHeading(String text) {
        int example = text.indexOf("\n>>> ");
        return example < 0 ? text : text.substring(0, example) + "\nExample:" + text.substring(example);
    }

    /** Parameter names from an entry's first line, e.g. {@code torch.tensor(data, *, requires_grad=False)}. */
    static List<String> parametersFromEntry(String qualifiedName) {
        String text = entry(qualifiedName);
        List<String> names = new ArrayList<>();
        if (text == null) {
            return names;
        }
        String first = ENTRIES.get(qualifiedName).lines().findFirst().orElse("");
        int open = first.indexOf('(');
        int close = first.lastIndexOf(')');
        if (open < 0 || close < open) {
            return names;
        }
        for (String p : first.substring(open + 1, close).split(",")) {
            String name = p.strip().split("[=:\\s]")[0];
            if (name.matches("[A-Za-z_]\\w*") && !name.equals("self")) {
                names.add(name);
            }
        }
        return names;
    }

    /** The page help() prints for a value reached by the expression text {@code expr}. */
    static String page(Introspection look, String expr, Object value, String qualifiedName) {
        String text = qualifiedName == null ? null : named(qualifiedName);
        if (text == null && value != null && look.doc(value) != null) {
            text = withExampleHeading(look.doc(value));
        }
        if (text == null && value != null && look.kind(value) != ValueKind.MODULE) {
            TypeInfo type = look.typeOf(value);
            text = entry(type.module() + "." + type.name());
            if (text == null && (type.builtin() || type.module() != null && type.module().startsWith("torch"))) {
                text = entry(type.name());
            }
        }
        return text != null ? text : generated(look, expr, value);
    }

    private static String generated(Introspection look, String expr, Object value) {
        ValueKind kind = look.kind(value);
        if (kind == ValueKind.FUNCTION || kind == ValueKind.BOUND_METHOD) {
            return signature(expr, look.parameters(value));
        }
        if (kind == ValueKind.BUILTIN) {
            return look.name(value) + "(...)";
        }
        if (kind == ValueKind.MODULE) {
            return "module " + look.name(value) + "\nMembers: " + String.join(", ", publicNames(look.dir(value)));
        }
        return classPage(look, value, kind == ValueKind.CLASS);
    }

    /** "class X(Base)" or "an instance of class X(Base)", then its public methods and attributes. */
    private static String classPage(Introspection look, Object value, boolean isClass) {
        TypeInfo type = look.typeOf(value);
        StringBuilder sb = new StringBuilder(isClass ? "class " : "an instance of class ").append(type.name());
        if (type.baseName() != null && !"object".equals(type.baseName())) {
            sb.append('(').append(type.baseName()).append(')');
        }
        sb.append('\n');
        List<String> methods = new ArrayList<>();
        List<String> attributes = new ArrayList<>();
        for (String n : publicNames(look.dir(value))) {
            (look.kind(look.attribute(value, n)).isFunction() ? methods : attributes).add(n);
        }
        if (!methods.isEmpty()) {
            sb.append("Methods: ").append(String.join(", ", methods)).append('\n');
        }
        if (!attributes.isEmpty()) {
            sb.append("Attributes: ").append(String.join(", ", attributes)).append('\n');
        }
        return sb.toString().strip();
    }

    static String signature(String name, Optional<ParameterList> parameters) {
        return name + "(" + parameters.map(ParameterList::text).orElse("") + ")";
    }

    static List<String> publicNames(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (!n.startsWith("_")) {
                out.add(n);
            }
        }
        return out;
    }
}
