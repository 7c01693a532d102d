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

import dev.kindling.lang.ast.Parameters;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBoundMethod;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyFunction;
import dev.kindling.lang.objects.PyModule;

/**
 * The short docs behind {@code help(obj)} and {@code obj?}: a signature, one or two sentences and
 * an example, kept in {@code docs.txt} beside this class and keyed by the qualified name
 * ({@code torch.tensor}, {@code Tensor.backward}, {@code torch.nn.Linear}, {@code print}).
 * Anything without an entry gets a generated page: its signature when it is a Kindling function,
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

    /** The entry for a qualified name, or null; its example is introduced by "Example:". */
    static String entry(String qualifiedName) {
        String text = ENTRIES.get(qualifiedName);
        if (text == null) {
            return null;
        }
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
    static String page(String expr, Object value, String qualifiedName) {
        String text = qualifiedName == null ? null : entry(qualifiedName);
        if (text == null && value != null && !(value instanceof PyModule)) {
            PyClass type = value instanceof PyClass c ? c : Ops.typeOf(value);
            text = entry(type.module() + "." + type.name());
            if (text == null && type.isBuiltin() || text == null && type.module() != null && type.module().startsWith("torch")) {
                text = entry(type.name());
            }
        }
        if (text != null) {
            return text;
        }
        return generated(expr, value);
    }

    private static String generated(String expr, Object value) {
        StringBuilder sb = new StringBuilder();
        if (value instanceof PyFunction || value instanceof PyBoundMethod) {
            sb.append(signature(expr, value)).append('\n');
            return sb.toString().strip();
        }
        if (value instanceof PyBuiltin b) {
            sb.append(b.name()).append("(...)\n");
            if (b.doc() != null && !b.doc().isBlank()) {
                sb.append(b.doc()).append('\n');
            }
            return sb.toString().strip();
        }
        if (value instanceof PyModule m) {
            sb.append("module ").append(m.name()).append('\n').append("Members: ")
                    .append(String.join(", ", publicNames(Ops.attributeNames(m))));
            return sb.toString();
        }
        PyClass cls = value instanceof PyClass c ? c : Ops.typeOf(value);
        sb.append(value instanceof PyClass ? "class " : "an instance of class ").append(cls.name());
        if (cls.base() != null && !"object".equals(cls.base().name())) {
            sb.append('(').append(cls.base().name()).append(')');
        }
        sb.append('\n');
        List<String> methods = new ArrayList<>();
        List<String> attributes = new ArrayList<>();
        for (String n : publicNames(Ops.attributeNames(value))) {
            Object a = safeAttr(value, n);
            (a instanceof PyFunction || a instanceof PyBoundMethod || a instanceof PyBuiltin ? methods : attributes).add(n);
        }
        if (!methods.isEmpty()) {
            sb.append("Methods: ").append(String.join(", ", methods)).append('\n');
        }
        if (!attributes.isEmpty()) {
            sb.append("Attributes: ").append(String.join(", ", attributes)).append('\n');
        }
        return sb.toString().strip();
    }

    static String signature(String name, Object function) {
        Parameters p = parameters(function);
        List<String> parts = new ArrayList<>();
        if (p != null) {
            parts.addAll(p.positional());
            if (p.varArgs() != null) {
                parts.add("*" + p.varArgs());
            } else if (!p.keywordOnly().isEmpty()) {
                parts.add("*");
            }
            parts.addAll(p.keywordOnly());
            if (p.varKeywords() != null) {
                parts.add("**" + p.varKeywords());
            }
        }
        if (function instanceof PyBoundMethod && !parts.isEmpty()) {
            parts.remove(0);
        }
        return name + "(" + String.join(", ", parts) + ")";
    }

    /** The parameters of a Kindling function, a bound method's function or a class's __init__. */
    static Parameters parameters(Object function) {
        Object f = function instanceof PyBoundMethod m ? m.function() : function;
        if (f instanceof PyClass c && c.lookup("__init__") instanceof PyFunction init) {
            f = init;
        }
        return f instanceof PyFunction pf ? pf.template().parameters() : null;
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

    static Object safeAttr(Object value, String name) {
        try {
            return Ops.findAttr(value, name);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
