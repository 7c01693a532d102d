package dev.kindling.bind;

import java.util.List;

/**
 * The parameter names an op takes from Python in one variant, across its overloads: those that
 * may be passed by position, then those after {@code *}. For a method the receiver is not among
 * them; for a function the schema's {@code self} is called {@code input}.
 *
 * @param positional  names that may be passed by position or by keyword, in schema order
 * @param keywordOnly names that may only be passed by keyword
 */
public record PythonParameters(List<String> positional, List<String> keywordOnly) {
    public PythonParameters {
        positional = List.copyOf(positional);
        keywordOnly = List.copyOf(keywordOnly);
    }
}
