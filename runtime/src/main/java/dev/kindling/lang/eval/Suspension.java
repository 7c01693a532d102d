package dev.kindling.lang.eval;

import java.util.ArrayDeque;

import dev.kindling.errors.KindlingError;

/**
 * The suspended state of a generator's frame between two resumptions.
 *
 * <p>Generators run on the session's own thread: a {@code yield} statement hands its value here and
 * returns {@code Stmt.YIELD}, and each statement it passes on the way out saves what it needs to
 * continue (a block its position, a for loop its iterator, a try statement its phase). Those states
 * are pushed innermost first, so the outermost statement finds its own on top when the generator
 * resumes and descends through the same statements again. Nothing grows while a generator runs
 * forever: each resumption takes back every state the last suspension saved.
 */
public final class Suspension {
    private final ArrayDeque<Object> states = new ArrayDeque<>();
    private Object yielded;
    private Object sent;
    private KindlingError thrown;

    /** Called by a statement a yield is leaving, after the statements inside it saved theirs. */
    public void save(Object state) {
        states.push(state);
    }

    /** Called by a statement resuming: the state it saved when the generator was suspended. */
    public Object restore() {
        return states.pop();
    }

    /** The value a yield statement hands to the generator's caller. */
    public void setYielded(Object value) {
        yielded = value;
    }

    public Object takeYielded() {
        Object v = yielded;
        yielded = null;
        return v;
    }

    /** What the caller resumes the generator with: a sent value, or an error to raise at the yield. */
    public void resumeWith(Object value, KindlingError error) {
        sent = value;
        thrown = error;
    }

    /** The value of the suspended yield expression; raises the error thrown into the generator instead. */
    public Object takeSent() {
        KindlingError error = thrown;
        Object value = sent;
        thrown = null;
        sent = null;
        if (error != null) {
            throw error;
        }
        return value;
    }

    /** How many statement states are saved: the depth of the suspended yield, whatever ran before. */
    public int depth() {
        return states.size();
    }
}
