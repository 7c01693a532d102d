package dev.kindling.lang.objects;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Python's list, backed by an ArrayList. */
public final class PyList implements PyObj {
    private final ArrayList<Object> items;

    public PyList() {
        this.items = new ArrayList<>();
    }

    public PyList(Collection<?> items) {
        this.items = new ArrayList<>(items);
    }

    public static PyList of(Object... items) {
        PyList l = new PyList();
        for (Object o : items) {
            l.items.add(o);
        }
        return l;
    }

    /** The live backing list. */
    public List<Object> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    public Object get(int i) {
        return items.get(i);
    }

    public void add(Object o) {
        items.add(o);
    }

    @Override
    public PyClass type() {
        return BuiltinTypes.LIST;
    }
}
