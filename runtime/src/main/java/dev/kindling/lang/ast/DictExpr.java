package dev.kindling.lang.ast;

import java.util.List;
import java.util.Map;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyDict;
import dev.kindling.lang.objects.PyKey;

/** A dict display {@code {k: v, **other}}; a null key marks a {@code **} entry. */
public final class DictExpr extends Expr {
    private final Expr[] keys;
    private final Expr[] values;

    public DictExpr(int line, int column, List<Expr> keys, List<Expr> values) {
        super(line, column);
        this.keys = keys.toArray(new Expr[0]);
        this.values = values.toArray(new Expr[0]);
    }

    @Override
    public Object eval(Frame frame) {
        PyDict d = new PyDict();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null) {
                Object other = values[i].eval(frame);
                if (!(other instanceof PyDict od)) {
                    throw KindlingError.typeError("'" + Ops.typeName(other) + "' object is not a mapping");
                }
                for (Map.Entry<PyKey, Object> e : od.map().entrySet()) {
                    d.put(e.getKey().value(), e.getValue());
                }
            } else {
                Object k = keys[i].eval(frame);
                d.put(k, values[i].eval(frame));
            }
        }
        return d;
    }
}
