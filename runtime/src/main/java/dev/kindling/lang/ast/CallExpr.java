package dev.kindling.lang.ast;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyDict;
import dev.kindling.lang.objects.PyKey;
import dev.kindling.lang.objects.Repr;

/** A call {@code f(a, b, *rest, key=v, **more)}; plain positional calls take a fast path. */
public final class CallExpr extends Expr {
    private final Expr callee;
    private final Argument[] arguments;
    private final boolean simple;

    public CallExpr(int line, int column, Expr callee, List<Argument> arguments) {
        super(line, column);
        this.callee = callee;
        this.arguments = arguments.toArray(new Argument[0]);
        this.simple = arguments.stream().allMatch(a -> a.kind() == Argument.Kind.POSITIONAL);
    }

    @Override
    public Object eval(Frame frame) {
        Object function = callee.eval(frame);
        frame.context.guard().check();   // between built-ins and tensor ops, which do not tick
        if (simple) {
            Object[] args = new Object[arguments.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = arguments[i].value().eval(frame);
            }
            return Ops.call(function, args, null);
        }
        List<Object> positional = new ArrayList<>();
        Map<String, Object> keywords = null;
        for (Argument a : arguments) {
            switch (a.kind()) {
                case POSITIONAL -> positional.add(a.value().eval(frame));
                case STAR -> {
                    Iterator<Object> it = Ops.iterate(a.value().eval(frame));
                    while (it.hasNext()) {
                        positional.add(it.next());
                    }
                }
                case KEYWORD -> keywords = addKeyword(keywords, a.name(), a.value().eval(frame), function);
                case DOUBLE_STAR -> keywords = addMapping(keywords, a.value().eval(frame), function);
            }
        }
        return Ops.call(function, positional.toArray(), keywords);
    }

    private static Map<String, Object> addKeyword(Map<String, Object> kw, String name, Object value, Object fn) {
        if (kw == null) {
            kw = new LinkedHashMap<>();
        }
        if (kw.put(name, value) != null) {
            throw KindlingError.typeError(Ops.functionName(fn) + "() got multiple values for keyword argument '"
                    + name + "'");
        }
        return kw;
    }

    private static Map<String, Object> addMapping(Map<String, Object> kw, Object mapping, Object fn) {
        if (!(mapping instanceof PyDict d)) {
            throw KindlingError.typeError(Ops.functionName(fn) + "() argument after ** must be a mapping, not "
                    + Ops.typeName(mapping));
        }
        for (Map.Entry<PyKey, Object> e : d.map().entrySet()) {
            if (!(e.getKey().value() instanceof String name)) {
                throw KindlingError.typeError("keywords must be strings, not " + Repr.repr(e.getKey().value()));
            }
            kw = addKeyword(kw, name, e.getValue(), fn);
        }
        return kw;
    }
}
