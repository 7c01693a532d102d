package dev.kindling.repl.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Policy;
import dev.kindling.embed.ScriptStopped;
import dev.kindling.embed.Session;
import dev.kindling.errors.KindlingError;
import dev.kindling.repl.sandbox.EscapeAttempts.Attempt;

/**
 * Every {@link EscapeAttempts escape attempt} is refused with its named Python error by a session
 * under {@link Policy#strict(Path)}, and a sample of them by {@code kindling --sandbox} run as its
 * own process in the granted folder; either way no file outside the folder appears, changes or
 * disappears, and no Java exception text reaches the script's output.
 */
class EscapeAttemptsTest {
    /**
     * Through the command line (each is a JVM start) run the first attempt of each category and
     * refusal, and one in this many of the rest.
     */
    private static final int CLI_SAMPLE_EVERY = 10;
    private static final List<Path> SHARED_TARGETS =
            List.of(Path.of("/tmp/kindling-escape.pt"), Path.of("/tmp/kindling-escape.png"));

    @TempDir
    Path parent;

    static Stream<Attempt> attempts() {
        return EscapeAttempts.all().stream();
    }

    static Stream<Attempt> cliSample() {
        List<Attempt> all = EscapeAttempts.all();
        Set<String> groups = new java.util.HashSet<>();
        return IntStream.range(0, all.size())
                .filter(i -> groups.add(all.get(i).category() + all.get(i).refusal()) || i % CLI_SAMPLE_EVERY == 0)
                .mapToObj(all::get);
    }

    @Test
    void theSuiteHasAtLeastOneHundredAttempts() {
        assertTrue(EscapeAttempts.all().size() >= 100, "only " + EscapeAttempts.all().size());
        assertEquals(EscapeAttempts.all().size(), Set.copyOf(EscapeAttempts.all()).size(), "an attempt is listed twice");
    }

    /** The granted folder, with a secret beside it and two links out of it. */
    private Path box() throws IOException {
        Path box = Files.createDirectory(parent.resolve("box"));
        Files.writeString(parent.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(box.resolve("up"), parent);
        Files.createSymbolicLink(box.resolve("passwd"), Path.of("/etc/passwd"));
        return box;
    }

    private String code(Attempt attempt) {
        return attempt.code().replace("SECRET", parent.resolve("secret.txt").toString())
                .replace("OUT", parent.resolve("out").toString());
    }

    /** What lies outside the box: names and contents, links not followed. */
    private Set<String> outside() throws IOException {
        Set<String> seen = new TreeSet<>();
        try (Stream<Path> files = Files.walk(parent)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (!p.startsWith(parent.resolve("box"))) {
                    seen.add(parent.relativize(p) + (Files.isRegularFile(p) ? "=" + Files.readString(p) : "/"));
                }
            }
        }
        for (Path shared : SHARED_TARGETS) {
            seen.add(shared + (Files.exists(shared) ? " exists" : " absent"));
        }
        return seen;
    }

    /** No sign of a Java exception, but for the script's own words quoted in its traceback. */
    private static void assertNoJavaText(String code, String text) {
        for (String java : List.of("java.lang.", "java.io.", "java.nio.", "Exception:", "\tat ", "internal error",
                "dev.kindling.", "Exception in thread")) {
            assertFalse(!code.contains(java) && text.contains(java), "Java text '" + java + "' in: " + text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attempts")
    void aStrictSessionRefusesIt(Attempt attempt) throws IOException {
        Path box = box();
        Set<String> before = outside();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Session s = Kindling.builder().policy(Policy.strict(box)).out(stream).err(stream).build().newSession()) {
            KindlingError e = assertThrows(KindlingError.class, () -> s.exec(code(attempt)));
            assertFalse(e instanceof ScriptStopped, "stopped by a limit, not refused: " + e.getMessage());
            assertEquals(attempt.refusal(), e.type(), () -> Session.formatError(e));
            assertNoJavaText(code(attempt), Session.formatError(e) + bytes.toString(StandardCharsets.UTF_8));
        }
        assertEquals(before, outside());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cliSample")
    void theSandboxedCommandLineRefusesIt(Attempt attempt) throws Exception {
        Path box = box();
        Files.writeString(box.resolve("attempt.py"), code(attempt));
        Set<String> before = outside();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.kindling.repl.Main",
                "--sandbox", "attempt.py").directory(box.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "still running");
        String errText = new String(err, StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), errText);
        List<String> lines = errText.lines().toList();
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        assertTrue(last.equals(attempt.refusal().pythonName()) || last.startsWith(attempt.refusal().pythonName() + ": "),
                errText);
        assertNoJavaText(code(attempt), errText + new String(out, StandardCharsets.UTF_8));
        assertEquals(before, outside());
    }
}
