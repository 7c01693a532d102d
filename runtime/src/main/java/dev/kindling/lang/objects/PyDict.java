package dev.kindling.lang.objects;

import java.util.LinkedHashMap;
import java.util.Map;

/** Python's dict: insertion-ordered, keyed by Python equality (see {@link PyKey}). */
public final class PyDict implements PyObj {
    private final LinkedHashMap<PyKey, Object> map = new LinkedHashMap<>();

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
        return BuiltinTypes.DICT;
    }
}
