package dev.kindling.lang.objects;

import java.util.LinkedHashSet;
import java.util.Set;

/** Python's set (insertion-ordered here; Python leaves the order unspecified). */
public final class PySet implements PyObj {
    private final LinkedHashSet<PyKey> set = new LinkedHashSet<>();

    public Set<PyKey> set() {
        return set;
    }

    public boolean add(Object o) {
        return set.add(new PyKey(o));
    }

    public boolean contains(Object o) {
        return set.contains(new PyKey(o));
    }

    public int size() {
        return set.size();
    }

    @Override
    public PyClass type() {
        return BuiltinTypes.SET;
    }
}
