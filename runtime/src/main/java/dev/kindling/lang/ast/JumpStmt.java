package dev.kindling.lang.ast;

import dev.kindling.lang.eval.Frame;

/** {@code pass}, {@code break} and {@code continue}: return their completion code. */
public final class JumpStmt extends Stmt {
    private final int completion;

    public JumpStmt(int line, int column, int completion) {
        super(line, column);
        this.completion = completion;
    }

    @Override
    public int exec(Frame frame) {
        return completion;
    }
}
