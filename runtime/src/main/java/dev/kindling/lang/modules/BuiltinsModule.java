package dev.kindling.lang.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.ast.BinaryOp;
import dev.kindling.lang.ast.CompareOp;
import dev.kindling.lang.eval.Context;
import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.Arith;
import dev.kindling.lang.objects.BuiltinBody;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.Compare;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyDict;
import dev.kindling.lang.objects.PyGenerator;
import dev.kindling.lang.objects.PyIterator;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyObj;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.lang.objects.Repr;
import dev.kindling.pyfmt.Round;

/**
 * The {@code builtins} module of one session: print writes to the session's output, input reads
 * from the session's input source; everything else is shared behaviour.
 */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    public static PyModule create(Context context) {
        PyModule m = new PyModule("builtins");
        types(m);
        for (ErrorType t : ErrorType.values()) {
            m.set(t.pythonName(), BuiltinTypes.exceptionClass(t));
        }
        m.set("None", PyNone.NONE);
        m.set("Ellipsis", PyNone.ELLIPSIS);
        m.set("NotImplemented", PyNone.NOT_IMPLEMENTED);
        m.set("__name__", "builtins");
        def(m, "print", (a, k) -> print(context, a, k));
        def(m, "input", (a, k) -> input(context, a));
        def(m, "open", TextFileType::open);
        def(m, "len", (a, k) -> {
            Args.exactly("len", a, k, 1);
            return Ops.len(a[0]);
        });
        def(m, "repr", (a, k) -> {
            Args.exactly("repr", a, k, 1);
            return Repr.repr(a[0]);
        });
        def(m, "abs", (a, k) -> abs(a, k));
        def(m, "round", BuiltinsModule::round);
        def(m, "divmod", (a, k) -> {
            Args.exactly("divmod", a, k, 2);
            if (isFloatDivmodByZero(a[0], a[1])) {
                throw new KindlingError(ErrorType.ZERO_DIVISION_ERROR, "float divmod()");
            }
            return PyTuple.of(Arith.binary(BinaryOp.FLOORDIV, a[0], a[1]), Arith.binary(BinaryOp.MOD, a[0], a[1]));
        });
        def(m, "pow", (a, k) -> pow(a, k));
        def(m, "sum", BuiltinsModule::sum);
        def(m, "min", (a, k) -> extreme("min", a, k, CompareOp.LT));
        def(m, "max", (a, k) -> extreme("max", a, k, CompareOp.GT));
        def(m, "any", (a, k) -> anyAll(a, k, true));
        def(m, "all", (a, k) -> anyAll(a, k, false));
        def(m, "sorted", BuiltinsModule::sorted);
        def(m, "reversed", (a, k) -> {
            Args.exactly("reversed", a, k, 1);
            Object rev = Ops.special(a[0], "__reversed__");
            if (rev != null) {
                return Ops.call(rev, new Object[0], null);
            }
            List<Object> items = Ops.toList(a[0]);
            Collections.reverse(items);
            return new PyIterator(items.iterator(), "list_reverseiterator");
        });
        def(m, "enumerate", BuiltinsModule::enumerate);
        def(m, "zip", BuiltinsModule::zip);
        def(m, "map", BuiltinsModule::map);
        def(m, "filter", BuiltinsModule::filter);
        def(m, "iter", (a, k) -> {
            Args.exactly("iter", a, k, 1);
            Iterator<Object> it = Ops.iterate(a[0]);
            return it instanceof PyObj p ? p : new PyIterator(it, Ops.typeName(a[0]) + "_iterator");
        });
        def(m, "next", (a, k) -> next(a, k));
        def(m, "isinstance", (a, k) -> {
            Args.exactly("isinstance", a, k, 2);
            return isInstance(a[0], a[1]);
        });
        def(m, "issubclass", (a, k) -> {
            Args.exactly("issubclass", a, k, 2);
            return isSubclass(a[0], a[1]);
        });
        def(m, "hasattr", (a, k) -> {
            Args.exactly("hasattr", a, k, 2);
            return Ops.findAttr(a[0], name(a[1], "hasattr")) != null;
        });
        def(m, "getattr", (a, k) -> {
            Args.range("getattr", a, k, 2, 3);
            Object v = Ops.findAttr(a[0], name(a[1], "getattr"));
            if (v == null) {
                if (a.length == 3) {
                    return a[2];
                }
                throw Ops.noAttribute(a[0], (String) a[1]);
            }
            return v;
        });
        def(m, "setattr", (a, k) -> {
            Args.exactly("setattr", a, k, 3);
            Ops.setAttr(a[0], name(a[1], "setattr"), a[2]);
            return PyNone.NONE;
        });
        def(m, "delattr", (a, k) -> {
            Args.exactly("delattr", a, k, 2);
            Ops.delAttr(a[0], name(a[1], "delattr"));
            return PyNone.NONE;
        });
        def(m, "callable", (a, k) -> {
            Args.exactly("callable", a, k, 1);
            return a[0] instanceof dev.kindling.lang.objects.Callable || Ops.typeOf(a[0]).lookup("__call__") != null;
        });
        def(m, "id", (a, k) -> {
            Args.exactly("id", a, k, 1);
            return (long) System.identityHashCode(a[0]);
        });
        def(m, "hash", (a, k) -> {
            Args.exactly("hash", a, k, 1);
            return (long) Compare.hash(a[0]);
        });
        def(m, "chr", (a, k) -> {
            Args.exactly("chr", a, k, 1);
            long code = Ops.toIndex(a[0]);
            if (code < 0 || code > Character.MAX_CODE_POINT) {
                throw KindlingError.valueError("chr() arg not in range(0x110000)");
            }
            return new String(Character.toChars((int) code));
        });
        def(m, "ord", (a, k) -> {
            Args.exactly("ord", a, k, 1);
            if (!(a[0] instanceof String s)) {
                throw KindlingError.typeError("ord() expected string of length 1, but " + Ops.typeName(a[0]) + " found");
            }
            if (s.codePointCount(0, s.length()) != 1) {
                throw KindlingError.typeError("ord() expected a character, but string of length " + s.length()
                        + " found");
            }
            return (long) s.codePointAt(0);
        });
        def(m, "hex", (a, k) -> {
            Args.exactly("hex", a, k, 1);
            return radix(a[0], 16, "0x");
        });
        def(m, "oct", (a, k) -> {
            Args.exactly("oct", a, k, 1);
            return radix(a[0], 8, "0o");
        });
        def(m, "bin", (a, k) -> {
            Args.exactly("bin", a, k, 1);
            return radix(a[0], 2, "0b");
        });
        def(m, "format", (a, k) -> {
            Args.range("format", a, k, 1, 2);
            if (a.length > 1 && !(a[1] instanceof String)) {
                throw KindlingError.typeError("format() argument 2 must be str, not " + Ops.typeName(a[1]));
            }
            return Ops.format(a[0], a.length > 1 ? (String) a[1] : "");
        });
        def(m, "dir", (a, k) -> dir(context, a));
        BuiltinBody leave = (a, k) -> {
            KindlingError e = new KindlingError(ErrorType.SYSTEM_EXIT, "");
            e.setPythonValue(dev.kindling.lang.objects.Exceptions.create(ErrorType.SYSTEM_EXIT,
                    a.length == 0 ? PyTuple.EMPTY : PyTuple.of(a[0])));
            throw e;
        };
        def(m, "exit", leave);
        def(m, "quit", leave);
        def(m, "vars", (a, k) -> {
            Args.range("vars", a, k, 0, 1);
            return a.length == 1 ? Ops.getAttr(a[0], "__dict__") : namespace(moduleInScope(context, "vars"));
        });
        return m;
    }

    private static void types(PyModule m) {
        for (PyClass c : new PyClass[] {BuiltinTypes.OBJECT, BuiltinTypes.TYPE, BuiltinTypes.INT, BuiltinTypes.BOOL,
                BuiltinTypes.FLOAT, BuiltinTypes.STR, BuiltinTypes.LIST, BuiltinTypes.TUPLE, BuiltinTypes.DICT,
                BuiltinTypes.SET, BuiltinTypes.RANGE, BuiltinTypes.SLICE, BuiltinTypes.PROPERTY,
                BuiltinTypes.STATICMETHOD, BuiltinTypes.CLASSMETHOD, BuiltinTypes.SUPER}) {
            m.set(c.name(), c);
        }
    }

    private static void def(PyModule m, String name, BuiltinBody body) {
        m.set(name, new PyBuiltin(name, body));
    }

    private static String name(Object o, String function) {
        if (!(o instanceof String s)) {
            throw KindlingError.typeError(function + "(): attribute name must be string");
        }
        return s;
    }

    private static Object print(Context context, Object[] a, Map<String, Object> k) {
        String sep = " ";
        String end = "\n";
        Object file = PyNone.NONE;
        if (k != null) {
            for (Map.Entry<String, Object> e : k.entrySet()) {
                switch (e.getKey()) {
                    case "sep" -> sep = e.getValue() == PyNone.NONE ? " " : printText("sep", e.getValue());
                    case "end" -> end = e.getValue() == PyNone.NONE ? "\n" : printText("end", e.getValue());
                    case "file" -> file = e.getValue();
                    case "flush" -> { }
                    default -> throw KindlingError.typeError("print() got an unexpected keyword argument '"
                            + e.getKey() + "'");
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(Repr.str(a[i]));
        }
        sb.append(end);
        if (file != PyNone.NONE) {
            Ops.call(Ops.getAttr(file, "write"), new Object[] {sb.toString()}, null);
            return PyNone.NONE;
        }
        context.out().print(sb);
        context.out().flush();
        return PyNone.NONE;
    }

    /**
     * The module whose names {@code vars()} and friends see when called without an argument: the
     * running code's globals at module level. Inside a function CPython gives its locals, which
     * Kindling's frames do not keep by name.
     */
    private static PyModule moduleInScope(Context context, String function) {
        Frame frame = context.currentFrame();
        if (frame != null && frame.function != null) {
            throw KindlingError.notImplementedError(function + "() without an argument inside a function is not "
                    + "supported in Kindling; pass the object whose attributes you want");
        }
        return frame == null ? context.main() : frame.globals;
    }

    /** A module's names and values as a dict (a copy: Kindling's modules keep no dict object). */
    private static PyDict namespace(PyModule module) {
        PyDict names = new PyDict();
        for (String name : module.names()) {
            names.put(name, module.get(name));
        }
        return names;
    }

    /** divmod of a float and a real number by zero, which CPython names for divmod itself. */
    private static boolean isFloatDivmodByZero(Object x, Object y) {
        boolean real = isReal(x) && isReal(y);
        return real && (x instanceof Double || y instanceof Double) && Ops.toDouble(y) == 0.0;
    }

    private static boolean isReal(Object o) {
        return o instanceof Double || o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
    }

    /** print's sep or end: a str, in CPython's words otherwise. */
    private static String printText(String name, Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw KindlingError.typeError(name + " must be None or a string, not " + Ops.typeName(value));
    }

    private static Object input(Context context, Object[] a) {
        String prompt = a.length > 0 ? Repr.str(a[0]) : "";
        String line = context.input().readLine(prompt);
        if (line == null) {
            throw new KindlingError(ErrorType.EOF_ERROR, "EOF when reading a line");
        }
        return line;
    }

    static Object abs(Object[] a, Map<String, Object> k) {
        Args.exactly("abs", a, k, 1);
        Object x = a[0];
        if (x instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) Math.abs(l);
        }
        if (x instanceof Double d) {
            return Math.abs(d);
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (x instanceof BigInteger b) {
            return Arith.normalize(b.abs());
        }
        Object r = Ops.callSpecial(x, "__abs__");
        if (r == null) {
            throw KindlingError.typeError("bad operand type for abs(): '" + Ops.typeName(x) + "'");
        }
        return r;
    }

    private static Object round(Object[] a, Map<String, Object> k) {
        Object[] p = Args.bind("round", a, k, "number", "ndigits=");
        Object x = p[0];
        Object nd = p[1] == null ? PyNone.NONE : p[1];
        if (x instanceof Double d) {
            return nd == PyNone.NONE ? Round.round(d) : (Object) Round.round(d, digits(nd));
        }
        if (Ops.isInt(x)) {
            Object v = x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x;
            return nd == PyNone.NONE ? v : Round.roundInt(v, digits(nd));
        }
        Object r = nd == PyNone.NONE ? Ops.callSpecial(x, "__round__") : Ops.callSpecial(x, "__round__", nd);
        if (r == null) {
            throw KindlingError.typeError("type " + Ops.typeName(x) + " doesn't define __round__ method");
        }
        return r;
    }

    /** ndigits clamped to where rounding stops changing the result (a huge int must not wrap). */
    private static int digits(Object ndigits) {
        if (ndigits instanceof java.math.BigInteger b) {
            return b.signum() < 0 ? -400 : 400;
        }
        return (int) Math.max(-400, Math.min(400, Ops.toLong(ndigits)));
    }

    private static Object pow(Object[] a, Map<String, Object> k) {
        Args.range("pow", a, k, 2, 3);
        if (a.length == 3 && a[2] != PyNone.NONE) {
            return modularPower(a[0], a[1], a[2]);
        }
        return Arith.binary(BinaryOp.POW, a[0], a[1]);
    }

    /** pow(base, exp, mod) as CPython computes it: a negative exponent inverts, the result takes mod's sign. */
    private static Object modularPower(Object base, Object exponent, Object modulus) {
        if (!Ops.isInt(base) || !Ops.isInt(exponent) || !Ops.isInt(modulus)) {
            throw KindlingError.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        BigInteger m = big(modulus);
        if (m.signum() == 0) {
            throw KindlingError.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger b = big(base).mod(m.abs());
        BigInteger e = big(exponent);
        if (e.signum() < 0) {
            if (!b.gcd(m.abs()).equals(BigInteger.ONE)) {
                throw KindlingError.valueError("base is not invertible for the given modulus");
            }
            b = b.modInverse(m.abs());
            e = e.negate();
        }
        BigInteger r = b.modPow(e, m.abs());
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m);
        }
        return Arith.normalize(r);
    }

    private static BigInteger big(Object i) {
        return i instanceof BigInteger b ? b : BigInteger.valueOf(Ops.toLong(i));
    }

    private static Object sum(Object[] a, Map<String, Object> k) {
        Object[] p = Args.bind("sum", a, k, "iterable", "start=");
        Object total = p[1] == null ? (Object) 0L : p[1];
        if (total instanceof String) {
            throw KindlingError.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        Iterator<Object> it = Ops.iterate(p[0]);
        while (it.hasNext()) {
            total = Arith.binary(BinaryOp.ADD, total, it.next());
        }
        return total;
    }

    private static Object extreme(String name, Object[] a, Map<String, Object> k, CompareOp better) {
        Object key = k == null ? null : k.get("key");
        Object dflt = k == null ? null : k.get("default");
        if (k != null) {
            for (String kw : k.keySet()) {
                if (!kw.equals("key") && !kw.equals("default")) {
                    throw KindlingError.typeError(name + "() got an unexpected keyword argument '" + kw + "'");
                }
            }
        }
        if (a.length == 0) {
            throw KindlingError.typeError(name + " expected at least 1 argument, got 0");
        }
        Iterator<Object> it = a.length == 1 ? Ops.iterate(a[0]) : List.of(a).iterator();
        if (!it.hasNext()) {
            if (dflt != null) {
                return dflt;
            }
            throw KindlingError.valueError(name + "() arg is an empty sequence");
        }
        Object best = it.next();
        Object bestKey = key == null || key == PyNone.NONE ? best : Ops.call(key, new Object[] {best}, null);
        while (it.hasNext()) {
            Object v = it.next();
            Object vk = key == null || key == PyNone.NONE ? v : Ops.call(key, new Object[] {v}, null);
            if (Ops.truthy(Compare.compare(better, vk, bestKey))) {
                best = v;
                bestKey = vk;
            }
        }
        return best;
    }

    private static Object anyAll(Object[] a, Map<String, Object> k, boolean any) {
        Args.exactly(any ? "any" : "all", a, k, 1);
        Iterator<Object> it = Ops.iterate(a[0]);
        while (it.hasNext()) {
            if (Ops.truthy(it.next()) == any) {
                return any;
            }
        }
        return !any;
    }

    private static Object sorted(Object[] a, Map<String, Object> k) {
        Object[] p = Args.bind("sorted", a, k, "iterable", "*", "key=", "reverse=");
        PyList list = new PyList(Ops.toList(p[0]));
        Map<String, Object> kw = new java.util.LinkedHashMap<>();
        if (p[1] != null) {
            kw.put("key", p[1]);
        }
        if (p[2] != null) {
            kw.put("reverse", p[2]);
        }
        Ops.call(Ops.getAttr(list, "sort"), new Object[0], kw.isEmpty() ? null : kw);
        return list;
    }

    private static Object enumerate(Object[] a, Map<String, Object> k) {
        Object[] p = Args.bind("enumerate", a, k, "iterable", "start=");
        Iterator<Object> it = Ops.iterate(p[0]);
        long[] counter = {p[1] == null ? 0 : Ops.toLong(p[1])};
        return new PyIterator(new Iterator<Object>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Object next() {
                return PyTuple.of(counter[0]++, it.next());
            }
        }, "enumerate");
    }

    private static Object zip(Object[] a, Map<String, Object> k) {
        boolean strict = k != null && Ops.truthy(k.getOrDefault("strict", false));
        List<Iterator<Object>> its = new ArrayList<>();
        for (Object o : a) {
            its.add(Ops.iterate(o));
        }
        return new PyIterator(new Iterator<Object>() {
            @Override
            public boolean hasNext() {
                if (its.isEmpty()) {
                    return false;
                }
                boolean all = true;
                boolean anyLeft = false;
                for (Iterator<Object> it : its) {
                    boolean h = it.hasNext();
                    all &= h;
                    anyLeft |= h;
                }
                if (strict && !all && anyLeft) {
                    throw KindlingError.valueError("zip() arguments have different lengths");
                }
                return all;
            }

            @Override
            public Object next() {
                Object[] items = new Object[its.size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = its.get(i).next();
                }
                return new PyTuple(items);
            }
        }, "zip");
    }

    private static Object map(Object[] a, Map<String, Object> k) {
        if (a.length < 2) {
            throw KindlingError.typeError("map() must have at least two arguments.");
        }
        Object f = a[0];
        List<Iterator<Object>> its = new ArrayList<>();
        for (int i = 1; i < a.length; i++) {
            its.add(Ops.iterate(a[i]));
        }
        return new PyIterator(new Iterator<Object>() {
            @Override
            public boolean hasNext() {
                return its.stream().allMatch(Iterator::hasNext);
            }

            @Override
            public Object next() {
                Object[] args = new Object[its.size()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = its.get(i).next();
                }
                return Ops.call(f, args, null);
            }
        }, "map");
    }

    private static Object filter(Object[] a, Map<String, Object> k) {
        Args.exactly("filter", a, k, 2);
        Object f = a[0];
        Iterator<Object> it = Ops.iterate(a[1]);
        return new PyIterator(new dev.kindling.lang.objects.FilterIterator(it,
                v -> Ops.truthy(f == PyNone.NONE ? v : Ops.call(f, new Object[] {v}, null))), "filter");
    }

    private static Object next(Object[] a, Map<String, Object> k) {
        Args.range("next", a, k, 1, 2);
        if (a[0] instanceof PyGenerator g) {
            return nextOfGenerator(g, a);
        }
        Object v = Ops.next(a[0]);
        if (v == null) {
            if (a.length == 2) {
                return a[1];
            }
            throw new KindlingError(ErrorType.STOP_ITERATION, "");
        }
        return v;
    }

    /** A generator's StopIteration carries its return value, so it is passed on as raised. */
    private static Object nextOfGenerator(PyGenerator g, Object[] a) {
        try {
            return g.send(PyNone.NONE);
        } catch (KindlingError e) {
            if (a.length == 2 && e.type() == ErrorType.STOP_ITERATION) {
                return a[1];
            }
            throw e;
        }
    }

    static boolean isInstance(Object o, Object classes) {
        if (classes instanceof PyTuple t) {
            for (Object c : t.items()) {
                if (isInstance(o, c)) {
                    return true;
                }
            }
            return false;
        }
        if (!(classes instanceof PyClass c)) {
            throw KindlingError.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        return Ops.typeOf(o).isSubclassOf(c);
    }

    private static boolean isSubclass(Object cls, Object classes) {
        if (!(cls instanceof PyClass c)) {
            throw KindlingError.typeError("issubclass() arg 1 must be a class");
        }
        if (classes instanceof PyTuple t) {
            for (Object k : t.items()) {
                if (isSubclass(cls, k)) {
                    return true;
                }
            }
            return false;
        }
        if (!(classes instanceof PyClass parent)) {
            throw KindlingError.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return c.isSubclassOf(parent);
    }

    private static Object radix(Object o, int radix, String prefix) {
        BigInteger v = o instanceof BigInteger b ? b : BigInteger.valueOf(Ops.toIndex(o));
        return v.signum() < 0 ? "-" + prefix + v.negate().toString(radix) : prefix + v.toString(radix);
    }

    private static Object dir(Context context, Object[] a) {
        List<Object> names = new ArrayList<>();
        if (a.length == 0) {
            names.addAll(context.main().names());
        } else if (a[0] instanceof PyModule m) {
            names.addAll(m.names());
        } else {
            Object target = a[0];
            PyClass c = target instanceof PyClass pc ? pc : Ops.typeOf(target);
            for (PyClass k = c; k != null; k = k.base()) {
                for (String n : k.dict().keySet()) {
                    if (!names.contains(n)) {
                        names.add(n);
                    }
                }
            }
            if (target instanceof dev.kindling.lang.objects.PyInstance i) {
                for (String n : i.dict().keySet()) {
                    if (!names.contains(n)) {
                        names.add(n);
                    }
                }
            }
        }
        names.sort((x, y) -> ((String) x).compareTo((String) y));
        return new PyList(names);
    }

}
