package dev.kindling.lang.objects;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Python's dict: insertion-ordered, keyed by Python equality (see {@link PyKey}). The same class
 * serves {@code collections.OrderedDict} (what PyTorch's state_dict() returns), which differs from
 * a dict only in its type and repr here.
 */
public final class PyDict implements PyObj {
    private final LinkedHashMap<PyKey, Object> map = new LinkedHashMap<>();
    private final boolean ordered;

    public PyDict() {
        this(false);
    }

    private PyDict(boolean ordered) {
        this.ordered = ordered;
    }

    /** An empty {@code collections.OrderedDict}. */
    public static PyDict orderedDict() {
        return new PyDict(true);
    }

    /** Whether this is an OrderedDict. */
    public boolean isOrdered() {
        return ordered;
    }

    /** The live backing map. */
    public Map<PyKey, Object> map() {
        return map;
    }

    public Object get(Object key) {
        return map.get(new PyKey(key));
    }

    public void put(Object key, Object value) {
        PyKey k = new PyKey(key);
        if (map.containsKey(k)) {
            map.replace(k, value); // keeps the first key object, as Python does
        } else {
            map.put(k, value);
        }
    }

    public boolean containsKey(Object key) {
        return map.containsKey(new PyKey(key));
    }

    public Object remove(Object key) {
        return map.remove(new PyKey(key));
    }

    public int size() {
        return map.size();
    }

    /** Builds a dict from Java string keys, e.g. for keyword arguments. */
    public static PyDict fromStringMap(Map<String, Object> entries) {
        PyDict d = new PyDict();
        if (entries != null) {
            entries.forEach(d::put);
        }
        return d;
    }

    @Override
    public PyClass type() {
        return ordered ? BuiltinTypes.ORDERED_DICT : BuiltinTypes.DICT;
    }
}
