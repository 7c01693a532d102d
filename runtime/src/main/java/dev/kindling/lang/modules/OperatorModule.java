package dev.kindling.lang.modules;

import java.util.Map;

import dev.kindling.lang.ast.BinaryOp;
import dev.kindling.lang.ast.CompareOp;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.Arith;
import dev.kindling.lang.objects.BuiltinBody;
import dev.kindling.lang.objects.Compare;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyTuple;

/**
 * Python's {@code operator}: the operators as functions (add, mul, lt, not_, getitem, ...), their
 * in-place forms (iadd, ...), and itemgetter, attrgetter and methodcaller. Each goes through the
 * interpreter's own operator code, so tensors and user classes behave as with the operator.
 */
public final class OperatorModule {
    private OperatorModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("operator");
        for (BinaryOp op : BinaryOp.values()) {
            String stem = op.method.substring(2, op.method.length() - 2);
            String name = stem.equals("and") || stem.equals("or") ? stem + "_" : stem;
            def(m, name, (a, k) -> {
                Args.exactly(name, a, k, 2);
                return Arith.binary(op, a[0], a[1]);
            });
            def(m, "i" + stem, (a, k) -> {
                Args.exactly("i" + stem, a, k, 2);
                return Arith.inplace(op, a[0], a[1]);
            });
        }
        for (CompareOp op : new CompareOp[] {CompareOp.LT, CompareOp.LE, CompareOp.GT, CompareOp.GE, CompareOp.EQ,
            CompareOp.NE}) {
            String name = op.method.substring(2, 4);
            def(m, name, (a, k) -> {
                Args.exactly(name, a, k, 2);
                return Compare.compare(op, a[0], a[1]);
            });
        }
        unary(m, "neg", Arith::negate);
        unary(m, "pos", Arith::positive);
        unary(m, "invert", Arith::invert);
        unary(m, "inv", Arith::invert);
        unary(m, "abs", v -> BuiltinsModule.abs(new Object[] {v}, null));
        unary(m, "not_", v -> !Ops.truthy(v));
        unary(m, "truth", Ops::truthy);
        unary(m, "index", v -> Ops.toIndex(v));
        def(m, "is_", (a, k) -> {
            Args.exactly("is_", a, k, 2);
            return Compare.compare(CompareOp.IS, a[0], a[1]);
        });
        def(m, "is_not", (a, k) -> {
            Args.exactly("is_not", a, k, 2);
            return Compare.compare(CompareOp.IS_NOT, a[0], a[1]);
        });
        def(m, "contains", (a, k) -> {
            Args.exactly("contains", a, k, 2);
            return Ops.contains(a[0], a[1]);
        });
        def(m, "concat", (a, k) -> {
            Args.exactly("concat", a, k, 2);
            return Arith.binary(BinaryOp.ADD, a[0], a[1]);
        });
        def(m, "getitem", (a, k) -> {
            Args.exactly("getitem", a, k, 2);
            return Ops.getItem(a[0], a[1]);
        });
        def(m, "setitem", (a, k) -> {
            Args.exactly("setitem", a, k, 3);
            Ops.setItem(a[0], a[1], a[2]);
            return PyNone.NONE;
        });
        def(m, "delitem", (a, k) -> {
            Args.exactly("delitem", a, k, 2);
            Ops.delItem(a[0], a[1]);
            return PyNone.NONE;
        });
        def(m, "itemgetter", OperatorModule::itemgetter);
        def(m, "attrgetter", OperatorModule::attrgetter);
        def(m, "methodcaller", OperatorModule::methodcaller);
        return m;
    }

    private static void def(PyModule m, String name, BuiltinBody body) {
        m.set(name, new PyBuiltin("operator." + name, body));
    }

    private static void unary(PyModule m, String name, java.util.function.Function<Object, Object> f) {
        def(m, name, (a, k) -> {
            Args.exactly(name, a, k, 1);
            return f.apply(a[0]);
        });
    }

    /** {@code itemgetter(i)(x)} is {@code x[i]}; with several keys, the tuple of them. */
    private static Object itemgetter(Object[] keys, Map<String, Object> k) {
        Args.range("itemgetter", keys, k, 1, Integer.MAX_VALUE);
        return new PyBuiltin("operator.itemgetter", (a, kw) -> {
            Args.exactly("itemgetter", a, kw, 1);
            return gather(keys, key -> Ops.getItem(a[0], key));
        });
    }

    /** {@code attrgetter('a.b')(x)} is {@code x.a.b}; with several names, the tuple of them. */
    private static Object attrgetter(Object[] names, Map<String, Object> k) {
        Args.range("attrgetter", names, k, 1, Integer.MAX_VALUE);
        for (Object n : names) {
            if (!(n instanceof String)) {
                throw dev.kindling.errors.KindlingError.typeError("attribute name must be a string");
            }
        }
        return new PyBuiltin("operator.attrgetter", (a, kw) -> {
            Args.exactly("attrgetter", a, kw, 1);
            return gather(names, name -> {
                Object v = a[0];
                for (String part : ((String) name).split("\\.")) {
                    v = Ops.getAttr(v, part);
                }
                return v;
            });
        });
    }

    /** {@code methodcaller('m', *args, **kwargs)(x)} is {@code x.m(*args, **kwargs)}. */
    private static Object methodcaller(Object[] a, Map<String, Object> k) {
        Args.range("methodcaller", a, null, 1, Integer.MAX_VALUE);
        if (!(a[0] instanceof String name)) {
            throw dev.kindling.errors.KindlingError.typeError("method name must be a string");
        }
        Object[] args = java.util.Arrays.copyOfRange(a, 1, a.length);
        return new PyBuiltin("operator.methodcaller", (x, kw) -> {
            Args.exactly("methodcaller", x, kw, 1);
            return Ops.call(Ops.getAttr(x[0], name), args, k);
        });
    }

    private static Object gather(Object[] keys, java.util.function.Function<Object, Object> get) {
        if (keys.length == 1) {
            return get.apply(keys[0]);
        }
        Object[] out = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = get.apply(keys[i]);
        }
        return new PyTuple(out);
    }
}
