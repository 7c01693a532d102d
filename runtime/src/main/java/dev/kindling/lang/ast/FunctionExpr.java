package dev.kindling.lang.ast;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.PyFunction;

/**
 * Creates a function object: a lambda expression, or the value a def statement binds. Default
 * values are evaluated now, once, as in Python.
 */
public final class FunctionExpr extends Expr {
    private final FunctionTemplate template;
    private final Expr[] defaults;
    private final Map<String, Expr> keywordDefaults;

    public FunctionExpr(int line, int column, FunctionTemplate template, List<Expr> defaults,
            Map<String, Expr> keywordDefaults) {
        super(line, column);
        this.template = template;
        this.defaults = defaults.toArray(new Expr[0]);
        this.keywordDefaults = keywordDefaults;
    }

    public FunctionTemplate template() {
        return template;
    }

    @Override
    public Object eval(Frame frame) {
        Object[] values = new Object[defaults.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = defaults[i].eval(frame);
        }
        Map<String, Object> kw = new LinkedHashMap<>();
        keywordDefaults.forEach((k, e) -> kw.put(k, e.eval(frame)));
        Frame closure = frame.classNamespace != null ? frame.parent : frame;
        return new PyFunction(template, values, kw, closure, frame.globals, frame.context);
    }
}
