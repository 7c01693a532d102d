package dev.kindling.lang.ast;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PySet;
import dev.kindling.lang.objects.PyTuple;

/**
 * A tuple, list or set display ({@code (a, *b)}, {@code [a, b]}, {@code {a, b}}); a tuple or
 * list display is also an unpacking target ({@code a, *rest = xs}).
 */
public final class SequenceExpr extends Expr implements Target {
    public enum Kind { TUPLE, LIST, SET }

    public final Kind kind;
    private final Expr[] elements;

    public SequenceExpr(int line, int column, Kind kind, List<Expr> elements) {
        super(line, column);
        this.kind = kind;
        this.elements = elements.toArray(new Expr[0]);
    }

    public List<Expr> elements() {
        return List.of(elements);
    }

    @Override
    public Object eval(Frame frame) {
        List<Object> items = new ArrayList<>(elements.length);
        for (Expr e : elements) {
            if (e instanceof StarredExpr s) {
                Iterator<Object> it = Ops.iterate(s.value.eval(frame));
                while (it.hasNext()) {
                    items.add(it.next());
                }
            } else {
                items.add(e.eval(frame));
            }
        }
        switch (kind) {
            case TUPLE:
                return PyTuple.fromList(items);
            case LIST:
                return new PyList(items);
            default:
                PySet set = new PySet();
                items.forEach(set::add);
                return set;
        }
    }

    @Override
    public void assign(Frame frame, Object value) {
        List<Object> values = new ArrayList<>();
        Iterator<Object> it = Ops.iterate(value);
        while (it.hasNext()) {
            values.add(it.next());
        }
        int star = -1;
        for (int i = 0; i < elements.length; i++) {
            if (elements[i] instanceof StarredExpr) {
                star = i;
            }
        }
        if (star < 0) {
            if (values.size() != elements.length) {
                throw values.size() > elements.length
                        ? KindlingError.valueError("too many values to unpack (expected " + elements.length + ")")
                        : KindlingError.valueError("not enough values to unpack (expected " + elements.length
                                + ", got " + values.size() + ")");
            }
            for (int i = 0; i < elements.length; i++) {
                ((Target) elements[i]).assign(frame, values.get(i));
            }
            return;
        }
        int after = elements.length - star - 1;
        if (values.size() < elements.length - 1) {
            throw KindlingError.valueError("not enough values to unpack (expected at least "
                    + (elements.length - 1) + ", got " + values.size() + ")");
        }
        for (int i = 0; i < star; i++) {
            ((Target) elements[i]).assign(frame, values.get(i));
        }
        int restEnd = values.size() - after;
        ((Target) ((StarredExpr) elements[star]).value).assign(frame, new PyList(values.subList(star, restEnd)));
        for (int i = 0; i < after; i++) {
            ((Target) elements[star + 1 + i]).assign(frame, values.get(restEnd + i));
        }
    }

    @Override
    public void delete(Frame frame) {
        for (Expr e : elements) {
            ((Target) e).delete(frame);
        }
    }
}
