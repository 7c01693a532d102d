package dev.kindling.lang.objects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module: the {@code __main__} namespace of a session, or a built-in module such as
 * {@code math} or {@code torch}. Its variables live in {@link Cell}s keyed by name.
 */
public final class PyModule implements PyObj {
    private final String name;
    private final Map<String, Cell> cells = new LinkedHashMap<>();

    public PyModule(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** The cell for a name, created unbound if the module has none yet. */
    public Cell cell(String variable) {
        return cells.computeIfAbsent(variable, Cell::new);
    }

    /** The value bound to a name, or null. */
    public Object get(String variable) {
        Cell c = cells.get(variable);
        return c == null ? null : c.value;
    }

    public PyModule set(String variable, Object value) {
        cell(variable).value = value;
        return this;
    }

    /** Names bound in this module, in definition order. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (Cell c : cells.values()) {
            if (c.value != null) {
                out.add(c.name);
            }
        }
        return out;
    }

    /** Unbinds every variable (the REPL's :reset). */
    public void clear() {
        for (Cell c : cells.values()) {
            c.value = null;
        }
    }

    @Override
    public PyClass type() {
        return BuiltinTypes.MODULE;
    }

    @Override
    public String toString() {
        return "<module '" + name + "'>";
    }
}
