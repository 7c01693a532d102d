package dev.kindling.repl;

import java.io.PrintStream;
import java.util.Map;
import java.util.WeakHashMap;

import dev.kindling.embed.Session;
import dev.kindling.lab.Lab;

/**
 * Opens Kindling Lab for a session and prints its link, once per session ({@code :lab} again
 * prints the same link). The only class of the REPL that names the Lab, and only when asked:
 * a plain start-up loads none of the Lab's or its server's classes.
 */
public final class LabLauncher {
    private static final Map<Session, Lab> OPEN = new WeakHashMap<>();

    private LabLauncher() {}

    /** Opens (or finds) the session's Lab and prints its URL; false, with the reason printed, if it cannot listen. */
    public static synchronized boolean open(Session session, int port, PrintStream out) {
        Lab lab = OPEN.get(session);
        if (lab == null) {
            try {
                lab = Lab.open(session, port);
            } catch (IllegalStateException e) {
                out.println("kindling: Kindling Lab " + e.getMessage());
                return false;
            }
            OPEN.put(session, lab);
        }
        out.println("Kindling Lab: " + lab.url());
        out.println("(open it in a browser on this machine; it stops when this session ends)");
        out.flush();
        return true;
    }
}
