package dev.kindling.lang.modules;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.Callable;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyDict;
import dev.kindling.lang.objects.PyGetSet;
import dev.kindling.lang.objects.PyObj;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.lang.objects.Repr;

/**
 * {@code functools.partial(func, *args, **keywords)}: calls func with the stored arguments first
 * and the call's after them; the call's keywords override the stored ones. A partial of a partial
 * flattens into one, as in CPython.
 */
final class Partial implements PyObj, Callable {
    static final PyClass TYPE = PyClass.javaType("partial", "functools", BuiltinTypes.OBJECT, Partial::create);

    static {
        TYPE.define("func", new PyGetSet("func", o -> ((Partial) o).func, null));
        TYPE.define("args", new PyGetSet("args", o -> new PyTuple(((Partial) o).args.clone()), null));
        TYPE.define("keywords", new PyGetSet("keywords", o -> PyDict.fromStringMap(((Partial) o).keywords), null));
    }

    private final Object func;
    private final Object[] args;
    private final Map<String, Object> keywords;

    private Partial(Object func, Object[] args, Map<String, Object> keywords) {
        this.func = func;
        this.args = args;
        this.keywords = keywords;
    }

    private static Object create(Object[] a, Map<String, Object> k) {
        if (a.length == 0) {
            throw KindlingError.typeError("type 'partial' takes at least one argument");
        }
        Object func = a[0];
        if (!(func instanceof Callable) && Ops.typeOf(func).lookup("__call__") == null) {
            throw KindlingError.typeError("the first argument must be callable");
        }
        Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
        Map<String, Object> kw = new LinkedHashMap<>();
        if (func instanceof Partial inner) {
            func = inner.func;
            rest = concat(inner.args, rest);
            kw.putAll(inner.keywords);
        }
        if (k != null) {
            kw.putAll(k);
        }
        return new Partial(func, rest, kw);
    }

    private static Object[] concat(Object[] first, Object[] second) {
        Object[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    @Override
    public Object call(Object[] callArgs, Map<String, Object> callKeywords) {
        Map<String, Object> kw = keywords;
        if (callKeywords != null && !callKeywords.isEmpty()) {
            kw = new LinkedHashMap<>(keywords);
            kw.putAll(callKeywords);
        }
        return Ops.call(func, concat(args, callArgs), kw.isEmpty() ? null : kw);
    }

    @Override
    public PyClass type() {
        return TYPE;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("functools.partial(").append(Repr.repr(func));
        for (Object a : args) {
            sb.append(", ").append(Repr.repr(a));
        }
        keywords.forEach((name, v) -> sb.append(", ").append(name).append('=').append(Repr.repr(v)));
        return sb.append(')').toString();
    }
}
