package dev.kindling.ops;

import java.util.ArrayList;
import java.util.List;

/**
 * An op's signature in PyTorch's schema language, as {@code native_functions.yaml} writes it:
 * {@code sum.dim_IntList(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor}.
 * The part after the dot names the overload; {@code *} starts keyword-only parameters.
 */
public final class Schema {
    private final String name;
    private final String overload;
    private final List<Param> params;
    private final String returns;
    private final String text;
    private final int outputSlot;

    private Schema(String name, String overload, List<Param> params, String returns, String text, int outputSlot) {
        this.name = name;
        this.overload = overload;
        this.params = List.copyOf(params);
        this.returns = returns;
        this.text = text;
        this.outputSlot = outputSlot;
    }

    /** The op name of a schema's text ({@code sum} of {@code sum.dim_IntList(...)}), without parsing the rest. */
    public static String nameOf(String text) {
        int end = 0;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        return text.substring(0, end);
    }

    /** Parses a schema; a malformed one is a programming error in a declaration. */
    public static Schema parse(String text) {
        int open = text.indexOf('(');
        int close = closingParen(text, open);
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("malformed schema: " + text);
        }
        String qualified = text.substring(0, open).trim();
        int dot = qualified.indexOf('.');
        String name = dot < 0 ? qualified : qualified.substring(0, dot);
        String overload = dot < 0 ? "" : qualified.substring(dot + 1);
        String tail = text.substring(close + 1).trim();
        String returns = tail.startsWith("->") ? tail.substring(2).trim() : "";
        String list = text.substring(open + 1, close);
        return new Schema(name, overload, params(list, text), returns, text, outputSlot(list));
    }

    /**
     * The place of the parameter PyTorch's {@code .out} overloads write ({@code *, Tensor(a!)? out=None}):
     * a keyword-only one with a writing alias annotation; -1 when there is none. An in-place
     * op's {@code Tensor(a!) self} is positional, so it is no output.
     */
    private static int outputSlot(String list) {
        boolean keywordOnly = false;
        int slot = 0;
        for (String part : splitTopLevel(list)) {
            if (part.equals("*")) {
                keywordOnly = true;
            } else if (!part.isEmpty()) {
                if (keywordOnly && part.contains("!)")) {
                    return slot;
                }
                slot++;
            }
        }
        return -1;
    }

    /** The parenthesis that closes the parameter list (types such as {@code Tensor(a!)} nest inside it). */
    private static int closingParen(String text, int open) {
        int depth = 0;
        for (int i = Math.max(open, 0); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<Param> params(String list, String text) {
        List<Param> out = new ArrayList<>();
        boolean keywordOnly = false;
        for (String part : splitTopLevel(list)) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.equals("*")) {
                keywordOnly = true;
                continue;
            }
            out.add(param(part, keywordOnly, text));
        }
        return out;
    }

    /** Splits at commas outside brackets, so a default such as {@code [0, 1]} stays whole. */
    private static List<String> splitTopLevel(String list) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(list.substring(start, i).trim());
                start = i + 1;
            }
        }
        parts.add(list.substring(start).trim());
        return parts;
    }

    private static Param param(String part, boolean keywordOnly, String text) {
        String declaration = part;
        String defaultText = null;
        int eq = part.indexOf('=');
        if (eq >= 0) {
            declaration = part.substring(0, eq).trim();
            defaultText = part.substring(eq + 1).trim();
        }
        int space = declaration.lastIndexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("parameter without a type in schema: " + text);
        }
        String typeText = withoutAliasAnnotation(declaration.substring(0, space));
        String name = declaration.substring(space + 1);
        boolean nullable = typeText.endsWith("?");
        if (nullable) {
            typeText = typeText.substring(0, typeText.length() - 1);
        }
        int bracket = typeText.indexOf('[');
        boolean list = bracket >= 0;
        String word = list ? typeText.substring(0, bracket) : typeText;
        if (word.endsWith("?")) {
            word = word.substring(0, word.length() - 1);
        }
        int size = list && typeText.length() > bracket + 2
                ? Integer.parseInt(typeText.substring(bracket + 1, typeText.indexOf(']'))) : 0;
        ParamType type = ParamType.of(word, list);
        return new Param(name, type, nullable || "None".equals(defaultText), size, defaultText != null,
                defaultText == null ? null : DefaultValues.parse(defaultText, type, size), defaultText, keywordOnly);
    }

    /** {@code Tensor(a!)} as {@code Tensor}: the alias annotation says what a kernel writes, not a type. */
    private static String withoutAliasAnnotation(String type) {
        int open = type.indexOf('(');
        return open < 0 ? type : type.substring(0, open) + type.substring(type.indexOf(')', open) + 1);
    }

    public String name() {
        return name;
    }

    /** The overload's name after the dot, or "" for the default overload. */
    public String overload() {
        return overload;
    }

    public List<Param> params() {
        return params;
    }

    /** The slot of the {@code out=} parameter the result is written into, or -1 when the schema has none. */
    public int outputSlot() {
        return outputSlot;
    }

    /** The return part, as written ({@code Tensor}, {@code (Tensor values, Tensor indices)}). */
    public String returns() {
        return returns;
    }

    @Override
    public String toString() {
        return text;
    }
}
