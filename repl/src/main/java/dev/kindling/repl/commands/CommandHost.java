package dev.kindling.repl.commands;

import java.io.PrintStream;
import java.util.List;

import dev.kindling.embed.Session;

/** What commands may ask of the REPL that runs them; the REPL implements it, tests may fake it. */
public interface CommandHost {
    Session session();

    PrintStream out();

    /** Runs code as if typed at the prompt (echo, hints, recorded for :save); false on error. */
    boolean runSource(String code, String fileName);

    /** The entries that ran without error, in order (what :save writes). */
    List<String> successfulEntries();

    /** Forgets the variables (and the recorded entries) of the session. */
    void resetSession();

    /** Switches between the Python and the Java prompt. */
    void toggleJavaMode();

    /** Ends the REPL after this command. */
    void quit();

    /** The command table, for :help. */
    Commands commands();
}
