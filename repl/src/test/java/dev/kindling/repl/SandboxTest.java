package dev.kindling.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Policy;

/**
 * {@code kindling --sandbox}: scripts and the REPL run under {@link Policy#strict(Path)} with the
 * working folder granted; {@code :java} and {@code --java} are refused, and {@code :save} and
 * {@code :load} reach only files inside the folder.
 */
class SandboxTest {
    @TempDir
    Path folder;

    private record Result(int status, String out, String err) {}

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSandboxedScriptCannotOpenFilesOutsideTheWorkingFolder() {
        Result r = run("--sandbox", "-c", "open('/etc/hostname')");
        assertEquals(1, r.status());
        assertTrue(r.err().endsWith("PermissionError: [Errno 13] Permission denied: '/etc/hostname'\n"), r.err());
        assertEquals(new Result(0, "/etc/hostname\n", ""), run("-c", "print(open('/etc/hostname').name)"));
    }

    @Test
    void aSandboxedScriptRunsUnderTheStrictLimits() {
        Result r = run("--sandbox", "-c", "import sys\nsys.setrecursionlimit(10**6)\nprint(sys.getrecursionlimit())");
        assertEquals(new Result(0, "3000\n", ""), r);
    }

    @Test
    void javaModeIsRefusedUnderTheSandbox() {
        Result r = run("--sandbox", "--java");
        assertEquals(2, r.status());
        assertEquals("kindling: error: --java is refused under --sandbox (no Java in a sandbox)\n", r.err());
    }

    @Test
    void theUsageNamesTheSandbox() {
        assertTrue(run("-h").out().contains("  --sandbox  confine the script to the working folder"));
    }

    private ReplDriver sandboxedRepl() throws Exception {
        return new ReplDriver("xterm", false, Kindling.builder().policy(Policy.strict(folder)));
    }

    @Test
    void theReplRefusesJavaInASandbox() throws Exception {
        try (ReplDriver r = sandboxedRepl()) {
            r.type(":java\r");
            assertTrue(r.waitFor(">>> ").contains(":java is refused in a sandbox: this session's policy allows no Java."));
            r.type("print(6 * 7)\r");
            assertTrue(r.waitFor(">>> ").contains("42"), "still in Python mode");
        }
    }

    @Test
    void saveAndLoadStayInsideTheFolder() throws Exception {
        Path outside = folder.resolveSibling(folder.getFileName() + "-outside.py");
        try (ReplDriver r = sandboxedRepl()) {
            r.type("x = 5\r");
            r.waitFor(">>> ");
            r.type(":save " + outside + "\r");
            String refused = r.waitFor(">>> ");
            assertTrue(refused.contains(":save: PermissionError: [Errno 13] Permission denied: '" + outside
                    + "' (the sandbox allows files only inside " + folder.toRealPath() + ")"), refused);
            r.type(":save ../escape.py\r");
            assertTrue(r.waitFor(">>> ").contains(":save: PermissionError: [Errno 13] Permission denied: '../escape.py'"));
            r.type(":load /etc/hostname\r");
            assertTrue(r.waitFor(">>> ").contains(":load: PermissionError: [Errno 13] Permission denied: '/etc/hostname'"));
            r.type(":save lesson.py\r");
            assertTrue(r.waitFor(">>> ").contains("Saved 1 entries to lesson.py"));
            r.type(":load lesson.py\r");
            r.waitFor(">>> ");
        }
        assertFalse(Files.exists(outside));
        assertFalse(Files.exists(folder.resolveSibling("escape.py")));
        assertEquals("x = 5\n", Files.readString(folder.resolve("lesson.py")));
    }
}
