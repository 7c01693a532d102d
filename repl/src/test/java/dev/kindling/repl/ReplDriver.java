package dev.kindling.repl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;

/**
 * Drives a real {@link Repl} through a JLine terminal over pipes, as a person at a keyboard would:
 * {@link #type} sends keys, {@link #waitFor} waits until the screen shows some text.
 */
final class ReplDriver implements AutoCloseable {
    /** What a terminal in bracketed-paste mode sends around pasted text. */
    static final String BRACKETED_PASTE_BEGIN = "\u001b[200~";
    static final String BRACKETED_PASTE_END = "\u001b[201~";
    private final PipedOutputStream keys = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    final Terminal terminal;
    final Session session;
    final Repl repl;
    private final Thread loop;
    private volatile int exitStatus = -1;
    private int mark;

    ReplDriver(String terminalType, boolean javaMode) throws IOException {
        this(terminalType, javaMode, "pytorch-cpu-bits");
    }

    /** A REPL on a session with the given numerics policy. */
    ReplDriver(String terminalType, boolean javaMode, String numerics) throws IOException {
        this(terminalType, javaMode, Kindling.builder().numerics(numerics));
    }

    /** A REPL on a session of {@code options}, with the terminal as its streams. */
    ReplDriver(String terminalType, boolean javaMode, Kindling.Builder options) throws IOException {
        PipedInputStream in = new PipedInputStream(keys, 1 << 16);
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (screen) {
                    screen.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (screen) {
                    screen.write(b, off, len);
                }
            }
        };
        // An ExternalTerminal, not TerminalBuilder's pty: its line discipline is JLine's own, so
        // Ctrl-C in the key stream raises INT in this process, as a keyboard does in a tty.
        terminal = new ExternalTerminal("test", terminalType, in, sink, StandardCharsets.UTF_8);
        terminal.setSize(new org.jline.terminal.Size(200, 50));
        // A pipe has no tty driver: give the line discipline the signals a real terminal has.
        org.jline.terminal.Attributes attributes = terminal.getAttributes();
        attributes.setLocalFlag(org.jline.terminal.Attributes.LocalFlag.ISIG, true);
        attributes.setControlChar(org.jline.terminal.Attributes.ControlChar.VINTR, 3);
        terminal.setAttributes(attributes);
        PrintStream out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
        session = options.out(out).err(out).build().newSession();
        repl = new Repl(terminal, session, out, null, javaMode);
        loop = new Thread(() -> exitStatus = repl.loop(), "repl-under-test");
        loop.setDaemon(true);
        loop.start();
        waitFor(javaMode ? "java> " : ">>> ");
    }

    private static final java.util.regex.Pattern ANSI = java.util.regex.Pattern.compile(
            "\u001b\\[[?0-9;]*[A-Za-z]|\u001b[=>]");

    ReplDriver() throws IOException {
        this("xterm", false);
    }

    void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** Everything shown since the last wait, once it contains {@code text}. */
    String waitFor(String text) {
        return waitFor(text, Duration.ofSeconds(20));
    }

    /**
     * A prompt counts only once the screen ends with it and has been still for a moment, so a
     * prompt redrawn while a line is typed (highlighting) is not mistaken for the next one. The
     * continuation prompt counts with the automatic indent after it.
     */
    String waitFor(String text, Duration timeout) {
        boolean prompt = text.endsWith("> ") || text.equals("... ");
        long end = System.nanoTime() + timeout.toNanos();
        String last = null;
        long stillSince = System.nanoTime();
        while (System.nanoTime() < end) {
            String s = screen();
            if (text.equals("... ") && s.endsWith(" ")) {
                s = s.stripTrailing() + " ";   // the continuation prompt with the line's automatic indent
            }
            if (!s.equals(last)) {
                last = s;
                stillSince = System.nanoTime();
            }
            int at = prompt ? (s.endsWith(text) && s.length() - text.length() >= mark ? s.length() - text.length() : -1)
                    : s.indexOf(text, mark);
            if (at >= 0 && (!prompt || System.nanoTime() - stillSince > 150_000_000L)) {
                String shown = s.substring(mark, at + text.length());
                mark = at + text.length();
                return shown;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("timed out waiting for " + text + "; screen since last wait:\n"
                + screen().substring(Math.min(mark, screen().length())));
    }

    String screen() {
        synchronized (screen) {
            return ANSI.matcher(screen.toString(StandardCharsets.UTF_8)).replaceAll("").replace("\r", "");
        }
    }

    /** The last entry the prompt accepted, as it stands in the history. */
    String lastEntry() {
        var history = repl.reader().getHistory();
        return history.get(history.last()).toString();
    }

    int awaitExit() throws InterruptedException {
        loop.join(10_000);
        return exitStatus;
    }

    @Override
    public void close() throws IOException {
        keys.close();
        repl.close();
        session.close();
        terminal.close();
    }
}
