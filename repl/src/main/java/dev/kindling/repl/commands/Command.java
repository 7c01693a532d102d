package dev.kindling.repl.commands;

/**
 * One REPL command, as JShellTool registers them: its name ({@code :vars}), a one-line argument
 * synopsis, the help text, what it does, and how its argument completes.
 */
public record Command(String name, String arguments, String help, Handler handler, ArgumentKind argumentKind) {
    /** Runs the command with the text after its name (trimmed, maybe empty). */
    @FunctionalInterface
    public interface Handler {
        void run(CommandHost host, String argument);
    }

    /** What Tab offers after the command name. */
    public enum ArgumentKind { NONE, FILE, EXPRESSION }
}
