package dev.kindling.lang.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.ast.CompareOp;

/**
 * Python's comparisons and hashing. Rich comparisons may return any object (a tensor compared
 * with a number returns a bool tensor), so {@link #compare} returns Object; {@link #eq} is the
 * boolean equality containers and dict keys use.
 */
public final class Compare {
    private Compare() {}

    public static Object compare(CompareOp op, Object a, Object b) {
        switch (op) {
            case IS:
                return identical(a, b);
            case IS_NOT:
                return !identical(a, b);
            case IN:
                return Ops.contains(b, a);
            case NOT_IN:
                return !Ops.contains(b, a);
            default:
                return rich(op, a, b);
        }
    }

    private static boolean identical(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        return a instanceof Boolean && a.equals(b);
    }

    private static Object rich(CompareOp op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return test(op, Long.compare(x, y));
        }
        if (Arith.isNumber(a) && Arith.isNumber(b)) {
            if (a instanceof Double || b instanceof Double) {
                double x = Ops.toDouble(a);
                double y = Ops.toDouble(b);
                if (Double.isNaN(x) || Double.isNaN(y)) {
                    return op == CompareOp.NE;
                }
                if (!(a instanceof Double) && !Double.isInfinite(y) || !(b instanceof Double) && !Double.isInfinite(x)) {
                    return test(op, exact(a).compareTo(exact(b)));
                }
                return test(op, Double.compare(x, y) == 0 ? 0 : x < y ? -1 : 1);
            }
            return test(op, toBig(a).compareTo(toBig(b)));
        }
        if (a instanceof String s && b instanceof String t) {
            return test(op, s.compareTo(t));
        }
        if (a instanceof PyList l && b instanceof PyList m) {
            return sequence(op, l.items(), m.items());
        }
        if (a instanceof PyTuple t && b instanceof PyTuple u) {
            return sequence(op, t.asList(), u.asList());
        }
        if ((op == CompareOp.EQ || op == CompareOp.NE) && builtinContainer(a) && builtinContainer(b)) {
            boolean same = a.getClass() == b.getClass() && containerEquals(a, b);
            return op == CompareOp.EQ ? same : !same;
        }
        return special(op, a, b);
    }

    private static boolean builtinContainer(Object o) {
        return o instanceof PyDict || o instanceof PySet || o instanceof PyList || o instanceof PyTuple
                || o instanceof String || o instanceof PyNone || Arith.isNumber(o) || o instanceof PyRange;
    }

    private static boolean containerEquals(Object a, Object b) {
        if (a instanceof PyDict d && b instanceof PyDict e) {
            if (d.size() != e.size()) {
                return false;
            }
            for (Map.Entry<PyKey, Object> entry : d.map().entrySet()) {
                Object other = e.map().get(entry.getKey());
                if (other == null || !eq(entry.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof PySet s && b instanceof PySet t) {
            return s.set().equals(t.set());
        }
        if (a instanceof PyRange r && b instanceof PyRange q) {
            return r.toString().equals(q.toString());
        }
        return a == b;
    }

    private static Object special(CompareOp op, Object a, Object b) {
        Object m = Ops.typeOf(a).lookup(op.method);
        if (m != null) {
            Object r = Ops.call(m, new Object[] {a, b}, null);
            if (r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        Object mirror = Ops.typeOf(b).lookup(op.mirror);
        if (mirror != null) {
            Object r = Ops.call(mirror, new Object[] {b, a}, null);
            if (r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (op == CompareOp.EQ) {
            return a == b;
        }
        if (op == CompareOp.NE) {
            Object eqm = Ops.typeOf(a).lookup("__eq__");
            if (eqm != null) {
                Object r = Ops.call(eqm, new Object[] {a, b}, null);
                if (r != PyNone.NOT_IMPLEMENTED) {
                    return !Ops.truthy(r);
                }
            }
            return a != b;
        }
        throw KindlingError.typeError("'" + op.symbol + "' not supported between instances of '" + Ops.typeName(a)
                + "' and '" + Ops.typeName(b) + "'");
    }

    private static Object sequence(CompareOp op, List<Object> x, List<Object> y) {
        int n = Math.min(x.size(), y.size());
        for (int i = 0; i < n; i++) {
            Object p = x.get(i);
            Object q = y.get(i);
            if (p != q && !eq(p, q)) {
                if (op == CompareOp.EQ) {
                    return false;
                }
                if (op == CompareOp.NE) {
                    return true;
                }
                return rich(op, p, q);
            }
        }
        return test(op, Integer.compare(x.size(), y.size()));
    }

    private static boolean test(CompareOp op, int c) {
        switch (op) {
            case LT:
                return c < 0;
            case LE:
                return c <= 0;
            case GT:
                return c > 0;
            case GE:
                return c >= 0;
            case EQ:
                return c == 0;
            default:
                return c != 0;
        }
    }

    private static BigInteger toBig(Object o) {
        return o instanceof BigInteger b ? b : BigInteger.valueOf(Ops.toLong(o));
    }

    private static BigDecimal exact(Object o) {
        if (o instanceof Double d) {
            return new BigDecimal(d);
        }
        return new BigDecimal(toBig(o));
    }

    /** Python's {@code ==} as a Java boolean. */
    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return true;
        }
        return Ops.truthy(rich(CompareOp.EQ, a, b));
    }

    /** Python's hash: equal numbers hash alike whatever their type; mutable containers are unhashable. */
    public static int hash(Object o) {
        if (o instanceof Long l) {
            return Long.hashCode(l);
        }
        if (o instanceof String s) {
            return s.hashCode();
        }
        if (o instanceof Boolean b) {
            return Long.hashCode(b ? 1 : 0);
        }
        if (o instanceof Double d) {
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9.2e18) {
                return Long.hashCode((long) (double) d);
            }
            return d.hashCode();
        }
        if (o instanceof BigInteger b) {
            return b.hashCode();
        }
        if (o instanceof PyTuple t) {
            int h = 0x345678;
            for (Object item : t.items()) {
                h = h * 1000003 ^ hash(item);
            }
            return h;
        }
        if (o instanceof PyList || o instanceof PyDict || o instanceof PySet) {
            throw KindlingError.typeError("unhashable type: '" + Ops.typeName(o) + "'");
        }
        if (o instanceof PyInstance i) {
            Object h = i.type().lookup("__hash__");
            if (h != null) {
                if (h == PyNone.NONE) {
                    throw KindlingError.typeError("unhashable type: '" + Ops.typeName(o) + "'");
                }
                return Long.hashCode(Ops.toLong(Ops.call(h, new Object[] {o}, null)));
            }
        }
        return System.identityHashCode(o);
    }
}
