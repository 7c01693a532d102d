package dev.kindling.lab;

import java.util.Optional;

import dev.kindling.embed.Introspection;
import dev.kindling.embed.Session;
import dev.kindling.embed.TensorSnapshot;
import dev.kindling.errors.KindlingError;

/**
 * What the course's widgets need of the session: run a few lines of Python in it (as a script
 * would, so the variables they make are the learner's too) and read tensors back by name.
 */
final class SessionCode {
    /** The most elements a widget reads from one tensor: the course's 100 houses fit. */
    static final int MAX_ELEMENTS = 1_000;

    private final Session session;
    private final String fileName;

    SessionCode(Session session, String fileName) {
        this.session = session;
        this.fileName = fileName;
    }

    /** Runs {@code code}; the traceback as the REPL prints it when it raises, else null. */
    String run(String code) {
        try {
            session.exec(code, fileName);
            return null;
        } catch (KindlingError e) {
            return Session.formatError(e);
        } catch (IllegalStateException e) {
            return e.getMessage();   // the session is busy with another entry, or closed
        }
    }

    /** The values of the tensor at a dotted name ({@code model.weight.grad}), or null when there is none. */
    double[] values(String path) {
        Introspection look = session.introspection();
        Optional<TensorSnapshot> t = look.tensor(look.lookupPath(path), MAX_ELEMENTS);
        return t.map(TensorSnapshot::values).orElse(null);
    }

    /** The single value of a one-element tensor at {@code path}, or NaN when there is none. */
    double scalar(String path) {
        double[] v = values(path);
        return v == null || v.length != 1 ? Double.NaN : v[0];
    }

    /** True when the session has a variable of this name. */
    boolean has(String name) {
        return session.introspection().lookupPath(name) != null;
    }
}
