package dev.kindling.lang.ast;

import java.util.List;

import dev.kindling.lang.eval.Frame;

/**
 * A sequence of statements; records each statement's line in the frame for tracebacks. Suspended
 * by a yield, it saves the position of the statement that yielded.
 */
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
        for (int i = 0; i < body.length; i++) {
            Stmt s = body[i];
            frame.line = s.line;
            int c = s.exec(frame);
            if (c != NORMAL) {
                return leave(frame, c, i);
            }
        }
        return NORMAL;
    }

    /** Continues at the statement a yield suspended, then runs the rest. */
    @Override
    public int resume(Frame frame) {
        int at = (Integer) frame.suspension.restore();
        frame.line = body[at].line;
        int c = body[at].resume(frame);
        if (c != NORMAL) {
            return leave(frame, c, at);
        }
        for (int i = at + 1; i < body.length; i++) {
            Stmt s = body[i];
            frame.line = s.line;
            c = s.exec(frame);
            if (c != NORMAL) {
                return leave(frame, c, i);
            }
        }
        return NORMAL;
    }

    private static int leave(Frame frame, int completion, int at) {
        if (completion == YIELD) {
            frame.suspension.save(at);
        }
        return completion;
    }
}
