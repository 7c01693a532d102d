package dev.kindling.embed;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import dev.kindling.lang.objects.PyDict;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyNone;

/** Converts host values to Kindling's representation of Python values. */
public final class Values {
    private Values() {}

    public static Object toPython(Object v) {
        if (v == null) {
            return PyNone.NONE;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof String
                || v instanceof BigInteger) {
            return v;
        }
        if (v instanceof List<?> l) {
            PyList out = new PyList();
            l.forEach(x -> out.add(toPython(x)));
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            PyDict d = new PyDict();
            m.forEach((k, x) -> d.put(toPython(k), toPython(x)));
            return d;
        }
        return v;
    }
}
