package dev.kindling.lang.ast;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Cell;

/**
 * A module-level variable, falling back to builtins on reads. The node keeps the module's and
 * the builtins' cells after the first use, so later reads are two field loads.
 */
public final class GlobalName extends Expr implements Target {
    public final String name;
    private Cell cell;
    private Cell builtinCell;

    public GlobalName(int line, int column, String name) {
        super(line, column);
        this.name = name;
    }

    private Cell cell(Frame frame) {
        Cell c = cell;
        if (c == null) {
            c = frame.globals.cell(name);
            cell = c;
        }
        return c;
    }

    @Override
    public Object eval(Frame frame) {
        Object v = cell(frame).value;
        if (v != null) {
            return v;
        }
        Cell b = builtinCell;
        if (b == null) {
            b = frame.context.builtins().cell(name);
            builtinCell = b;
        }
        v = b.value;
        if (v == null) {
            throw notDefined(name).withSuggestion(suggest(frame));
        }
        return v;
    }

    private String suggest(Frame frame) {
        java.util.List<String> candidates = new java.util.ArrayList<>();
        if (frame.function instanceof dev.kindling.lang.objects.PyFunction f) {
            candidates.addAll(f.template().localNames());
        }
        candidates.addAll(frame.globals.names());
        candidates.addAll(frame.context.builtins().names());
        return dev.kindling.lang.eval.Suggestions.closest(name, candidates);
    }

    public static KindlingError notDefined(String name) {
        return new KindlingError(ErrorType.NAME_ERROR, "name '" + name + "' is not defined");
    }

    @Override
    public void assign(Frame frame, Object value) {
        cell(frame).value = value;
    }

    @Override
    public void delete(Frame frame) {
        Cell c = cell(frame);
        if (c.value == null) {
            throw notDefined(name);
        }
        c.value = null;
    }
}
