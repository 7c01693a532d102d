package dev.kindling.lang.objects;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.ast.BinaryOp;
import dev.kindling.lang.eval.RunGuard;

/**
 * Python's arithmetic: arbitrary-precision ints (a Long until it overflows, then a BigInteger),
 * IEEE floats with Python's floor division and modulo signs, sequence concatenation and
 * repetition, and special-method dispatch ({@code __add__} then {@code __radd__}) for everything
 * else, which is how tensors join in.
 */
public final class Arith {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Arith() {}

    public static Object binary(BinaryOp op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return longOp(op, x, y);
        }
        Object r = builtinBinary(op, a, b);
        if (r != null) {
            return r;
        }
        return dispatch(op, a, b);
    }

    /** {@code a op= b}: the in-place special method first, then the plain operator. */
    public static Object inplace(BinaryOp op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return longOp(op, x, y);
        }
        if (a instanceof PyList l && op == BinaryOp.ADD) {
            l.items().addAll(Ops.toList(b));
            return l;
        }
        if (!(a instanceof Double || a instanceof String || a instanceof Boolean || a instanceof BigInteger)) {
            Object m = Ops.typeOf(a).lookup(op.inplace);
            if (m != null) {
                Object r = Ops.call(m, new Object[] {a, b}, null);
                if (r != PyNone.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        return binary(op, a, b);
    }

    private static Object dispatch(BinaryOp op, Object a, Object b) {
        Object m = Ops.typeOf(a).lookup(op.method);
        if (m != null) {
            Object r = Ops.call(m, new Object[] {a, b}, null);
            if (r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        Object rm = Ops.typeOf(b).lookup(op.reflected);
        if (rm != null) {
            Object r = Ops.call(rm, new Object[] {b, a}, null);
            if (r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        Object repeated = repeatedByIndex(op, a, b);
        if (repeated != null) {
            return repeated;
        }
        if (op == BinaryOp.ADD && isSequence(a)) {
            String type = Ops.typeName(a);
            throw KindlingError.typeError("can only concatenate " + type + " (not \"" + Ops.typeName(b) + "\") to "
                    + type);
        }
        if (op == BinaryOp.POW) {
            throw KindlingError.typeError("unsupported operand type(s) for ** or pow(): '" + Ops.typeName(a)
                    + "' and '" + Ops.typeName(b) + "'");
        }
        throw KindlingError.typeError("unsupported operand type(s) for " + op.symbol + ": '" + Ops.typeName(a)
                + "' and '" + Ops.typeName(b) + "'");
    }

    /**
     * A str, list or tuple repeated by an object with {@code __index__} (a tensor), as CPython's
     * sequence repeat takes it once both operands' methods declined; null when that is not the case.
     */
    private static Object repeatedByIndex(BinaryOp op, Object a, Object b) {
        if (op != BinaryOp.MUL || isSequence(a) == isSequence(b)) {
            return null;
        }
        Object sequence = isSequence(a) ? a : b;
        Object count = sequence == a ? b : a;
        Object index = Ops.typeOf(count).lookup("__index__");
        if (index == null) {
            return null;
        }
        return builtinBinary(op, sequence, Ops.toLong(Ops.call(index, new Object[] {count}, null)));
    }

    private static boolean isSequence(Object o) {
        return o instanceof String || o instanceof PyList || o instanceof PyTuple;
    }

    /** Built-in types' operators; null when the operand types are not built-in ones that combine. */
    private static Object builtinBinary(BinaryOp op, Object a, Object b) {
        boolean an = isNumber(a);
        boolean bn = isNumber(b);
        if (an && bn) {
            if (a instanceof Double || b instanceof Double) {
                return floatOp(op, Ops.toDouble(a), Ops.toDouble(b));
            }
            if (a instanceof Boolean x && b instanceof Boolean y && isBitwise(op)) {
                return boolOp(op, x, y);
            }
            return intOp(op, big(a), big(b));
        }
        if (a instanceof String s) {
            if (op == BinaryOp.ADD && b instanceof String t) {
                return s + t;
            }
            if (op == BinaryOp.MUL && Ops.isInt(b)) {
                return s.repeat(repeatCount(s.length(), Ops.toLong(b)));
            }
            if (op == BinaryOp.MOD) {
                return StrMethods.percent(s, b);
            }
            return null;
        }
        if (op == BinaryOp.MUL && b instanceof String s && Ops.isInt(a)) {
            return s.repeat(repeatCount(s.length(), Ops.toLong(a)));
        }
        if (a instanceof PyList l) {
            if (op == BinaryOp.ADD && b instanceof PyList m) {
                List<Object> out = new ArrayList<>(l.items());
                out.addAll(m.items());
                return new PyList(out);
            }
            if (op == BinaryOp.MUL && Ops.isInt(b)) {
                return new PyList(repeat(l.items(), Ops.toLong(b)));
            }
            return null;
        }
        if (a instanceof PyTuple t) {
            if (op == BinaryOp.ADD && b instanceof PyTuple u) {
                List<Object> out = new ArrayList<>(t.asList());
                out.addAll(u.asList());
                return PyTuple.fromList(out);
            }
            if (op == BinaryOp.MUL && Ops.isInt(b)) {
                return PyTuple.fromList(repeat(t.asList(), Ops.toLong(b)));
            }
            return null;
        }
        if (Ops.isInt(a) && op == BinaryOp.MUL) {
            if (b instanceof PyList l) {
                return new PyList(repeat(l.items(), Ops.toLong(a)));
            }
            if (b instanceof PyTuple t) {
                return PyTuple.fromList(repeat(t.asList(), Ops.toLong(a)));
            }
        }
        if (a instanceof PySet s && b instanceof PySet t) {
            return SetMethods.binary(op, s, t);
        }
        if (a instanceof PyDict d && b instanceof PyDict e && op == BinaryOp.OR) {
            PyDict out = new PyDict();
            d.map().forEach((k, v) -> out.put(k.value(), v));
            e.map().forEach((k, v) -> out.put(k.value(), v));
            return out;
        }
        return null;
    }

    private static List<Object> repeat(List<Object> items, long times) {
        int count = repeatCount(items.size(), times);
        List<Object> out = new ArrayList<>(items.size() * count);
        for (int i = 0; i < count; i++) {
            out.addAll(items);
        }
        return out;
    }

    /**
     * How many copies {@code seq * times} makes (0 for times <= 0), refusing up front with
     * MemoryError a result no Java array can hold, instead of wrapping the count around.
     */
    private static int repeatCount(int unit, long times) {
        if (times <= 0 || unit == 0) {
            return 0;
        }
        RunGuard.checkLength(times > Long.MAX_VALUE / unit ? Long.MAX_VALUE : unit * times);
        if (times > (Integer.MAX_VALUE - 8) / unit) {
            throw new KindlingError(ErrorType.MEMORY_ERROR, "");
        }
        return (int) times;
    }

    static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    private static boolean isBitwise(BinaryOp op) {
        return op == BinaryOp.AND || op == BinaryOp.OR || op == BinaryOp.XOR;
    }

    private static Object boolOp(BinaryOp op, boolean x, boolean y) {
        switch (op) {
            case AND:
                return x & y;
            case OR:
                return x | y;
            default:
                return x ^ y;
        }
    }

    private static BigInteger big(Object o) {
        if (o instanceof BigInteger b) {
            return b;
        }
        return BigInteger.valueOf(Ops.toLong(o));
    }

    /** Normalises a BigInteger result back to a Long when it fits. */
    public static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    private static Object longOp(BinaryOp op, long x, long y) {
        switch (op) {
            case ADD: {
                long r = x + y;
                return ((x ^ r) & (y ^ r)) < 0 ? normalize(BigInteger.valueOf(x).add(BigInteger.valueOf(y))) : r;
            }
            case SUB: {
                long r = x - y;
                return ((x ^ y) & (x ^ r)) < 0 ? normalize(BigInteger.valueOf(x).subtract(BigInteger.valueOf(y))) : r;
            }
            case MUL: {
                long hi = Math.multiplyHigh(x, y);
                long lo = x * y;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                    return lo;
                }
                return normalize(BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)));
            }
            case FLOORDIV:
                if (y == 0) {
                    throw zeroDivision("integer division or modulo by zero");
                }
                if (x == Long.MIN_VALUE && y == -1) {
                    return BigInteger.valueOf(x).negate();
                }
                return Math.floorDiv(x, y);
            case MOD:
                if (y == 0) {
                    throw zeroDivision("integer modulo by zero");
                }
                return Math.floorMod(x, y);
            case TRUEDIV:
                return trueDivide(BigInteger.valueOf(x), BigInteger.valueOf(y));
            default:
                return intOp(op, BigInteger.valueOf(x), BigInteger.valueOf(y));
        }
    }

    private static Object intOp(BinaryOp op, BigInteger x, BigInteger y) {
        switch (op) {
            case ADD:
                return normalize(x.add(y));
            case SUB:
                return normalize(x.subtract(y));
            case MUL:
                return normalize(LargeInts.multiply(x, y));
            case TRUEDIV:
                return trueDivide(x, y);
            case FLOORDIV: {
                if (y.signum() == 0) {
                    throw zeroDivision("integer division or modulo by zero");
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
                    q = q.subtract(BigInteger.ONE);
                }
                return normalize(q);
            }
            case MOD: {
                if (y.signum() == 0) {
                    throw zeroDivision("integer modulo by zero");
                }
                BigInteger r = x.mod(y.abs());
                if (y.signum() < 0 && r.signum() != 0) {
                    r = r.add(y);
                }
                return normalize(r);
            }
            case POW:
                return intPow(x, y);
            case LSHIFT:
                if (y.signum() < 0) {
                    throw KindlingError.valueError("negative shift count");
                }
                return normalize(LargeInts.shiftLeft(x, y));
            case RSHIFT:
                if (y.signum() < 0) {
                    throw KindlingError.valueError("negative shift count");
                }
                return normalize(x.shiftRight(y.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue()));
            case AND:
                return normalize(x.and(y));
            case OR:
                return normalize(x.or(y));
            case XOR:
                return normalize(x.xor(y));
            default:
                throw KindlingError.typeError("unsupported operand type(s) for " + op.symbol + ": 'int' and 'int'");
        }
    }

    private static Object intPow(BigInteger x, BigInteger y) {
        if (y.signum() < 0) {
            double base = bigToDouble(x);
            if (base == 0.0) {
                throw zeroDivision("0.0 cannot be raised to a negative power");
            }
            return Math.pow(base, bigToDouble(y));
        }
        if (y.bitLength() > 31) {
            if (x.abs().compareTo(BigInteger.ONE) <= 0) {
                return normalize(x.signum() < 0 && y.testBit(0) ? x : x.abs());
            }
            throw new KindlingError(ErrorType.MEMORY_ERROR, "exponent too large");
        }
        if (x.abs().compareTo(BigInteger.ONE) <= 0) {
            return normalize(x.pow(y.intValue()));
        }
        return normalize(LargeInts.pow(x, y.intValue()));
    }

    private static Object trueDivide(BigInteger x, BigInteger y) {
        if (y.signum() == 0) {
            throw zeroDivision("division by zero");
        }
        if (x.bitLength() <= 53 && y.bitLength() <= 53) {
            return x.doubleValue() / y.doubleValue();
        }
        double q = new java.math.BigDecimal(x).divide(new java.math.BigDecimal(y), java.math.MathContext.DECIMAL128)
                .doubleValue();
        if (Double.isInfinite(q)) {
            throw new KindlingError(ErrorType.OVERFLOW_ERROR, "integer division result too large for a float");
        }
        return q;
    }

    private static Object floatOp(BinaryOp op, double x, double y) {
        switch (op) {
            case ADD:
                return x + y;
            case SUB:
                return x - y;
            case MUL:
                return x * y;
            case TRUEDIV:
                if (y == 0.0) {
                    throw zeroDivision("float division by zero");
                }
                return x / y;
            case FLOORDIV:
                if (y == 0.0) {
                    throw zeroDivision("float floor division by zero");
                }
                return floatDivmod(x, y)[0];
            case MOD:
                if (y == 0.0) {
                    throw zeroDivision("float modulo");
                }
                return floatDivmod(x, y)[1];
            case POW:
                return floatPow(x, y);
            default:
                throw KindlingError.typeError("unsupported operand type(s) for " + op.symbol + ": 'float' and 'float'");
        }
    }

    private static double floatPow(double x, double y) {
        if (x == 0.0 && y < 0) {
            throw zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (x < 0 && y != Math.floor(y) && Double.isFinite(y)) {
            throw KindlingError.valueError("math domain error");
        }
        return Math.pow(x, y);
    }

    /** CPython's float_divmod: the quotient floored and the remainder with the divisor's sign. */
    public static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    public static KindlingError zeroDivision(String message) {
        return new KindlingError(ErrorType.ZERO_DIVISION_ERROR, message);
    }

    public static double bigToDouble(BigInteger b) {
        double d = b.doubleValue();
        if (Double.isInfinite(d)) {
            throw new KindlingError(ErrorType.OVERFLOW_ERROR, "int too large to convert to float");
        }
        return d;
    }

    public static Object negate(Object v) {
        if (v instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) (-l);
        }
        if (v instanceof Double d) {
            return -d;
        }
        if (v instanceof Boolean b) {
            return b ? -1L : 0L;
        }
        if (v instanceof BigInteger b) {
            return normalize(b.negate());
        }
        return unarySpecial(v, "__neg__", "-");
    }

    public static Object positive(Object v) {
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (isNumber(v)) {
            return v;
        }
        return unarySpecial(v, "__pos__", "+");
    }

    public static Object invert(Object v) {
        if (Ops.isInt(v)) {
            return normalize(big(v).not());
        }
        return unarySpecial(v, "__invert__", "~");
    }

    private static Object unarySpecial(Object v, String method, String symbol) {
        Object m = Ops.typeOf(v).lookup(method);
        if (m == null) {
            throw KindlingError.typeError("bad operand type for unary " + symbol + ": '" + Ops.typeName(v) + "'");
        }
        return Ops.call(m, new Object[] {v}, null);
    }

    static boolean fitsLong(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
    }
}
