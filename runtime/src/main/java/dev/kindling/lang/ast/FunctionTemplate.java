package dev.kindling.lang.ast;

import java.util.List;

import dev.kindling.lang.eval.Source;

/**
 * What a def or lambda compiles to: everything about a function except the values captured
 * when the def statement runs (defaults, the enclosing frame), which {@code PyFunction} holds.
 * {@code generator} is true when the body holds a yield: calling the function then makes a
 * generator instead of running the body.
 */
public record FunctionTemplate(String name, String qualifiedName, Parameters parameters, List<String> localNames,
        Stmt body, Source source, int line, String doc, boolean generator) {
    public int localCount() {
        return localNames.size();
    }
}
