package dev.kindling.lang.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.format.NumberParsing;

/** What calling a built-in type does: {@code int("3")}, {@code list(range(3))}, {@code dict(a=1)}. */
final class Constructors {
    private Constructors() {}

    static Object type(Object[] args, Map<String, Object> kw) {
        Args.exactly("type", args, kw, 1);
        return Ops.typeOf(args[0]);
    }

    static Object toInt(Object[] args, Map<String, Object> kw) {
        Object[] a = Args.bind("int", args, kw, "x=", "base=");
        Object x = a[0];
        if (x == null) {
            return 0L;
        }
        if (a[1] != null) {
            if (!(x instanceof String s)) {
                throw KindlingError.typeError("int() can't convert non-string with explicit base");
            }
            return NumberParsing.parseInt(s, (int) Ops.toLong(a[1]));
        }
        if (x instanceof Long || x instanceof BigInteger) {
            return x;
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (x instanceof Double d) {
            return fromDouble(d);
        }
        if (x instanceof String s) {
            return NumberParsing.parseInt(s, 10);
        }
        Object r = Ops.callSpecial(x, "__int__");
        if (r == null) {
            r = Ops.callSpecial(x, "__index__");
        }
        if (r == null) {
            throw KindlingError.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                    + Ops.typeName(x) + "'");
        }
        return r;
    }

    /** int(float): truncates toward zero; inf and nan cannot be converted. */
    static Object fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw KindlingError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw new KindlingError(ErrorType.OVERFLOW_ERROR, "cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return (long) d;
        }
        return Arith.normalize(new BigDecimal(d).toBigInteger());
    }

    static Object toBool(Object[] args, Map<String, Object> kw) {
        Args.range("bool", args, kw, 0, 1);
        return args.length == 1 && Ops.truthy(args[0]);
    }

    static Object toFloat(Object[] args, Map<String, Object> kw) {
        Args.range("float", args, kw, 0, 1);
        if (args.length == 0) {
            return 0.0;
        }
        Object x = args[0];
        if (x instanceof String s) {
            return NumberParsing.parseFloat(s);
        }
        if (Arith.isNumber(x)) {
            return Ops.toDouble(x);
        }
        Object r = Ops.callSpecial(x, "__float__");
        if (r == null) {
            throw KindlingError.typeError("float() argument must be a string or a real number, not '"
                    + Ops.typeName(x) + "'");
        }
        return r;
    }

    static Object toStr(Object[] args, Map<String, Object> kw) {
        Object[] a = Args.bind("str", args, kw, "object=");
        return a[0] == null ? "" : Repr.str(a[0]);
    }

    static Object toList(Object[] args, Map<String, Object> kw) {
        Args.range("list", args, kw, 0, 1);
        return args.length == 0 ? new PyList() : new PyList(Ops.toList(args[0]));
    }

    static Object toTuple(Object[] args, Map<String, Object> kw) {
        Args.range("tuple", args, kw, 0, 1);
        if (args.length == 0) {
            return PyTuple.EMPTY;
        }
        return args[0] instanceof PyTuple t ? t : PyTuple.fromList(Ops.toList(args[0]));
    }

    static Object toSet(Object[] args, Map<String, Object> kw) {
        Args.range("set", args, kw, 0, 1);
        PySet s = new PySet();
        if (args.length == 1) {
            Iterator<Object> it = Ops.iterate(args[0]);
            while (it.hasNext()) {
                s.add(it.next());
            }
        }
        return s;
    }

    static Object toDict(Object[] args, Map<String, Object> kw) {
        return fill(new PyDict(), "dict", args, kw);
    }

    static Object toOrderedDict(Object[] args, Map<String, Object> kw) {
        return fill(PyDict.orderedDict(), "OrderedDict", args, kw);
    }

    private static PyDict fill(PyDict d, String name, Object[] args, Map<String, Object> kw) {
        if (args.length > 1) {
            throw KindlingError.typeError(name + " expected at most 1 argument, got " + args.length);
        }
        if (args.length == 1) {
            DictMethods.update(d, args[0]);
        }
        if (kw != null) {
            kw.forEach(d::put);
        }
        return d;
    }

    static Object range(Object[] args, Map<String, Object> kw) {
        Args.range("range", args, kw, 1, 3);
        long[] v = new long[args.length];
        for (int i = 0; i < args.length; i++) {
            if (!Ops.isInt(args[i]) && Ops.typeOf(args[i]).lookup("__index__") == null) {
                throw KindlingError.typeError("'" + Ops.typeName(args[i]) + "' object cannot be interpreted as an integer");
            }
            v[i] = Ops.toIndex(args[i]);
        }
        if (v.length == 1) {
            return new PyRange(0, v[0], 1);
        }
        return new PyRange(v[0], v[1], v.length == 3 ? v[2] : 1);
    }

    static Object slice(Object[] args, Map<String, Object> kw) {
        Args.range("slice", args, kw, 1, 3);
        if (args.length == 1) {
            return new PySlice(PyNone.NONE, args[0], PyNone.NONE);
        }
        return new PySlice(args[0], args[1], args.length == 3 ? args[2] : PyNone.NONE);
    }

    static Object property(Object[] args, Map<String, Object> kw) {
        Object[] a = Args.bind("property", args, kw, "fget=", "fset=");
        return new PyProperty(a[0], a[1]);
    }

    static Object superOf(Object[] args, Map<String, Object> kw) {
        Args.exactly("super", args, kw, 2);
        if (!(args[0] instanceof PyClass c)) {
            throw KindlingError.typeError("super() argument 1 must be a type, not " + Ops.typeName(args[0]));
        }
        return new PySuper(c, args[1]);
    }
}
