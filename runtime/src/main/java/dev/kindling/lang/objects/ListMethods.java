package dev.kindling.lang.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.ast.CompareOp;

/** The methods of {@code list}, and the sort that {@code sorted} shares. */
final class ListMethods {
    private ListMethods() {}

    static void install(PyClass list) {
        list.defineMethod("append", (a, k) -> {
            Args.exactly("list.append", tail(a), k, 1);
            items(a).add(a[1]);
            return PyNone.NONE;
        });
        list.defineMethod("extend", (a, k) -> {
            Args.exactly("list.extend", tail(a), k, 1);
            items(a).addAll(Ops.toList(a[1]));
            return PyNone.NONE;
        });
        list.defineMethod("insert", (a, k) -> {
            if (a.length != 3) {
                Args.none("insert", new Object[0], k);
                throw KindlingError.typeError("insert expected 2 arguments, got " + (a.length - 1));
            }
            List<Object> l = items(a);
            long i = Ops.toIndex(a[1]);
            if (i < 0) {
                i = Math.max(0, i + l.size());
            }
            l.add((int) Math.min(i, l.size()), a[2]);
            return PyNone.NONE;
        });
        list.defineMethod("pop", (a, k) -> {
            List<Object> l = items(a);
            if (l.isEmpty()) {
                throw KindlingError.indexError("pop from empty list");
            }
            long i = a.length > 1 ? Ops.toIndex(a[1]) : -1;
            if (i < 0) {
                i += l.size();
            }
            if (i < 0 || i >= l.size()) {
                throw KindlingError.indexError("pop index out of range");
            }
            return l.remove((int) i);
        });
        list.defineMethod("remove", (a, k) -> {
            Args.exactly("list.remove", tail(a), k, 1);
            List<Object> l = items(a);
            for (int i = 0; i < l.size(); i++) {
                if (Compare.eq(l.get(i), a[1])) {
                    l.remove(i);
                    return PyNone.NONE;
                }
            }
            throw KindlingError.valueError("list.remove(x): x not in list");
        });
        list.defineMethod("index", (a, k) -> {
            Args.range("index", tail(a), k, 1, 3);
            List<Object> l = items(a);
            for (int i = 0; i < l.size(); i++) {
                if (Compare.eq(l.get(i), a[1])) {
                    return (long) i;
                }
            }
            throw KindlingError.valueError(Repr.repr(a[1]) + " is not in list");
        });
        list.defineMethod("count", (a, k) -> {
            Args.exactly("list.count", tail(a), k, 1);
            return items(a).stream().filter(o -> Compare.eq(o, a[1])).count();
        });
        list.defineMethod("sort", (a, k) -> {
            Object[] p = Args.bind("sort", tail(a), k, "*", "key=", "reverse=");
            sort(items(a), p[0], p[1] != null && Ops.truthy(p[1]));
            return PyNone.NONE;
        });
        list.defineMethod("reverse", (a, k) -> {
            Collections.reverse(items(a));
            return PyNone.NONE;
        });
        list.defineMethod("clear", (a, k) -> {
            items(a).clear();
            return PyNone.NONE;
        });
        list.defineMethod("copy", (a, k) -> new PyList(items(a)));
        list.defineMethod("__len__", (a, k) -> (long) items(a).size());
        list.defineMethod("__getitem__", (a, k) -> Ops.getItem(a[0], a[1]));
        list.defineMethod("__contains__", (a, k) -> Ops.contains(a[0], a[1]));
    }

    private static List<Object> items(Object[] a) {
        return ((PyList) a[0]).items();
    }

    private static Object[] tail(Object[] a) {
        Object[] t = new Object[a.length - 1];
        System.arraycopy(a, 1, t, 0, t.length);
        return t;
    }

    /** A stable sort by Python's {@code <}, optionally on {@code key(x)}, as list.sort and sorted do. */
    /**
     * Sorts in place, as CPython does: while keys are computed and compared the list is empty, so
     * a key function that changes it is caught ("list modified during sort"), and an exception
     * leaves the items as they were.
     */
    static void sort(List<Object> items, Object key, boolean reverse) {
        List<Object> saved = new ArrayList<>(items);
        items.clear();
        List<Object> sorted;
        try {
            sorted = sorted(saved, key, reverse);
        } catch (RuntimeException e) {
            items.clear();
            items.addAll(saved);
            throw e;
        }
        boolean modified = !items.isEmpty();
        items.clear();
        items.addAll(sorted);
        if (modified) {
            throw KindlingError.valueError("list modified during sort");
        }
    }

    private static List<Object> sorted(List<Object> items, Object key, boolean reverse) {
        List<Object> keys = items;
        if (key != null && key != PyNone.NONE) {
            keys = new ArrayList<>(items.size());
            for (Object o : items) {
                keys.add(Ops.call(key, new Object[] {o}, null));
            }
        }
        Integer[] order = new Integer[items.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        List<Object> k = keys;
        java.util.Arrays.sort(order, (x, y) -> {
            Object p = k.get(x);
            Object q = k.get(y);
            int c = Ops.truthy(Compare.compare(CompareOp.LT, p, q)) ? -1
                    : Ops.truthy(Compare.compare(CompareOp.LT, q, p)) ? 1 : 0;
            return reverse ? -c : c;
        });
        List<Object> sorted = new ArrayList<>(items.size());
        for (Integer i : order) {
            sorted.add(items.get(i));
        }
        return sorted;
    }

}
