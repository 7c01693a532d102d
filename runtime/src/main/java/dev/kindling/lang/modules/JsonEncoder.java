package dev.kindling.lang.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Compare;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyDict;
import dev.kindling.lang.objects.PyKey;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.lang.objects.Repr;

/**
 * {@code json.dumps} as CPython's encoder writes: its separators (", " and ": ", or "," with an
 * indent), {@code indent} as a count of spaces or a string, {@code sort_keys}, {@code ensure_ascii},
 * {@code default}, floats by their repr, and its TypeErrors for keys and values it cannot write.
 */
final class JsonEncoder {
    private final String indent;
    private final String itemSeparator;
    private final String keySeparator;
    private final boolean sortKeys;
    private final boolean ensureAscii;
    private final Object fallback;
    private final StringBuilder out = new StringBuilder();

    JsonEncoder(String indent, String itemSeparator, String keySeparator, boolean sortKeys, boolean ensureAscii,
            Object fallback) {
        this.indent = indent;
        this.itemSeparator = itemSeparator;
        this.keySeparator = keySeparator;
        this.sortKeys = sortKeys;
        this.ensureAscii = ensureAscii;
        this.fallback = fallback;
    }

    String encode(Object value) {
        write(value, 0);
        return out.toString();
    }

    private void write(Object v, int depth) {
        if (v == PyNone.NONE) {
            out.append("null");
        } else if (v instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (v instanceof Long || v instanceof BigInteger) {
            out.append(Repr.repr(v));
        } else if (v instanceof Double d) {
            out.append(number(d));
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof PyList || v instanceof PyTuple) {
            array(Ops.toList(v), depth);
        } else if (v instanceof PyDict d) {
            object(d, depth);
        } else if (fallback != null) {
            write(Ops.call(fallback, new Object[] {v}, null), depth);
        } else {
            throw KindlingError.typeError("Object of type " + Ops.typeName(v) + " is not JSON serializable");
        }
    }

    private static String number(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        return Repr.repr(d);
    }

    private void newline(int depth) {
        if (indent != null) {
            out.append('\n').append(indent.repeat(depth));
        }
    }

    private void array(List<Object> items, int depth) {
        if (items.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "" : itemSeparator);
            newline(depth + 1);
            write(items.get(i), depth + 1);
        }
        newline(depth);
        out.append(']');
    }

    private void object(PyDict dict, int depth) {
        if (dict.size() == 0) {
            out.append("{}");
            return;
        }
        List<Map.Entry<PyKey, Object>> entries = new ArrayList<>(dict.map().entrySet());
        if (sortKeys) {
            entries.sort((x, y) -> Ops.truthy(Compare.compare(dev.kindling.lang.ast.CompareOp.LT, x.getKey().value(),
                    y.getKey().value())) ? -1 : Compare.eq(x.getKey().value(), y.getKey().value()) ? 0 : 1);
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<PyKey, Object> e : entries) {
            out.append(first ? "" : itemSeparator);
            first = false;
            newline(depth + 1);
            string(key(e.getKey().value()));
            out.append(keySeparator);
            write(e.getValue(), depth + 1);
        }
        newline(depth);
        out.append('}');
    }

    private static String key(Object k) {
        if (k instanceof String s) {
            return s;
        }
        if (k instanceof Double d) {
            return number(d);
        }
        if (k instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (k instanceof Long || k instanceof BigInteger) {
            return Repr.repr(k);
        }
        if (k == PyNone.NONE) {
            return "null";
        }
        throw KindlingError.typeError("keys must be str, int, float, bool or None, not " + Ops.typeName(k));
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || (ensureAscii && c > 0x7e)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
