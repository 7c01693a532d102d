package dev.kindling.lang.objects;

import java.util.Iterator;

/** What {@code dict.keys()}, {@code values()} and {@code items()} return: live, iterable views. */
public final class DictView implements PyObj, Iterable<Object> {
    public enum Kind { KEYS, VALUES, ITEMS }

    private final PyDict dict;
    private final Kind kind;

    public DictView(PyDict dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public Iterator<Object> iterator() {
        switch (kind) {
            case KEYS:
                return dict.map().keySet().stream().map(k -> k.value()).iterator();
            case VALUES:
                return dict.map().values().iterator();
            default:
                return dict.map().entrySet().stream().map(e -> (Object) PyTuple.of(e.getKey().value(), e.getValue()))
                        .iterator();
        }
    }

    public int size() {
        return dict.size();
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public PyClass type() {
        switch (kind) {
            case KEYS: return dict.isOrdered() ? BuiltinTypes.ODICT_KEYS : BuiltinTypes.DICT_KEYS;
            case VALUES: return dict.isOrdered() ? BuiltinTypes.ODICT_VALUES : BuiltinTypes.DICT_VALUES;
            default: return dict.isOrdered() ? BuiltinTypes.ODICT_ITEMS : BuiltinTypes.DICT_ITEMS;
        }
    }

    @Override
    public String toString() {
        PyList items = new PyList();
        iterator().forEachRemaining(items::add);
        return type().name() + "(" + Repr.repr(items) + ")";
    }
}
