package dev.kindling.repl;

import dev.kindling.embed.Session;

/**
 * The {@code kindling} object of Java mode: the Python session seen from JShell snippets.
 * {@code kindling.get("model")} returns the language's value, {@code kindling.set("w", t)} binds
 * a Java value (numbers become ints and floats) so Python code sees it.
 */
public final class KindlingBridge {
    static volatile Session session;

    private KindlingBridge() {}

    /** The bridge for the REPL's session (what the Java prompt calls {@code kindling}). */
    public static KindlingBridge get() {
        return new KindlingBridge();
    }

    /** A variable of the Python session, or null when unbound. */
    public Object get(String name) {
        return session.get(name);
    }

    /** Binds a variable of the Python session. */
    public void set(String name, Object value) {
        session.set(name, value);
    }

    /** Runs Python code in the session, e.g. {@code kindling.exec("print(model)")}. */
    public void exec(String code) {
        session.exec(code);
    }

    @Override
    public String toString() {
        return "kindling session (get, set, exec)";
    }
}
