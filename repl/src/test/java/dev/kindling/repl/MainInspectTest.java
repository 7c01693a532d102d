package dev.kindling.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code kindling -i script.py}: the script runs, then the REPL goes on with its variables, as {@code python -i}. */
@Timeout(60)
class MainInspectTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int main(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void dashIIsAnOptionNotAFileName() {
        assertEquals(2, main("-i", "no-such-script.py"));
        assertEquals("kindling: can't open file 'no-such-script.py': [Errno 2] No such file or directory\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownOptionIsRefusedWithUsage() {
        assertEquals(2, main("-z", "script.py"));
        assertEquals("Unknown option: -z\nusage: kindling [option] ... [-c cmd | file | -] [arg] ...\n"
                + "Try `kindling -h' for more information.\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theUsageListsDashI() {
        assertEquals(0, main("-h"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("  -i       inspect interactively"));
    }

    /** Piped input after the script runs in the script's session, so it sees the script's variables. */
    @Test
    void pipedInputSeesTheScriptsVariables(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("train.py");
        Files.writeString(script, "import sys\nweights = [0.5, 1.5]\nargs = sys.argv[1:]\n1 / 0\n");
        int status = Repl.runPipedInput(new ByteArrayInputStream("print(sum(weights), args)\n".getBytes(StandardCharsets.UTF_8)),
                SessionOptions.defaults(), LabOption.Choice.OFF, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new Startup(Files.readString(script), script.toString(), List.of(script.toString(), "--epochs", "3")));
        assertEquals(0, status);
        assertEquals("2.0 ['--epochs', '3']\n", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("ZeroDivisionError: division by zero"),
                "the script's error is shown and the session goes on");
    }

    @Test
    void theReplStartsWithTheScriptsVariables(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("lesson.py");
        Files.writeString(script, "learning_rate = 0.25\n");
        try (ReplDriver r = new ReplDriver()) {
            r.repl.runStartup(new Startup(Files.readString(script), script.toString(), List.of(script.toString())));
            r.type("learning_rate * 4\r");
            r.waitFor("1.0");
            r.waitFor(">>> ");
        }
    }
}
