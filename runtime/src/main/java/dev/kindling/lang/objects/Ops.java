package dev.kindling.lang.objects;

import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;

/**
 * Python's object protocol: attribute access, calls, subscripts, iteration, length and truth.
 *
 * <p>Built-in values take direct paths; instances of user classes and adapted Java types go
 * through their special methods ({@code __getitem__}, {@code __len__}, ...), looked up on their
 * type. Arithmetic is in {@link Arith}, comparison and hashing in {@link Compare}, text in
 * {@link Repr}.
 */
public final class Ops {
    private Ops() {}

    /** The Python type of any value. */
    public static PyClass typeOf(Object o) {
        if (o instanceof PyObj p) {
            return p.type();
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return BuiltinTypes.INT;
        }
        if (o instanceof Double) {
            return BuiltinTypes.FLOAT;
        }
        if (o instanceof String) {
            return BuiltinTypes.STR;
        }
        if (o instanceof Boolean) {
            return BuiltinTypes.BOOL;
        }
        return JavaTypes.typeOf(o);
    }

    public static String typeName(Object o) {
        return typeOf(o).name();
    }

    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
    }

    /** The special method {@code name} of o's type bound to o, or null when the type has none. */
    public static Object special(Object o, String name) {
        Object m = typeOf(o).lookup(name);
        return m == null ? null : bind(m, o);
    }

    /** Calls o's special method, or returns null when its type has none. */
    public static Object callSpecial(Object o, String name, Object... args) {
        Object m = typeOf(o).lookup(name);
        if (m == null) {
            return null;
        }
        Object[] all = new Object[args.length + 1];
        all[0] = o;
        System.arraycopy(args, 0, all, 1, args.length);
        return call(m, all, null);
    }

    static Object bind(Object attribute, Object self) {
        if (attribute instanceof PyFunction || attribute instanceof PyBuiltin) {
            return new PyBoundMethod(self, attribute);
        }
        if (attribute instanceof PyStaticMethod s) {
            return s.isClassMethod() ? new PyBoundMethod(typeOf(self), s.function()) : s.function();
        }
        if (attribute instanceof PyGetSet g) {
            return g.get(self);
        }
        if (attribute instanceof PyProperty p) {
            return call(p.getter(), new Object[] {self}, null);
        }
        return attribute;
    }

    // ---- attributes ----

    public static Object getAttr(Object o, String name) {
        Object v = findAttr(o, name);
        if (v == null) {
            throw noAttribute(o, name).withSuggestion(dev.kindling.lang.eval.Suggestions.closest(name, attributeNames(o)));
        }
        return v;
    }

    /** The attribute names dir() would list, for suggestions and completion. */
    public static java.util.List<String> attributeNames(Object o) {
        java.util.List<String> names = new java.util.ArrayList<>();
        if (o instanceof PyModule m) {
            names.addAll(m.names());
            return names;
        }
        if (o instanceof PyInstance i) {
            names.addAll(i.dict().keySet());
        }
        for (PyClass c = o instanceof PyClass pc ? pc : typeOf(o); c != null; c = c.base()) {
            for (String n : c.dict().keySet()) {
                if (!names.contains(n)) {
                    names.add(n);
                }
            }
        }
        return names;
    }

    /** Like getattr, but null instead of AttributeError (for hasattr and getattr with a default). */
    public static Object findAttr(Object o, String name) {
        if (o instanceof PyInstance i) {
            return instanceAttr(i, name);
        }
        if (o instanceof PyModule m) {
            Object v = m.get(name);
            return v != null ? v : "__name__".equals(name) ? m.name() : null;
        }
        if (o instanceof PyClass c) {
            return classAttr(c, name);
        }
        if (o instanceof PySuper s) {
            return superAttr(s, name);
        }
        if ("__class__".equals(name)) {
            return typeOf(o);
        }
        if (o instanceof PyFunction f) {
            Object v = functionAttr(f, name);
            if (v != null) {
                return v;
            }
        }
        if (o instanceof PyBuiltin b && "__name__".equals(name)) {
            return b.name().substring(b.name().lastIndexOf('.') + 1);
        }
        if (o instanceof PyBoundMethod m) {
            if ("__self__".equals(name)) {
                return m.self();
            }
            if ("__func__".equals(name)) {
                return m.function();
            }
            return findAttr(m.function(), name);
        }
        PyClass type = typeOf(o);
        Object a = type.lookup(name);
        if (a == null) {
            Object getattr = type.lookup("__getattr__");
            return getattr == null ? null : call(getattr, new Object[] {o, name}, null);
        }
        return bind(a, o);
    }

    private static Object instanceAttr(PyInstance i, String name) {
        PyClass cls = i.type();
        Object classAttr = cls.lookup(name);
        if (classAttr instanceof PyProperty || classAttr instanceof PyGetSet) {
            return bind(classAttr, i);
        }
        Object v = i.dict().get(name);
        if (v != null) {
            return v;
        }
        if (classAttr != null) {
            return bind(classAttr, i);
        }
        switch (name) {
            case "__class__":
                return cls;
            case "__dict__":
                return dictOf(i.dict());
            default:
                break;
        }
        Object getattr = cls.lookup("__getattr__");
        if (getattr != null) {
            return call(getattr, new Object[] {i, name}, null);
        }
        return null;
    }

    private static PyDict dictOf(Map<String, Object> map) {
        PyDict d = new PyDict();
        map.forEach(d::put);
        return d;
    }

    private static Object classAttr(PyClass c, String name) {
        Object v = c.lookup(name);
        if (v instanceof PyStaticMethod s) {
            return s.isClassMethod() ? new PyBoundMethod(c, s.function()) : s.function();
        }
        if (v != null) {
            return v;
        }
        switch (name) {
            case "__name__":
                return c.name();
            case "__qualname__":
                return c.name();
            case "__module__":
                return c.module();
            case "__class__":
                return BuiltinTypes.TYPE;
            case "__base__":
                return c.base() == null ? PyNone.NONE : c.base();
            case "__bases__":
                return c.base() == null ? PyTuple.EMPTY : PyTuple.of(c.base());
            case "__dict__":
                return dictOf(c.dict());
            default:
                return null;
        }
    }

    private static Object superAttr(PySuper s, String name) {
        PyClass start = s.startAfter().base();
        Object v = start == null ? null : start.lookup(name);
        if (v == null && "__init__".equals(name)) {
            return new PyBuiltin("object.__init__", (args, kw) -> PyNone.NONE);
        }
        return v == null ? null : bind(v, s.self());
    }

    private static Object functionAttr(PyFunction f, String name) {
        Object assigned = f.attributes().get(name);
        if (assigned != null) {
            return assigned;
        }
        switch (name) {
            case "__name__":
                return f.name();
            case "__qualname__":
                return f.qualifiedName();
            case "__doc__":
                return f.template().doc() == null ? PyNone.NONE : f.template().doc();
            case "__module__":
                return "__main__";
            default:
                return f.attributes().get(name);
        }
    }

    public static KindlingError noAttribute(Object o, String name) {
        if (o instanceof PyModule m) {
            return new KindlingError(ErrorType.ATTRIBUTE_ERROR, "module '" + m.name() + "' has no attribute '" + name + "'");
        }
        if (o instanceof PyClass c) {
            return new KindlingError(ErrorType.ATTRIBUTE_ERROR, "type object '" + c.name() + "' has no attribute '"
                    + name + "'");
        }
        return new KindlingError(ErrorType.ATTRIBUTE_ERROR, "'" + typeName(o) + "' object has no attribute '" + name + "'");
    }

    public static void setAttr(Object o, String name, Object value) {
        if (o instanceof PyInstance i) {
            PyClass cls = i.type();
            Object setattr = cls.lookup("__setattr__");
            if (setattr != null) {
                call(setattr, new Object[] {i, name, value}, null);
                return;
            }
            setInstanceAttr(i, name, value);
            return;
        }
        if (o instanceof PyClass c && !c.isBuiltin()) {
            c.dict().put(name, value);
            return;
        }
        if (o instanceof PyModule m) {
            m.set(name, value);
            return;
        }
        if (o instanceof PyFunction f) {
            f.attributes().put(name, value);
            return;
        }
        Object setattr = typeOf(o).lookup("__setattr__");
        if (setattr != null && !(o instanceof PyObj)) {
            call(setattr, new Object[] {o, name, value}, null);
            return;
        }
        Object a = typeOf(o).lookup(name);
        if (a instanceof PyGetSet g && g.writable()) {
            g.set(o, value);
            return;
        }
        if (a != null) {
            throw new KindlingError(ErrorType.ATTRIBUTE_ERROR, "'" + typeName(o) + "' object attribute '" + name
                    + "' is read-only");
        }
        throw noAttribute(o, name);
    }

    /** The default attribute assignment of an instance: a property's setter, or the instance dict. */
    public static void setInstanceAttr(PyInstance i, String name, Object value) {
        Object classAttr = i.type().lookup(name);
        if (classAttr instanceof PyProperty p) {
            if (p.setter() == null) {
                throw new KindlingError(ErrorType.ATTRIBUTE_ERROR, "can't set attribute '" + name + "'");
            }
            call(p.setter(), new Object[] {i, value}, null);
            return;
        }
        if (classAttr instanceof PyGetSet g && g.writable()) {
            g.set(i, value);
            return;
        }
        i.dict().put(name, value);
    }

    public static void delAttr(Object o, String name) {
        if (o instanceof PyInstance i) {
            Object delattr = i.type().lookup("__delattr__");
            if (delattr != null) {
                call(delattr, new Object[] {i, name}, null);
                return;
            }
            if (i.dict().remove(name) != null) {
                return;
            }
        } else if (o instanceof PyClass c && !c.isBuiltin() && c.dict().remove(name) != null) {
            return;
        }
        throw noAttribute(o, name);
    }

    // ---- calls ----

    public static Object call(Object f, Object[] args, Map<String, Object> kwargs) {
        if (f instanceof Callable c) {
            return c.call(args, kwargs);
        }
        Object m = typeOf(f).lookup("__call__");
        if (m != null) {
            Object[] all = new Object[args.length + 1];
            all[0] = f;
            System.arraycopy(args, 0, all, 1, args.length);
            return call(m, all, kwargs);
        }
        throw KindlingError.typeError("'" + typeName(f) + "' object is not callable");
    }

    /** A callable's name for error messages. */
    public static String functionName(Object f) {
        if (f instanceof PyFunction fn) {
            return fn.qualifiedName();
        }
        if (f instanceof PyBuiltin b) {
            return b.name();
        }
        if (f instanceof PyClass c) {
            return c.name();
        }
        if (f instanceof PyBoundMethod m) {
            return functionName(m.function());
        }
        return typeName(f);
    }

    // ---- subscripts ----

    public static Object getItem(Object o, Object key) {
        if (o instanceof PyList l) {
            if (key instanceof PySlice s) {
                return new PyList(Sequences.slice(l.items(), s));
            }
            return l.get(Sequences.index(key, l.size(), "list"));
        }
        if (o instanceof PyTuple t) {
            if (key instanceof PySlice s) {
                return PyTuple.fromList(Sequences.slice(t.asList(), s));
            }
            return t.get(Sequences.index(key, t.size(), "tuple"));
        }
        if (o instanceof String s) {
            return Sequences.stringItem(s, key);
        }
        if (o instanceof PyDict d) {
            Object v = d.get(key);
            if (v == null) {
                throw keyError(key);
            }
            return v;
        }
        if (o instanceof PyRange r) {
            return Sequences.rangeItem(r, key);
        }
        Object m = typeOf(o).lookup("__getitem__");
        if (m != null) {
            return call(m, new Object[] {o, key}, null);
        }
        if (o instanceof PyClass c && c.lookup("__class_getitem__") == null) {
            throw KindlingError.typeError("type '" + c.name() + "' is not subscriptable");
        }
        throw KindlingError.typeError("'" + typeName(o) + "' object is not subscriptable");
    }

    public static KindlingError keyError(Object key) {
        KindlingError e = new KindlingError(ErrorType.KEY_ERROR, Repr.repr(key));
        e.setPythonValue(Exceptions.create(ErrorType.KEY_ERROR, PyTuple.of(key)));
        return e;
    }

    public static void setItem(Object o, Object key, Object value) {
        if (o instanceof PyList l) {
            if (key instanceof PySlice s) {
                Sequences.assignSlice(l.items(), s, value);
            } else {
                l.items().set(Sequences.index(key, l.size(), "list assignment"), value);
            }
            return;
        }
        if (o instanceof PyDict d) {
            d.put(key, value);
            return;
        }
        Object m = typeOf(o).lookup("__setitem__");
        if (m != null) {
            call(m, new Object[] {o, key, value}, null);
            return;
        }
        throw KindlingError.typeError("'" + typeName(o) + "' object does not support item assignment");
    }

    public static void delItem(Object o, Object key) {
        if (o instanceof PyList l) {
            if (key instanceof PySlice s) {
                Sequences.deleteSlice(l.items(), s);
            } else {
                l.items().remove(Sequences.index(key, l.size(), "list assignment"));
            }
            return;
        }
        if (o instanceof PyDict d) {
            if (d.remove(key) == null) {
                throw keyError(key);
            }
            return;
        }
        Object m = typeOf(o).lookup("__delitem__");
        if (m != null) {
            call(m, new Object[] {o, key}, null);
            return;
        }
        throw KindlingError.typeError("'" + typeName(o) + "' object doesn't support item deletion");
    }

    // ---- iteration, length, truth ----

    /** A Java iterator over any Python iterable. */
    public static Iterator<Object> iterate(Object o) {
        if (o instanceof PyList l) {
            return Sequences.liveIterator(l.items());
        }
        if (o instanceof PyTuple t) {
            return t.asList().iterator();
        }
        if (o instanceof PyIterator it) {
            return it;
        }
        if (o instanceof PyGenerator g) {
            return g;
        }
        if (o instanceof PyRange r) {
            return Sequences.rangeIterator(r);
        }
        if (o instanceof String s) {
            return s.codePoints().mapToObj(cp -> (Object) new String(Character.toChars(cp))).iterator();
        }
        if (o instanceof PyDict d) {
            return d.map().keySet().stream().map(k -> k.value()).iterator();
        }
        if (o instanceof PySet s) {
            return s.set().stream().map(k -> k.value()).iterator();
        }
        Object iter = typeOf(o).lookup("__iter__");
        if (iter != null) {
            Object it = call(iter, new Object[] {o}, null);
            return it instanceof PyIterator pi ? pi : protocolIterator(it);
        }
        if (typeOf(o).lookup("__getitem__") != null && !(o instanceof PyClass)) {
            return sequenceIterator(o);
        }
        throw KindlingError.typeError("'" + typeName(o) + "' object is not iterable");
    }

    /** The {@code __next__} protocol, ended by StopIteration. */
    private static Iterator<Object> protocolIterator(Object it) {
        if (it instanceof Iterator<?> javaIterator) {
            @SuppressWarnings("unchecked")
            Iterator<Object> cast = (Iterator<Object>) javaIterator;
            return cast;
        }
        Object next = typeOf(it).lookup("__next__");
        if (next == null) {
            throw KindlingError.typeError("iter() returned non-iterator of type '" + typeName(it) + "'");
        }
        return new LookaheadIterator() {
            @Override
            protected Object advance() {
                try {
                    return call(next, new Object[] {it}, null);
                } catch (KindlingError e) {
                    if (e.type() != ErrorType.STOP_ITERATION) {
                        throw e;
                    }
                    return DONE;
                }
            }
        };
    }

    /** The old sequence protocol: {@code __getitem__(0)}, {@code (1)}, ... until IndexError. */
    private static Iterator<Object> sequenceIterator(Object o) {
        return new LookaheadIterator() {
            private long index;

            @Override
            protected Object advance() {
                try {
                    return getItem(o, index++);
                } catch (KindlingError e) {
                    if (e.type() != ErrorType.INDEX_ERROR && e.type() != ErrorType.STOP_ITERATION) {
                        throw e;
                    }
                    return DONE;
                }
            }
        };
    }

    /** Calls next() on a Python iterator: the value, or null when exhausted. */
    public static Object next(Object iterator) {
        if (iterator instanceof Iterator<?> it) {
            return it.hasNext() ? it.next() : null;
        }
        Object next = typeOf(iterator).lookup("__next__");
        if (next == null) {
            throw KindlingError.typeError("'" + typeName(iterator) + "' object is not an iterator");
        }
        try {
            return call(next, new Object[] {iterator}, null);
        } catch (KindlingError e) {
            if (e.type() == ErrorType.STOP_ITERATION) {
                return null;
            }
            throw e;
        }
    }

    public static long len(Object o) {
        if (o instanceof PyList l) {
            return l.size();
        }
        if (o instanceof String s) {
            return s.codePointCount(0, s.length());
        }
        if (o instanceof PyTuple t) {
            return t.size();
        }
        if (o instanceof PyDict d) {
            return d.size();
        }
        if (o instanceof PySet s) {
            return s.size();
        }
        if (o instanceof PyRange r) {
            return r.length();
        }
        Object m = typeOf(o).lookup("__len__");
        if (m != null && !(o instanceof PyClass)) {
            Object n = call(m, new Object[] {o}, null);
            if (!isInt(n)) {
                throw KindlingError.typeError("'" + typeName(n) + "' object cannot be interpreted as an integer");
            }
            return toLong(n);
        }
        throw KindlingError.typeError("object of type '" + typeName(o) + "' has no len()");
    }

    public static boolean truthy(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        if (o instanceof Long l) {
            return l != 0;
        }
        if (o == PyNone.NONE) {
            return false;
        }
        if (o instanceof Double d) {
            return d != 0.0;
        }
        if (o instanceof String s) {
            return !s.isEmpty();
        }
        if (o instanceof PyList l) {
            return l.size() > 0;
        }
        if (o instanceof PyTuple t) {
            return t.size() > 0;
        }
        if (o instanceof PyDict d) {
            return d.size() > 0;
        }
        if (o instanceof PySet s) {
            return s.size() > 0;
        }
        if (o instanceof BigInteger b) {
            return b.signum() != 0;
        }
        if (o instanceof PyRange r) {
            return r.length() > 0;
        }
        if (o instanceof PyClass || o instanceof PyFunction || o instanceof PyBuiltin || o instanceof PyModule) {
            return true;
        }
        PyClass t = typeOf(o);
        Object bool = t.lookup("__bool__");
        if (bool != null) {
            Object r = call(bool, new Object[] {o}, null);
            if (!(r instanceof Boolean b)) {
                throw KindlingError.typeError("__bool__ should return bool, returned " + typeName(r));
            }
            return b;
        }
        if (t.lookup("__len__") != null) {
            return len(o) > 0;
        }
        return true;
    }

    public static boolean contains(Object container, Object item) {
        if (container instanceof String s) {
            if (!(item instanceof String sub)) {
                throw KindlingError.typeError("'in <string>' requires string as left operand, not " + typeName(item));
            }
            return s.contains(sub);
        }
        if (container instanceof PyDict d) {
            return d.containsKey(item);
        }
        if (container instanceof PySet s) {
            return s.contains(item);
        }
        if (container instanceof PyList l) {
            return Sequences.containsEqual(l.items(), item);
        }
        if (container instanceof PyTuple t) {
            return Sequences.containsEqual(t.asList(), item);
        }
        if (container instanceof PyRange r && item instanceof Long v) {
            return Sequences.rangeContains(r, v);
        }
        Object m = typeOf(container).lookup("__contains__");
        if (m != null) {
            return truthy(call(m, new Object[] {container, item}, null));
        }
        Iterator<Object> it = iterate(container);
        while (it.hasNext()) {
            if (Compare.eq(it.next(), item)) {
                return true;
            }
        }
        return false;
    }

    // ---- numbers as indices ----

    /** An int, bool or object with {@code __index__} as a Java long (slice bounds, list indices). */
    public static long toIndex(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof BigInteger b) {
            if (b.bitLength() < 64) {
                return b.longValue();
            }
            throw new KindlingError(ErrorType.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
        }
        Object index = callSpecial(o, "__index__");
        if (index != null) {
            return toIndex(index);
        }
        throw KindlingError.typeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
    }

    /** An int-valued Python object as a long; TypeError otherwise. */
    public static long toLong(Object o) {
        return toIndex(o);
    }

    /** A Python int or float as a double; TypeError for other values. */
    public static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof BigInteger b) {
            return Arith.bigToDouble(b);
        }
        Object f = callSpecial(o, "__float__");
        if (f instanceof Double d) {
            return d;
        }
        throw KindlingError.typeError("must be real number, not " + typeName(o));
    }

    /** format(value, spec): the value's {@code __format__}, or the standard format-spec rules. */
    public static String format(Object value, String spec) {
        if (value instanceof Long || value instanceof Double || value instanceof String || value instanceof Boolean
                || value instanceof BigInteger) {
            refuseFormatLength(value, spec);
            return dev.kindling.pyfmt.FormatSpec.format(value, spec);
        }
        Object f = typeOf(value).lookup("__format__");
        if (f != null) {
            return Repr.str(call(f, new Object[] {value, spec}, null));
        }
        if (spec.isEmpty()) {
            return Repr.str(value);
        }
        throw KindlingError.typeError("unsupported format string passed to " + typeName(value) + ".__format__");
    }

    /** The items of any iterable, as a Java list. */
    public static List<Object> toList(Object iterable) {
        if (iterable instanceof PyList l) {
            return new java.util.ArrayList<>(l.items());
        }
        if (iterable instanceof PyTuple t) {
            return new java.util.ArrayList<>(t.asList());
        }
        if (iterable instanceof PyRange r) {
            refuseLength(r.length());
        }
        List<Object> out = new java.util.ArrayList<>();
        Iterator<Object> it = iterate(iterable);
        while (it.hasNext()) {
            out.add(it.next());
            if ((out.size() & CHECK_EVERY) == 0) {
                // An endless iterator of built-ins runs no Python loop that would check for a stop.
                dev.kindling.lang.eval.RunGuard.poll();
                refuseLength(out.size());
            }
        }
        return out;
    }

    /** How often (a mask of items) collecting an iterator checks for a stop and the length cap. */
    private static final int CHECK_EVERY = (1 << 12) - 1;

    /**
     * MemoryError, before formatting, for a spec whose width (or a float's precision, which pads
     * with zeros) asks for a str longer than the session's cap. A spec that does not parse is left
     * to the formatter, which names the value's type in its ValueError.
     */
    private static void refuseFormatLength(Object value, String spec) {
        if (spec.isEmpty()) {
            return;
        }
        dev.kindling.pyfmt.FormatSpec parsed;
        try {
            parsed = dev.kindling.pyfmt.FormatSpec.parse(spec, typeName(value), '>', 0);
        } catch (KindlingError e) {
            return;
        }
        boolean padsDigits = value instanceof Double && "eEfF%".indexOf(parsed.type()) >= 0;
        refuseLength(Math.max(parsed.width(), padsDigits ? parsed.precision() : 0));
    }

    /** MemoryError, before any item is made, for a sequence longer than a Java array or the session's cap. */
    static void refuseLength(long length) {
        if (length > Integer.MAX_VALUE - 8) {
            throw new KindlingError(ErrorType.MEMORY_ERROR, "");
        }
        dev.kindling.lang.eval.RunGuard.checkLength(length);
    }
}
