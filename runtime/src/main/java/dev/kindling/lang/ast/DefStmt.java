package dev.kindling.lang.ast;

import java.util.List;

import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Ops;

/**
 * A def or class statement: evaluates the function or class, applies decorators innermost
 * first, and binds the name.
 */
public final class DefStmt extends Stmt {
    private final Expr definition;
    private final Expr[] decorators;
    private final Target name;

    public DefStmt(int line, int column, Expr definition, List<Expr> decorators, Target name) {
        super(line, column);
        this.definition = definition;
        this.decorators = decorators.toArray(new Expr[0]);
        this.name = name;
    }

    @Override
    public int exec(Frame frame) {
        Object[] decoratorValues = new Object[decorators.length];
        for (int i = 0; i < decorators.length; i++) {
            decoratorValues[i] = decorators[i].eval(frame);
        }
        Object value = definition.eval(frame);
        for (int i = decoratorValues.length - 1; i >= 0; i--) {
            value = Ops.call(decoratorValues[i], new Object[] {value}, null);
        }
        name.assign(frame, value);
        return NORMAL;
    }
}
