package dev.kindling.lang.ast;

import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Arith;
import dev.kindling.lang.objects.Ops;

/** {@code -x}, {@code +x}, {@code ~x} and {@code not x}. */
public final class UnaryExpr extends Expr {
    private final String op;
    private final Expr operand;

    public UnaryExpr(int line, int column, String op, Expr operand) {
        super(line, column);
        this.op = op;
        this.operand = operand;
    }

    @Override
    public Object eval(Frame frame) {
        Object v = operand.eval(frame);
        switch (op) {
            case "not":
                return !Ops.truthy(v);
            case "-":
                return Arith.negate(v);
            case "+":
                return Arith.positive(v);
            default:
                return Arith.invert(v);
        }
    }
}
