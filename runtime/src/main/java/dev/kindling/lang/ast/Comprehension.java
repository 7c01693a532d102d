package dev.kindling.lang.ast;

import java.util.Iterator;
import java.util.List;

import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyDict;
import dev.kindling.lang.objects.PyGenerator;
import dev.kindling.lang.objects.PyIterator;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyObj;
import dev.kindling.lang.objects.PySet;

/**
 * A list, set or dict comprehension, or a generator expression, with its own scope (as in
 * Python 3). The first iterable is evaluated in the enclosing scope. A generator expression is
 * lazy: it becomes a generator whose body is the clauses as nested for and if statements around
 * a yield of the element, iterating the first iterable from a hidden local (CPython's {@code .0}).
 */
public final class Comprehension extends Expr {
    public enum Kind { LIST, SET, DICT, GENERATOR }

    /** A {@code for target in iterable} clause (iterable set) or an {@code if condition} clause. */
    public record Clause(Target target, Expr iterable, Expr condition) {}

    private final Kind kind;
    private final Clause[] clauses;
    private final Expr element;
    private final Expr value;
    private final int localCount;
    private final String qualifiedName;
    private final Stmt generatorBody;

    public Comprehension(int line, int column, Kind kind, List<Clause> clauses, Expr element, Expr value,
            int localCount, String qualifiedName) {
        super(line, column);
        this.kind = kind;
        this.clauses = clauses.toArray(new Clause[0]);
        this.element = element;
        this.value = value;
        this.localCount = localCount;
        this.qualifiedName = qualifiedName;
        this.generatorBody = kind == Kind.GENERATOR ? generatorBody() : null;
    }

    @Override
    public Object eval(Frame frame) {
        Object firstIterable = clauses[0].iterable().eval(frame);
        Frame parent = frame.classNamespace != null ? frame.parent : frame;
        if (kind == Kind.GENERATOR) {
            Frame inner = new Frame(localCount + 1, parent, frame.globals, frame.context, null);
            Iterator<Object> first = Ops.iterate(firstIterable);
            inner.locals[localCount] = first instanceof PyObj ? first : new PyIterator(first, "iterator");
            return new PyGenerator(inner, generatorBody, "<genexpr>", qualifiedName);
        }
        Frame inner = new Frame(localCount, parent, frame.globals, frame.context, null);
        Object result = kind == Kind.SET ? new PySet() : kind == Kind.DICT ? new PyDict() : new PyList();
        run(inner, 0, firstIterable, result);
        return result;
    }

    /** {@code for t in .0: if c: for u in it2: yield element}, innermost clause built first. */
    private Stmt generatorBody() {
        Stmt s = new YieldStmt(line, column, element, List.of());
        for (int i = clauses.length - 1; i >= 0; i--) {
            Clause c = clauses[i];
            if (c.iterable() == null) {
                s = new IfStmt(line, column, c.condition(), s, null);
            } else {
                Expr source = i == 0 ? new LocalName(line, column, ".0", localCount) : c.iterable();
                s = new ForStmt(line, column, c.target(), source, s, null);
            }
        }
        return s;
    }

    private void run(Frame inner, int index, Object iterableValue, Object result) {
        if (index == clauses.length) {
            emit(inner, result);
            return;
        }
        Clause c = clauses[index];
        if (c.iterable() == null) {
            if (Ops.truthy(c.condition().eval(inner))) {
                run(inner, index + 1, null, result);
            }
            return;
        }
        Object source = index == 0 ? iterableValue : c.iterable().eval(inner);
        Iterator<Object> it = Ops.iterate(source);
        while (it.hasNext()) {
            inner.context.tick();
            c.target().assign(inner, it.next());
            run(inner, index + 1, null, result);
        }
    }

    private void emit(Frame inner, Object result) {
        if (result instanceof PyDict d) {
            Object k = element.eval(inner);
            d.put(k, value.eval(inner));
        } else if (result instanceof PySet s) {
            s.add(element.eval(inner));
        } else {
            ((PyList) result).add(element.eval(inner));
        }
    }
}
