package dev.kindling.repl;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;
import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;

/**
 * The interactive prompt: {@code >>> } and {@code ... } while an entry is unfinished, results
 * echoed with repr, errors shown as tracebacks with the prompt back, Ctrl-C interrupting running
 * code (or clearing the line), Ctrl-D leaving. History persists in {@code ~/.kindling_history}.
 */
public final class Repl {
    private final Session session;
    private final Terminal terminal;
    private final LineReader reader;
    private final PrintStream out;

    Repl(Terminal terminal, Session session, PrintStream out) {
        this.terminal = terminal;
        this.session = session;
        this.out = out;
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("kindling")
                .parser(new EntryParser())
                .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".kindling_history"))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "... ")
                .variable(LineReader.INDENTATION, 4)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, true)
                .build();
    }

    /** Starts the REPL on the system terminal; with piped input, runs the input as a script. */
    static int start(boolean javaMode, PrintStream out, PrintStream err) {
        if (System.console() == null) {
            return runPipedInput(System.in, out, err);
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            PrintStream termOut = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
            try (Session session = Kindling.builder().out(termOut).err(termOut).build().newSession()) {
                return new Repl(terminal, session, termOut).loop();
            }
        } catch (IOException e) {
            err.println("kindling: cannot open the terminal: " + e.getMessage());
            return 1;
        }
    }

    private static int runPipedInput(InputStream in, PrintStream out, PrintStream err) {
        try {
            String code = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Main.runCode(code, "<stdin>", List.of("-"), out, err);
        } catch (IOException e) {
            err.println("kindling: cannot read standard input: " + e.getMessage());
            return 1;
        }
    }

    int loop() {
        out.println("Kindling 0.1.0 — Python with PyTorch's API, on the JVM. Ctrl-D exits.");
        session.setInput(prompt -> {
            try {
                return reader.readLine(prompt);
            } catch (UserInterruptException | EndOfFileException e) {
                return null;
            }
        });
        while (true) {
            String entry;
            try {
                entry = reader.readLine(">>> ");
            } catch (UserInterruptException e) {
                out.println("KeyboardInterrupt");
                continue;
            } catch (EndOfFileException e) {
                return 0;
            }
            if (entry.isBlank()) {
                continue;
            }
            if (!runEntry(entry)) {
                return 0;
            }
        }
    }

    /** Runs one entry; returns false when the entry asked to leave (exit() or quit()). */
    boolean runEntry(String entry) {
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> session.cancel());
        try {
            session.execInteractive(entry);
        } catch (KindlingError e) {
            if (e.type() == ErrorType.SYSTEM_EXIT) {
                return false;
            }
            out.print(Session.formatError(e));
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            out.flush();
        }
        return true;
    }

    /** Asks JLine for more lines (the {@code ... } prompt) until the entry is complete. */
    private static final class EntryParser extends DefaultParser {
        EntryParser() {
            setEofOnUnclosedQuote(false);
            setEofOnUnclosedBracket();
        }

        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            if (context == ParseContext.ACCEPT_LINE && !InputCompleteness.isComplete(line)) {
                throw new EOFError(-1, cursor, "incomplete input");
            }
            return super.parse(line, cursor, context);
        }
    }
}
