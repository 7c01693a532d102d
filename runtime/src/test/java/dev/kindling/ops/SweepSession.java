package dev.kindling.ops;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;
import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;

/**
 * A Kindling session with torch, nn, F and optim imported that runs one call at a time and reports what
 * happened: a value, a Python exception, or something a learner must never see (an internal
 * error, a Java exception or class name).
 */
final class SweepSession implements AutoCloseable {
    /** What a call did: {@code error} is null when it returned a value. */
    record Outcome(String call, ErrorType error, String message) {
        boolean raised(ErrorType type) {
            return error != null && error.isSubtypeOf(type);
        }

        @Override
        public String toString() {
            return call + " -> " + (error == null ? "a value" : error.pythonName() + ": " + message);
        }
    }

    /** Words that only a leaked Java exception would put in a message. */
    private static final Pattern JAVA_TEXT = Pattern.compile(
            "internal error|Exception|java\\.|kindling\\.|\\bnull\\b");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Session session = Kindling.builder()
            .out(new PrintStream(bytes, true, StandardCharsets.UTF_8)).build().newSession();

    SweepSession() {
        session.exec("import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\nimport torch.optim as optim");
    }

    /** Evaluates one expression; a Java throwable escaping the session is reported as a leak. */
    Outcome run(String expression) {
        try {
            session.eval(expression);
            return new Outcome(expression, null, null);
        } catch (KindlingError e) {
            return new Outcome(expression, e.type(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(expression, ErrorType.RUNTIME_ERROR, "internal error: " + e);
        }
    }

    /** Runs a line as the REPL would and returns what it printed (its value's repr). */
    String echo(String line) {
        bytes.reset();
        session.execInteractive(line);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Whether the message shows Java's insides rather than Python's or PyTorch's words. */
    static boolean leaksJava(Outcome o) {
        return o.error() != null && (o.message() == null || JAVA_TEXT.matcher(o.message()).find());
    }

    /** Whether the outcome is a value or one of the exceptions a call may raise with any arguments. */
    static boolean isPythonOutcome(Outcome o, List<ErrorType> allowed) {
        if (o.error() == null) {
            return true;
        }
        for (ErrorType t : allowed) {
            if (o.error().isSubtypeOf(t)) {
                return !leaksJava(o);
            }
        }
        return false;
    }

    @Override
    public void close() {
        session.close();
    }
}
