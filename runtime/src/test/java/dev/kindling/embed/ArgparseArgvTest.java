package dev.kindling.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;

/**
 * argparse's parse_args() reads the session's sys.argv (the host's {@code Kindling.builder().argv}),
 * names the program after argv[0]'s base name, and a usage error prints to the session's stderr
 * and ends the script with SystemExit(2), the status the CLI exits with.
 */
class ArgparseArgvTest {
    private static final String SCRIPT = "import argparse\n"
            + "p = argparse.ArgumentParser()\n"
            + "p.add_argument('--lr', type=float, default=0.1)\n"
            + "p.add_argument('-n', '--epochs', type=int, default=3)\n"
            + "args = p.parse_args()\n";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Session session(String... argv) {
        return Kindling.builder().argv(List.of(argv)).out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(err, true, StandardCharsets.UTF_8)).build().newSession();
    }

    @Test
    void parseArgsReadsTheSessionsArgv() {
        try (Session s = session("runs/train.py", "--lr", "0.5", "-n2")) {
            s.exec(SCRIPT);
            assertEquals("Namespace(lr=0.5, epochs=2) train.py", s.eval("f'{args!r} {p.prog}'"));
        }
    }

    @Test
    void aScriptThatChangesSysArgvIsParsedAsChanged() {
        try (Session s = session("train.py", "--lr", "0.5")) {
            s.exec("import sys\nsys.argv = ['train.py', '--epochs', '7']\n" + SCRIPT);
            assertEquals("Namespace(lr=0.1, epochs=7)", s.eval("repr(args)"));
        }
    }

    @Test
    void aUsageErrorPrintsToStderrAndExitsWithStatusTwo() {
        try (Session s = session("train.py", "--lr", "x")) {
            KindlingError e = assertThrows(KindlingError.class, () -> s.exec(SCRIPT));
            assertEquals(ErrorType.SYSTEM_EXIT, e.type());
            assertEquals(new ExitStatus(2, null), ExitStatus.of(e));
        }
        assertEquals("usage: train.py [-h] [--lr LR] [-n EPOCHS]\n"
                + "train.py: error: argument --lr: invalid float value: 'x'\n", err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpPrintsToStdoutAndExitsWithStatusZero() {
        try (Session s = session("train.py", "--help")) {
            KindlingError e = assertThrows(KindlingError.class, () -> s.exec(SCRIPT));
            assertEquals(new ExitStatus(0, null), ExitStatus.of(e));
        }
        assertEquals("usage: train.py [-h] [--lr LR] [-n EPOCHS]\n\noptions:\n"
                + "  -h, --help            show this help message and exit\n"
                + "  --lr LR\n  -n EPOCHS, --epochs EPOCHS\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }
}
