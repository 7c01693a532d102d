package dev.kindling.repl.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kindling.errors.KindlingError;
import dev.kindling.repl.LabLauncher;

/**
 * The REPL's {@code :commands}, one table of name, synopsis, help and handler, so {@code :help},
 * Tab completion and dispatch all read the same list (JShellTool's registerCommand). A command
 * may be shortened to any unique prefix ({@code :v} is {@code :vars}).
 */
public final class Commands {
    private final Map<String, Command> table = new LinkedHashMap<>();

    /** The standard commands. */
    public static Commands standard() {
        Commands c = new Commands();
        c.register(new Command(":help", "", "show this list, or help for a command: :help :vars",
                Commands::help, Command.ArgumentKind.NONE));
        c.register(new Command(":vars", "", "list variables: name, type, shape, dtype, requires_grad, grad",
                (h, a) -> h.out().print(VarsTable.render(h.session())), Command.ArgumentKind.NONE));
        c.register(new Command(":reset", "", "forget all variables and imports of this session",
                (h, a) -> {
                    h.resetSession();
                    h.out().println("Session reset.");
                }, Command.ArgumentKind.NONE));
        c.register(new Command(":load", "FILE", "run a script in this session, keeping its variables",
                Commands::load, Command.ArgumentKind.FILE));
        c.register(new Command(":save", "FILE", "write this session's successful inputs as a script",
                Commands::save, Command.ArgumentKind.FILE));
        c.register(new Command(":time", "EXPR", "run code and show how long it took",
                Commands::time, Command.ArgumentKind.EXPRESSION));
        c.register(new Command(":doctor", "", "Java version, numerics policy, ND4J backend, CPU features, CUDA, native libraries",
                (h, a) -> h.out().print(Doctor.report(h.session().numerics())), Command.ArgumentKind.NONE));
        c.register(new Command(":lab", "[PORT]", "open Kindling Lab: live loss curve, neuron, code cells, quiz in the browser",
                Commands::lab, Command.ArgumentKind.NONE));
        c.register(new Command(":java", "", "switch to Java mode (JShell with Kindling's Java DSL) and back",
                (h, a) -> h.toggleJavaMode(), Command.ArgumentKind.NONE));
        c.register(new Command(":quit", "", "leave the REPL (Ctrl-D does too)",
                (h, a) -> h.quit(), Command.ArgumentKind.NONE));
        return c;
    }

    public void register(Command command) {
        table.put(command.name(), command);
    }

    public List<String> names() {
        return new ArrayList<>(table.keySet());
    }

    public List<Command> all() {
        return new ArrayList<>(table.values());
    }

    /** The command a typed name means: exact, or the only one it is a prefix of; null otherwise. */
    public Command find(String typed) {
        Command exact = table.get(typed);
        if (exact != null) {
            return exact;
        }
        Command found = null;
        for (Command c : table.values()) {
            if (c.name().startsWith(typed)) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    /** Runs a {@code :command arg} line; unknown commands print a short message. */
    public void run(CommandHost host, String line) {
        String trimmed = line.strip();
        int space = trimmed.indexOf(' ');
        String name = space < 0 ? trimmed : trimmed.substring(0, space);
        String argument = space < 0 ? "" : trimmed.substring(space + 1).strip();
        Command c = find(name);
        if (c == null) {
            host.out().println("Unknown command " + name + ". Type :help for the list.");
            return;
        }
        c.handler().run(host, argument);
    }

    /**
     * The command an IPython magic stands for: {@code %who} lists variables as {@code :vars} does,
     * and any other {@code %name args} is {@code :name args} ({@code %time}, {@code %load}, ...).
     */
    public static String fromMagic(String line) {
        String trimmed = line.strip();
        int space = trimmed.indexOf(' ');
        String name = space < 0 ? trimmed.substring(1) : trimmed.substring(1, space);
        String rest = space < 0 ? "" : trimmed.substring(space);
        return ":" + (name.equals("who") ? "vars" : name) + rest;
    }

    /** Candidates for a command's argument: file names or Kindling code, as the command says. */
    public List<String> completeArgument(String lineBeforeCursor, String word, ArgumentCompleter completer) {
        String name = lineBeforeCursor.substring(0, lineBeforeCursor.indexOf(' '));
        Command c = find(name);
        if (c == null || c.argumentKind() == Command.ArgumentKind.NONE) {
            return List.of();
        }
        return c.argumentKind() == Command.ArgumentKind.FILE ? completer.files(word) : completer.code(word);
    }

    /** What completes command arguments (the REPL's completer). */
    public interface ArgumentCompleter {
        List<String> files(String word);

        List<String> code(String word);
    }

    private static void help(CommandHost h, String argument) {
        if (!argument.isEmpty()) {
            Command c = h.commands().find(argument.startsWith(":") ? argument : ":" + argument);
            h.out().println(c == null ? "No command " + argument : c.name() + " " + c.arguments() + "\n  " + c.help());
            return;
        }
        h.out().println("Type Python with PyTorch's API. Enter indents a block's next line; Tab indents (or completes),");
        h.out().println("Backspace removes a level. After a blank line, an indented line continues the block; Enter runs it.");
        h.out().println("help(x) or x? shows docs for x; Tab completes; Ctrl-C stops running code; Ctrl-D or exit leaves.");
        h.out().println("IPython's %time CODE and %who work too (as :time and :vars).");
        h.out().println();
        for (Command c : h.commands().all()) {
            String synopsis = c.arguments().isEmpty() ? c.name() : c.name() + " " + c.arguments();
            h.out().printf("  %-14s %s%n", synopsis, c.help());
        }
    }

    private static void load(CommandHost h, String argument) {
        if (argument.isEmpty()) {
            h.out().println("usage: :load FILE");
            return;
        }
        Path path = allowedFile(h, ":load", argument.startsWith("~/") ? System.getProperty("user.home") + argument.substring(1) : argument);
        if (path == null) {
            return;
        }
        try {
            String code = Files.readString(path, StandardCharsets.UTF_8);
            h.runSource(code, path.toString());
        } catch (NoSuchFileException e) {
            h.out().println(":load: no such file: " + argument);
        } catch (IOException e) {
            h.out().println(":load: cannot read " + argument + ": " + e.getMessage());
        }
    }

    private static void save(CommandHost h, String argument) {
        if (argument.isEmpty()) {
            h.out().println("usage: :save FILE");
            return;
        }
        Path path = allowedFile(h, ":save", argument);
        if (path == null) {
            return;
        }
        StringBuilder script = new StringBuilder();
        for (String entry : h.successfulEntries()) {
            script.append(entry.stripTrailing()).append('\n');
            if (entry.contains("\n")) {
                script.append('\n');
            }
        }
        try {
            Files.writeString(path, script.toString(), StandardCharsets.UTF_8);
            h.out().println("Saved " + h.successfulEntries().size() + " entries to " + argument);
        } catch (IOException e) {
            h.out().println(":save: cannot write " + argument + ": " + e.getMessage());
        }
    }

    /**
     * The path {@code name} names under the session's file policy, or null after saying why the
     * policy refuses it: {@code :load} and {@code :save} reach no file a script could not.
     */
    private static Path allowedFile(CommandHost h, String command, String name) {
        try {
            return h.session().resolveFile(name);
        } catch (KindlingError e) {
            h.out().println(command + ": " + e.type().pythonName() + ": " + e.getMessage() + sandboxNote(h));
            return null;
        }
    }

    /** Where a sandboxed session's files may be, for a refusal's message; empty when not sandboxed. */
    private static String sandboxNote(CommandHost h) {
        if (!h.session().policy().isStrict()) {
            return "";
        }
        try {
            return " (the sandbox allows files only inside " + h.session().resolveFile(".") + ")";
        } catch (KindlingError e) {
            return " (the sandbox allows no files)";
        }
    }

    private static void lab(CommandHost h, String argument) {
        int port = 0;
        if (!argument.isEmpty()) {
            try {
                port = Integer.parseInt(argument);
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 0 || port > 65535) {
                h.out().println("usage: :lab [PORT]  (a port number, 0-65535; none picks a free one)");
                return;
            }
        }
        LabLauncher.open(h.session(), port, h.out());
    }

    private static void time(CommandHost h, String argument) {
        if (argument.isEmpty()) {
            h.out().println("usage: :time EXPR");
            return;
        }
        long start = System.nanoTime();
        h.runSource(argument, "<stdin>");
        double ms = (System.nanoTime() - start) / 1e6;
        h.out().println(ms < 1000 ? String.format("Wall time: %.2f ms", ms) : String.format("Wall time: %.3f s", ms / 1000));
    }
}
