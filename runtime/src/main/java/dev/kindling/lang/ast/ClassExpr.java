package dev.kindling.lang.ast;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyFunction;

/**
 * Creates a class: runs the body in a fresh namespace, then builds the class from it. Methods
 * learn their class here, which is what zero-argument {@code super()} needs.
 */
public final class ClassExpr extends Expr {
    private final String name;
    private final Expr[] bases;
    private final Stmt body;

    public ClassExpr(int line, int column, String name, List<Expr> bases, Stmt body) {
        super(line, column);
        this.name = name;
        this.bases = bases.toArray(new Expr[0]);
        this.body = body;
    }

    @Override
    public Object eval(Frame frame) {
        PyClass base = BuiltinTypes.OBJECT;
        if (bases.length > 1) {
            throw KindlingError.typeError("Kindling supports single inheritance only; class " + name
                    + " names " + bases.length + " bases");
        }
        if (bases.length == 1) {
            Object b = bases[0].eval(frame);
            if (!(b instanceof PyClass pc)) {
                throw KindlingError.typeError("class base must be a class, not " + Ops.typeName(b));
            }
            base = pc;
        }
        Map<String, Object> namespace = new LinkedHashMap<>();
        namespace.put("__module__", frame.globals.name());
        namespace.put("__qualname__", name);
        Frame classFrame = new Frame(0, frame, frame.globals, frame.context, namespace);
        classFrame.line = body.line;
        body.exec(classFrame);
        PyClass cls = PyClass.user(name, frame.globals.name(), base);
        for (Map.Entry<String, Object> e : namespace.entrySet()) {
            cls.dict().put(e.getKey(), e.getValue());
            if (e.getValue() instanceof PyFunction f) {
                f.setOwnerClass(cls);
            }
        }
        return cls;
    }
}
