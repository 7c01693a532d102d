package dev.kindling.repl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import dev.kindling.embed.NativeLibraries;
import dev.kindling.embed.Session;
import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.repl.commands.CommandHost;
import dev.kindling.repl.commands.Commands;

/**
 * The interactive prompt learners live in: {@code >>> } and {@code ... } while an entry is
 * unfinished ({@link EntryParser}), colours from the grammar's lexer ({@link KindlingHighlighter}),
 * Tab completion ({@link KindlingCompleter}), results echoed with repr, tracebacks followed by a
 * learner's hint ({@link Hints}), {@code help(x)} and {@code x?} ({@link Docs}), the
 * {@code :commands} ({@link Commands}) and the {@code java> } prompt ({@link JavaMode}).
 * Ctrl-C stops running code with KeyboardInterrupt (the session survives) or clears the line;
 * Ctrl-D leaves. History persists in {@code ~/.kindling_history}; multi-line entries are one
 * history item each. It uses only the embedding API's {@link Session}.
 */
public final class Repl implements CommandHost, AutoCloseable {
    static final String BANNER = "Kindling 0.1.0 — Python with PyTorch's API, on the JVM. :help for commands, Ctrl-D exits.";
    private static final Pattern HELP_CALL = Pattern.compile("\\s*help\\((.*)\\)\\s*");
    private static final Pattern QUESTION = Pattern.compile("\\s*([A-Za-z_][\\w.]*)\\?\\s*");

    private final Session session;
    private final Terminal terminal;
    private final LineReader reader;
    private final PrintStream out;
    private final Commands commands = Commands.standard();
    private final List<String> successful = new ArrayList<>();
    private final JavaMode java;
    private final EntryParser parser;
    private boolean javaMode;
    private boolean rawInput;
    private boolean quit;
    /** An indented {@code def forward} was typed after its class had ended (Hints explains the class without forward). */
    private boolean forwardTypedOutsideItsClass;

    Repl(Terminal terminal, Session session, PrintStream out, Path historyFile, boolean javaMode) {
        this.terminal = terminal;
        this.session = session;
        this.out = out;
        this.java = new JavaMode(session, out);
        this.javaMode = javaMode && session.policy().allowsJava();
        this.parser = new EntryParser(() -> this.javaMode || rawInput, text -> rawInput || java.isComplete(text));
        boolean colour = KindlingHighlighter.colourWanted(terminal.getType());
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("kindling")
                .parser(parser)
                .highlighter(new KindlingHighlighter(colour, this::builtinNames))
                .completer(new JavaAwareCompleter(new KindlingCompleter(session, commands), java, () -> this.javaMode))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, javaMode ? "  ...> " : "... ")
                // PythonKeys indents; JLine's own indent would also take spaces off before a typed ')'
                .variable(LineReader.INDENTATION, 0)
                .variable(LineReader.LIST_MAX, 200)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, false)
                .option(LineReader.Option.AUTO_FRESH_LINE, true);
        if (historyFile != null) {
            builder.variable(LineReader.HISTORY_FILE, historyFile);
        } else {
            builder.variable(LineReader.HISTORY_SIZE, 500).variable(LineReader.HISTORY_FILE_SIZE, 0);
        }
        this.reader = builder.build();
        PythonKeys.install(reader, parser, () -> !this.javaMode && !rawInput);
        session.setInput(prompt -> {
            rawInput = true;
            try {
                return reader.readLine(prompt);
            } catch (UserInterruptException | EndOfFileException e) {
                return null;
            } finally {
                rawInput = false;
            }
        });
    }

    /**
     * Starts the REPL on the system terminal; with piped input, runs the input as a script.
     * A {@code startup} script (kindling -i) runs first in the same session; null when none.
     */
    static int start(boolean javaMode, SessionOptions options, LabOption.Choice lab, PrintStream out, PrintStream err,
            Startup startup) {
        if (System.console() == null && !javaMode) {
            return runPipedInput(System.in, options, lab, out, err, startup);
        }
        List<String> argv = startup == null ? List.of("") : startup.argv();
        // The session and the terminal are built side by side: the prompt waits for the slower only.
        CompletableFuture<PrintStream> termOut = new CompletableFuture<>();
        CompletableFuture<Session> session = CompletableFuture.supplyAsync(
                () -> options.builder().out(new ForwardingStream(termOut)).err(new ForwardingStream(termOut))
                        .terminal(true).argv(argv).build().newSession());
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            PrintStream tout = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
            termOut.complete(tout);
            try (Session s = session.join();
                 Repl repl = new Repl(terminal, s, tout,
                         Path.of(System.getProperty("user.home"), ".kindling_history"), javaMode)) {
                if (lab.on()) {
                    LabLauncher.open(s, lab.port(), tout);
                }
                if (startup != null) {
                    repl.runStartup(startup);
                }
                return repl.loop();
            }
        } catch (IOException e) {
            err.println("kindling: cannot open the terminal: " + e.getMessage());
            return 1;
        }
    }

    /**
     * The REPL on the system terminal for a session a script has already run in, with the script's
     * variables, as {@code python -i script.py} (how {@code bin/kindling --lab script.py} goes on).
     */
    static int continueWith(Session session, PrintStream err) {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            PrintStream tout = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
            try (Repl repl = new Repl(terminal, session, tout,
                    Path.of(System.getProperty("user.home"), ".kindling_history"), false)) {
                return repl.loop();
            }
        } catch (IOException e) {
            err.println("kindling: cannot open the terminal: " + e.getMessage());
            return 1;
        }
    }

    /** A stream that writes to the terminal's once it exists (the session is made before it). */
    private static final class ForwardingStream extends PrintStream {
        ForwardingStream(CompletableFuture<PrintStream> target) {
            super(new OutputStream() {
                @Override
                public void write(int b) {
                    target.join().write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    target.join().write(b, off, len);
                }

                @Override
                public void flush() {
                    target.join().flush();
                }
            }, true, StandardCharsets.UTF_8);
        }
    }

    /** Piped input runs as a script; after a startup script (kindling -i), in that script's session. */
    static int runPipedInput(InputStream in, SessionOptions options, LabOption.Choice lab, PrintStream out, PrintStream err,
            Startup startup) {
        String code;
        try {
            code = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("kindling: cannot read standard input: " + e.getMessage());
            return 1;
        }
        if (startup == null) {
            return Main.runCode(code, "<stdin>", List.of("-"), options, lab, out, err);
        }
        try (Session session = options.builder().out(out).err(err).argv(startup.argv()).build().newSession()) {
            if (lab.on()) {
                LabLauncher.open(session, lab.port(), err);
            }
            Main.runIn(session, startup.code(), startup.fileName(), out, err);
            return Main.runIn(session, code, "<stdin>", out, err);
        }
    }

    /** Runs a kindling -i script before the first prompt; an error shows its traceback and the REPL starts anyway. */
    void runStartup(Startup startup) {
        try {
            session.exec(startup.code(), startup.fileName());
        } catch (KindlingError e) {
            out.print(Session.formatError(e));
        } finally {
            out.flush();
        }
    }

    /** Reads and runs entries until Ctrl-D or :quit; returns the exit status. */
    int loop() {
        out.println(BANNER);
        out.flush();
        preloadTorchLater();
        while (!quit) {
            String entry;
            try {
                entry = reader.readLine(javaMode ? "java> " : ">>> ");
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                return 0;
            }
            if (!entry.isBlank()) {
                handle(entry);
            }
        }
        return 0;
    }

    /**
     * Imports torch on the session's thread after the first prompt, and loads the native gemm, so
     * that `import torch` and the first large product are instant later.
     */
    private void preloadTorchLater() {
        Thread t = new Thread(() -> {
            try {
                session.warmUp();
                if (session.hasModule("torch")) {
                    session.warmUp("torch");
                    // oneDNN's natives (about 0.1 s) too, so the first large product does not wait for them
                    NativeLibraries.sgemm();
                }
            } catch (RuntimeException e) {
                // The learner's own `import torch` will report whatever went wrong.
            }
        }, "kindling-preload");
        t.setDaemon(true);
        t.start();
    }

    /** Runs one entry: a command, help, Java snippets or Kindling code. */
    void handle(String entry) {
        if (entry.stripLeading().startsWith(":")) {
            commands.run(this, entry.strip());
            return;
        }
        if (javaMode) {
            runJava(entry);
            return;
        }
        if (!entry.contains("\n") && replWord(entry)) {
            return;
        }
        Matcher help = HELP_CALL.matcher(entry);
        Matcher question = QUESTION.matcher(entry);
        if (!entry.contains("\n") && (help.matches() || question.matches())) {
            showHelp(help.matches() ? help.group(1).strip() : question.group(1));
            return;
        }
        runSource(entry, "<stdin>");
    }

    /**
     * What a word typed alone means at the prompt, as in Python 3.13's REPL: {@code exit} and
     * {@code quit} leave (Python 3.11 printed "Use exit() or Ctrl-D (i.e. EOF) to exit" and stayed,
     * which only puzzles a learner who said what they want), {@code help} shows the REPL's help;
     * each only while the learner has not bound the name. IPython's {@code %time}, {@code %who}...
     * run the matching command. Returns whether the entry was one of these.
     */
    private boolean replWord(String entry) {
        String word = entry.strip();
        if (word.startsWith("%") && word.length() > 1 && Character.isLetter(word.charAt(1))) {
            commands.run(this, Commands.fromMagic(word));
            return true;
        }
        if (!List.of("exit", "quit", "help").contains(word) || session.names().contains(word)) {
            return false;
        }
        if (word.equals("help")) {
            commands.run(this, ":help");
        } else {
            quit = true;
        }
        return true;
    }

    @Override
    public boolean runSource(String code, String fileName) {
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> session.cancel());
        try {
            if (fileName.equals("<stdin>")) {
                session.execInteractive(code);
            } else {
                session.exec(code, fileName);
            }
            successful.add(code);
            return true;
        } catch (KindlingError e) {
            if (e.type() == ErrorType.SYSTEM_EXIT) {
                quit = true;
                return true;
            }
            out.flush();
            out.print(Session.formatError(e));
            if (e.type() == ErrorType.INDENTATION_ERROR && code.stripLeading().startsWith("def forward")) {
                forwardTypedOutsideItsClass = true;
            }
            String hint = Hints.hint(e, code, forwardTypedOutsideItsClass);
            if (hint != null) {
                out.println(hint);
                forwardTypedOutsideItsClass &= !hint.contains("has no forward");
            }
            return false;
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            out.flush();
        }
    }

    private void runJava(String entry) {
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> java.stop());
        try {
            java.eval(entry);
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            out.flush();
        }
    }

    private void showHelp(String expr) {
        if (expr.isEmpty()) {
            commands.run(this, ":help");
            return;
        }
        Object value;
        String key = null;
        if (expr.length() > 1 && (expr.startsWith("'") || expr.startsWith("\""))) {
            key = expr.substring(1, expr.length() - 1);
            value = null;
        } else {
            Names.Resolved r = Names.resolve(session, expr);
            value = r.value();
            key = r.qualifiedName();
            if (value == null && !Names.DOTTED.matcher(expr).matches()) {
                try {
                    value = session.eval(expr);
                } catch (KindlingError e) {
                    out.print(Session.formatError(e));
                    return;
                }
            } else if (value == null && Docs.named(expr) == null && key == null) {
                out.println("NameError: name '" + expr.split("\\.")[0] + "' is not defined");
                return;
            }
        }
        String page = value == null ? Docs.named(key != null ? key : expr)
                : Docs.page(session.introspection(), expr, value, key);
        out.println(page == null ? "No documentation for " + expr : page);
        out.flush();
    }

    private Set<String> builtinNames() {
        return new HashSet<>(session.introspection().builtinNames());
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public PrintStream out() {
        return out;
    }

    @Override
    public List<String> successfulEntries() {
        return List.copyOf(successful);
    }

    @Override
    public void resetSession() {
        session.reset();
        successful.clear();
    }

    @Override
    public void toggleJavaMode() {
        if (!javaMode && !session.policy().allowsJava()) {
            out.println(":java is refused in a sandbox: this session's policy allows no Java.");
            return;
        }
        javaMode = !javaMode;
        reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN, javaMode ? "  ...> " : "... ");
        out.println(javaMode ? "Java mode (JShell): kindling.get(\"x\") reads a Python variable, kindling.set(\"w\", t)"
                + " binds one. :java returns to Python." : "Python mode.");
    }

    @Override
    public void quit() {
        quit = true;
    }

    @Override
    public Commands commands() {
        return commands;
    }

    LineReader reader() {
        return reader;
    }

    @Override
    public void close() {
        java.close();
    }
}
