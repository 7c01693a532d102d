package dev.kindling.lang.objects;

import java.util.Iterator;
import java.util.Map;

import dev.kindling.errors.KindlingError;

/** The methods of {@code dict}, and of its key/value/item views. */
final class DictMethods {
    private DictMethods() {}

    static void install(PyClass dict) {
        dict.defineMethod("keys", (a, k) -> new DictView(self(a), DictView.Kind.KEYS));
        dict.defineMethod("values", (a, k) -> new DictView(self(a), DictView.Kind.VALUES));
        dict.defineMethod("items", (a, k) -> new DictView(self(a), DictView.Kind.ITEMS));
        dict.defineMethod("get", (a, k) -> {
            Object v = self(a).get(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : PyNone.NONE;
        });
        dict.defineMethod("pop", (a, k) -> {
            Object v = self(a).remove(a[1]);
            if (v != null) {
                return v;
            }
            if (a.length > 2) {
                return a[2];
            }
            throw Ops.keyError(a[1]);
        });
        dict.defineMethod("popitem", (a, k) -> {
            PyDict d = self(a);
            if (d.size() == 0) {
                throw new KindlingError(dev.kindling.errors.ErrorType.KEY_ERROR, "'popitem(): dictionary is empty'");
            }
            PyKey last = null;
            for (PyKey key : d.map().keySet()) {
                last = key;
            }
            Object v = d.map().remove(last);
            return PyTuple.of(last.value(), v);
        });
        dict.defineMethod("setdefault", (a, k) -> {
            PyDict d = self(a);
            Object v = d.get(a[1]);
            if (v == null) {
                v = a.length > 2 ? a[2] : PyNone.NONE;
                d.put(a[1], v);
            }
            return v;
        });
        dict.defineMethod("update", (a, k) -> {
            if (a.length > 1) {
                update(self(a), a[1]);
            }
            if (k != null) {
                k.forEach(self(a)::put);
            }
            return PyNone.NONE;
        });
        dict.defineMethod("clear", (a, k) -> {
            self(a).map().clear();
            return PyNone.NONE;
        });
        dict.defineMethod("copy", (a, k) -> {
            PyDict d = self(a).isOrdered() ? PyDict.orderedDict() : new PyDict();
            self(a).map().forEach((key, v) -> d.put(key.value(), v));
            return d;
        });
        dict.defineMethod("__len__", (a, k) -> (long) self(a).size());
        dict.defineMethod("__getitem__", (a, k) -> Ops.getItem(a[0], a[1]));
        dict.defineMethod("__contains__", (a, k) -> self(a).containsKey(a[1]));
        BuiltinTypes.DICT_VIEW.defineMethod("__iter__", (a, k) -> new PyIterator(((DictView) a[0]).iterator(),
                "dict_iterator"));
        BuiltinTypes.DICT_VIEW.defineMethod("__len__", (a, k) -> (long) ((DictView) a[0]).size());
    }

    private static PyDict self(Object[] a) {
        return (PyDict) a[0];
    }

    /** dict.update(other): from a mapping, or from an iterable of key/value pairs. */
    static void update(PyDict d, Object other) {
        if (other instanceof PyDict o) {
            for (Map.Entry<PyKey, Object> e : o.map().entrySet()) {
                d.put(e.getKey().value(), e.getValue());
            }
            return;
        }
        Iterator<Object> it = Ops.iterate(other);
        int index = 0;
        while (it.hasNext()) {
            java.util.List<Object> pair = Ops.toList(it.next());
            if (pair.size() != 2) {
                throw KindlingError.valueError("dictionary update sequence element #" + index + " has length "
                        + pair.size() + "; 2 is required");
            }
            d.put(pair.get(0), pair.get(1));
            index++;
        }
    }
}
