package dev.kindling.lang.ast;

import dev.kindling.lang.eval.Frame;

/**
 * A statement. {@link #exec} returns how control leaves it: normally, or by break, continue or
 * return (the value is left in {@link Frame#returnValue}), or, in a generator, by a yield that
 * suspends it (see {@link dev.kindling.lang.eval.Suspension}). Returning a code instead of throwing
 * keeps loops and calls cheap.
 */
public abstract class Stmt extends Node {
    public static final int NORMAL = 0;
    public static final int BREAK = 1;
    public static final int CONTINUE = 2;
    public static final int RETURN = 3;
    /** A yield inside suspended the generator; the statement saved its state to {@link #resume} from. */
    public static final int YIELD = 4;

    protected Stmt(int line, int column) {
        super(line, column);
    }

    public abstract int exec(Frame frame);

    /**
     * Passes on how control left a part of this statement; when a yield inside suspended it,
     * records {@code resumeAt} (where in this statement to continue) first.
     */
    protected static int leaving(Frame frame, int completion, Object resumeAt) {
        if (completion == YIELD) {
            frame.suspension.save(resumeAt);
        }
        return completion;
    }

    /**
     * Continues this statement where a yield inside it suspended it, from the state it saved in
     * {@code frame.suspension}. Only statements that can hold a yield (blocks, if, loops, try,
     * with, the yield statements) override it.
     */
    public int resume(Frame frame) {
        throw new IllegalStateException(getClass().getSimpleName() + " cannot hold a yield");
    }
}
