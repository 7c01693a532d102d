package dev.kindling.lang.objects;

import java.math.BigInteger;

import dev.kindling.pyfmt.IntFormatter;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.RunGuard;
import dev.kindling.pyfmt.FloatRepr;

/** {@code repr()} and {@code str()} of every value, as CPython writes them. */
public final class Repr {
    /** Containers being printed on this thread, so a list that contains itself prints {@code [...]}. */
    private static final ThreadLocal<Map<Object, Boolean>> ACTIVE = ThreadLocal.withInitial(IdentityHashMap::new);

    private Repr() {}

    public static String str(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof PyInstance i) {
            Object m = i.type().lookup("__str__");
            if (m != null) {
                return checkString(Ops.call(m, new Object[] {o}, null), "__str__");
            }
            if (i.type().errorType() != null) {
                return Exceptions.message(i);
            }
            return repr(o);
        }
        if (!(o instanceof PyObj) && !(o instanceof Long || o instanceof Double || o instanceof Boolean
                || o instanceof BigInteger)) {
            Object m = Ops.typeOf(o).lookup("__str__");
            if (m != null) {
                return checkString(Ops.call(m, new Object[] {o}, null), "__str__");
            }
        }
        return repr(o);
    }

    public static String repr(Object o) {
        if (o instanceof String s) {
            return quote(s);
        }
        if (o instanceof Long) {
            return o.toString();
        }
        if (o instanceof BigInteger) {
            return IntFormatter.str(o);
        }
        if (o instanceof Double d) {
            return FloatRepr.repr(d);
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (o instanceof PyNone) {
            return o.toString();
        }
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PySet) {
            return container(o);
        }
        if (o instanceof PyInstance i) {
            return instance(i);
        }
        if (o instanceof PyFunction f) {
            return "<function " + f.qualifiedName() + " at " + address(f) + ">";
        }
        if (o instanceof PyModule m) {
            return "<module '" + m.name() + "' (built-in)>";
        }
        if (o instanceof PySlice s) {
            return "slice(" + repr(s.start) + ", " + repr(s.stop) + ", " + repr(s.step) + ")";
        }
        if (o instanceof PyObj) {
            return o.toString();
        }
        Object m = Ops.typeOf(o).lookup("__repr__");
        if (m != null) {
            return checkString(Ops.call(m, new Object[] {o}, null), "__repr__");
        }
        return String.valueOf(o);
    }

    private static String checkString(Object result, String method) {
        if (!(result instanceof String s)) {
            throw dev.kindling.errors.KindlingError.typeError(method + " returned non-string (type "
                    + Ops.typeName(result) + ")");
        }
        return s;
    }

    private static String instance(PyInstance i) {
        Object m = i.type().lookup("__repr__");
        if (m != null) {
            return checkString(Ops.call(m, new Object[] {i}, null), "__repr__");
        }
        if (i.type().errorType() != null) {
            Object args = i.dict().get("args");
            String inner = args instanceof PyTuple t && t.size() == 1 ? repr(t.get(0))
                    : args instanceof PyTuple t2 ? joined(t2.asList().iterator()) : "";
            return i.type().name() + "(" + inner + ")";
        }
        return "<" + i.type().module() + "." + i.type().name() + " object at " + address(i) + ">";
    }

    public static String address(Object o) {
        return String.format("0x%012x", System.identityHashCode(o) * 16L + 0x7f0000000000L);
    }

    private static String container(Object o) {
        Map<Object, Boolean> active = ACTIVE.get();
        if (active.containsKey(o)) {
            return o instanceof PyList ? "[...]" : o instanceof PyDict ? "{...}" : "(...)";
        }
        if (active.size() >= recursionLimit()) {
            throw new KindlingError(ErrorType.RECURSION_ERROR,
                    "maximum recursion depth exceeded while getting the repr of an object");
        }
        active.put(o, Boolean.TRUE);
        try {
            if (o instanceof PyList l) {
                return "[" + joined(l.items().iterator()) + "]";
            }
            if (o instanceof PyTuple t) {
                return t.size() == 1 ? "(" + repr(t.get(0)) + ",)" : "(" + joined(t.asList().iterator()) + ")";
            }
            if (o instanceof PySet s) {
                return s.size() == 0 ? "set()" : "{" + joined(s.set().stream().map(k -> k.value()).iterator()) + "}";
            }
            PyDict d = (PyDict) o;
            if (d.isOrdered()) {
                PyList pairs = new PyList();
                new DictView(d, DictView.Kind.ITEMS).forEach(pairs::add);
                return d.size() == 0 ? "OrderedDict()" : "OrderedDict(" + repr(pairs) + ")";
            }
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<PyKey, Object> e : d.map().entrySet()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(repr(e.getKey().value())).append(": ").append(repr(e.getValue()));
            }
            return sb.append('}').toString();
        } finally {
            active.remove(o);
        }
    }

    /** How deep containers may nest in one repr: the session's recursion limit, as in CPython. */
    private static int recursionLimit() {
        RunGuard g = RunGuard.current();
        return g != null ? g.recursionLimit() : RunGuard.DEFAULT_RECURSION_LIMIT;
    }

    private static String joined(Iterator<?> items) {
        StringBuilder sb = new StringBuilder();
        while (items.hasNext()) {
            RunGuard.poll();
            sb.append(repr(items.next()));
            if (items.hasNext()) {
                sb.append(", ");
            }
        }
        return sb.toString();
    }

    /** A string literal as Python's repr writes it. */
    public static String quote(String s) {
        return dev.kindling.lang.format.StringRepr.repr(s);
    }

    /** Joins the str() of each item with a separator (print's sep). */
    public static String joinStr(List<Object> items, String separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(str(items.get(i)));
        }
        return sb.toString();
    }
}
