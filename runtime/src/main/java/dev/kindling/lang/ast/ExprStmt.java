package dev.kindling.lang.ast;

import dev.kindling.lang.eval.Frame;

/** An expression evaluated for its effect; the REPL's echo reads {@link #expression()}. */
public final class ExprStmt extends Stmt {
    private final Expr expression;

    public ExprStmt(int line, int column, Expr expression) {
        super(line, column);
        this.expression = expression;
    }

    public Expr expression() {
        return expression;
    }

    @Override
    public int exec(Frame frame) {
        expression.eval(frame);
        return NORMAL;
    }
}
