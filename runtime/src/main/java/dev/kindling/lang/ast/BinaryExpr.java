package dev.kindling.lang.ast;

import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Arith;

/** {@code left op right} for the arithmetic and bitwise operators. */
public final class BinaryExpr extends Expr {
    private final BinaryOp op;
    private final Expr left;
    private final Expr right;

    public BinaryExpr(int line, int column, BinaryOp op, Expr left, Expr right) {
        super(line, column);
        this.op = op;
        this.left = left;
        this.right = right;
    }

    @Override
    public Object eval(Frame frame) {
        return Arith.binary(op, left.eval(frame), right.eval(frame));
    }
}
