package dev.kindling.embed;

import java.util.ArrayList;
import java.util.List;

/**
 * A callable's parameters as a caller passes them, in the manner of Python's
 * {@code inspect.signature}: a bound method's receiver and a class's {@code self} are left out.
 *
 * @param positional  names that may be passed by position or by keyword
 * @param varArgs     the name of {@code *args}, or null
 * @param keywordOnly names that may only be passed by keyword
 * @param varKeywords the name of {@code **kwargs}, or null
 */
public record ParameterList(List<String> positional, String varArgs, List<String> keywordOnly, String varKeywords) {
    public ParameterList {
        positional = List.copyOf(positional);
        keywordOnly = List.copyOf(keywordOnly);
    }

    /** The names a call may give as {@code name=value}: the positional ones, then the keyword-only ones. */
    public List<String> keywordNames() {
        List<String> names = new ArrayList<>(positional);
        names.addAll(keywordOnly);
        return names;
    }

    /** The list as a def spells it: {@code a, b, *args, c, **kw}, or {@code a, *, c} without *args. */
    public String text() {
        List<String> parts = new ArrayList<>(positional);
        if (varArgs != null) {
            parts.add("*" + varArgs);
        } else if (!keywordOnly.isEmpty()) {
            parts.add("*");
        }
        parts.addAll(keywordOnly);
        if (varKeywords != null) {
            parts.add("**" + varKeywords);
        }
        return String.join(", ", parts);
    }
}
