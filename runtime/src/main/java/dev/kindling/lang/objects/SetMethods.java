package dev.kindling.lang.objects;

import java.util.Iterator;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.ast.BinaryOp;

/** The methods and operators of {@code set}. */
final class SetMethods {
    private SetMethods() {}

    static void install(PyClass set) {
        set.defineMethod("add", (a, k) -> {
            self(a).add(a[1]);
            return PyNone.NONE;
        });
        set.defineMethod("remove", (a, k) -> {
            if (!self(a).set().remove(new PyKey(a[1]))) {
                throw Ops.keyError(a[1]);
            }
            return PyNone.NONE;
        });
        set.defineMethod("discard", (a, k) -> {
            self(a).set().remove(new PyKey(a[1]));
            return PyNone.NONE;
        });
        set.defineMethod("pop", (a, k) -> {
            Iterator<PyKey> it = self(a).set().iterator();
            if (!it.hasNext()) {
                throw new KindlingError(dev.kindling.errors.ErrorType.KEY_ERROR, "'pop from an empty set'");
            }
            Object v = it.next().value();
            it.remove();
            return v;
        });
        set.defineMethod("update", (a, k) -> {
            for (int i = 1; i < a.length; i++) {
                Ops.toList(a[i]).forEach(self(a)::add);
            }
            return PyNone.NONE;
        });
        set.defineMethod("union", (a, k) -> binary(BinaryOp.OR, self(a), toSet(a[1])));
        set.defineMethod("intersection", (a, k) -> binary(BinaryOp.AND, self(a), toSet(a[1])));
        set.defineMethod("difference", (a, k) -> binary(BinaryOp.SUB, self(a), toSet(a[1])));
        set.defineMethod("symmetric_difference", (a, k) -> binary(BinaryOp.XOR, self(a), toSet(a[1])));
        set.defineMethod("issubset", (a, k) -> toSet(a[1]).set().containsAll(self(a).set()));
        set.defineMethod("issuperset", (a, k) -> self(a).set().containsAll(toSet(a[1]).set()));
        set.defineMethod("clear", (a, k) -> {
            self(a).set().clear();
            return PyNone.NONE;
        });
        set.defineMethod("copy", (a, k) -> binary(BinaryOp.OR, self(a), new PySet()));
        set.defineMethod("__len__", (a, k) -> (long) self(a).size());
        set.defineMethod("__contains__", (a, k) -> self(a).contains(a[1]));
    }

    private static PySet self(Object[] a) {
        return (PySet) a[0];
    }

    private static PySet toSet(Object o) {
        if (o instanceof PySet s) {
            return s;
        }
        PySet s = new PySet();
        Ops.toList(o).forEach(s::add);
        return s;
    }

    static Object binary(BinaryOp op, PySet a, PySet b) {
        PySet out = new PySet();
        switch (op) {
            case OR:
                out.set().addAll(a.set());
                out.set().addAll(b.set());
                return out;
            case AND:
                a.set().stream().filter(b.set()::contains).forEach(out.set()::add);
                return out;
            case SUB:
                a.set().stream().filter(k -> !b.set().contains(k)).forEach(out.set()::add);
                return out;
            case XOR:
                a.set().stream().filter(k -> !b.set().contains(k)).forEach(out.set()::add);
                b.set().stream().filter(k -> !a.set().contains(k)).forEach(out.set()::add);
                return out;
            default:
                return null;
        }
    }
}
