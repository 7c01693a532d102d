package dev.kindling.lang.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kindling.lang.ast.ClassBodyName;
import dev.kindling.lang.ast.Expr;
import dev.kindling.lang.ast.GlobalName;
import dev.kindling.lang.ast.LocalName;
import dev.kindling.lang.ast.OuterName;

/**
 * One lexical scope while the AST is built, and Python's rules for what a name refers to:
 * a name bound anywhere in a function is local to it (unless declared global or nonlocal);
 * other names come from enclosing functions, then the module, then builtins. Class bodies are
 * not enclosing scopes for the functions inside them.
 */
final class Scope {
    enum Kind { MODULE, FUNCTION, CLASS, COMPREHENSION }

    final Kind kind;
    final Scope parent;
    final String qualifiedPrefix;
    private final Map<String, Integer> slots = new LinkedHashMap<>();
    private final Set<String> globals = new HashSet<>();
    private final Set<String> nonlocals = new HashSet<>();

    Scope(Kind kind, Scope parent, String qualifiedPrefix) {
        this.kind = kind;
        this.parent = parent;
        this.qualifiedPrefix = qualifiedPrefix;
    }

    void declareGlobal(String name) {
        globals.add(name);
    }

    void declareNonlocal(String name) {
        nonlocals.add(name);
    }

    /** Adds a local variable (function and comprehension scopes); returns its slot. */
    int addLocal(String name) {
        return slots.computeIfAbsent(name, n -> slots.size());
    }

    boolean isLocal(String name) {
        return slots.containsKey(name) && !globals.contains(name) && !nonlocals.contains(name);
    }

    List<String> localNames() {
        return new ArrayList<>(slots.keySet());
    }

    /** The node for a use of {@code name} in this scope, as a read or an assignment target. */
    Expr resolve(String name, int line, int column) {
        switch (kind) {
            case MODULE:
                return new GlobalName(line, column, name);
            case CLASS:
                return new ClassBodyName(line, column, name, resolveOutward(name, line, column));
            default:
                if (globals.contains(name)) {
                    return new GlobalName(line, column, name);
                }
                if (isLocal(name)) {
                    return new LocalName(line, column, name, slots.get(name));
                }
                return resolveOutward(name, line, column);
        }
    }

    private Expr resolveOutward(String name, int line, int column) {
        int depth = 0;
        for (Scope s = parent; s != null; s = s.parent) {
            if (s.kind == Kind.CLASS) {
                continue;
            }
            depth++;
            if (s.kind == Kind.MODULE || s.globals.contains(name)) {
                return new GlobalName(line, column, name);
            }
            if (s.isLocal(name)) {
                return new OuterName(line, column, name, depth, s.slots.get(name));
            }
        }
        return new GlobalName(line, column, name);
    }
}
