package dev.kindling.lang.ast;

import java.util.List;

import dev.kindling.lang.eval.Frame;

/** A sequence of statements; records each statement's line in the frame for tracebacks. */
public final class Block extends Stmt {
    private final Stmt[] body;

    public Block(int line, int column, List<Stmt> body) {
        super(line, column);
        this.body = body.toArray(new Stmt[0]);
    }

    public int size() {
        return body.length;
    }

    public Stmt get(int i) {
        return body[i];
    }

    @Override
    public int exec(Frame frame) {
        for (Stmt s : body) {
            frame.line = s.line;
            int c = s.exec(frame);
            if (c != NORMAL) {
                return c;
            }
        }
        return NORMAL;
    }
}
