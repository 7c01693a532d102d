package dev.kindling.lang.objects;

import java.util.Arrays;
import java.util.List;

/** Python's immutable tuple. */
public final class PyTuple implements PyObj {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    private final Object[] items;

    /** Wraps the array without copying: callers hand over ownership. */
    public PyTuple(Object[] items) {
        this.items = items;
    }

    public static PyTuple of(Object... items) {
        return new PyTuple(items);
    }

    public static PyTuple fromList(List<?> items) {
        return new PyTuple(items.toArray());
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    /** The backing array; do not modify. */
    public Object[] items() {
        return items;
    }

    public List<Object> asList() {
        return Arrays.asList(items);
    }

    @Override
    public PyClass type() {
        return BuiltinTypes.TUPLE;
    }
}
