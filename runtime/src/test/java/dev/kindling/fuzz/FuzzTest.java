package dev.kindling.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.kindling.embed.FilePolicy;
import dev.kindling.embed.Kindling;
import dev.kindling.embed.Limits;
import dev.kindling.embed.Session;
import dev.kindling.errors.KindlingError;

/**
 * Fuzzes the interpreter with generated programs ({@link ProgramGenerator}) and mutants of the
 * golden scripts and examples ({@link ScriptMutator}), each in a fresh session under
 * {@link Limits} and no file access. Whatever a program does, its run must end within the wall
 * time (plus a grace for the stop to land), throw nothing but a KindlingError to the host, and
 * print no Java exception name or {@code internal error}, in what it prints or in its traceback.
 *
 * <p>The build runs the first {@code -Dkindling.fuzz.programs} (1000) programs of a fixed seed,
 * within {@code -Dkindling.fuzz.seconds} (20), so that it passes or fails the same way each time;
 * {@code -Dkindling.fuzz.seed=N} picks another seed, and {@code tools/fuzz} runs a fresh seed for
 * longer. A failure names the seed and each failing program in full.
 */
class FuzzTest {
    private static final Duration WALL = Duration.ofSeconds(1);
    private static final long GRACE_MILLIS = 5_000;
    private static final Limits LIMITS = Limits.none().wallTime(WALL).steps(2_000_000).outputBytes(64 << 10)
            .recursionDepth(200).intDigits(20_000).sequenceLength(1_000_000);
    /** Java's exception names, its packages, and the interpreter's wrapper for an escaped Java exception. */
    private static final Pattern JAVA_LEAK = Pattern.compile(
            "internal error|\\bjava\\.|\\bdev\\.kindling\\.|\\b(?!Base)[A-Z]\\w*Exception\\b|StackOverflowError"
                    + "|OutOfMemoryError|NoClassDefFoundError|ExceptionInInitializerError|IndexOutOfBounds");
    private static final int MAX_REPORTED = 20;
    private static final long BUILD_SEED = 20_261_208L;

    private final Map<String, String> failures = new LinkedHashMap<>();

    @Test
    void noProgramLeaksJavaHangsOrKillsTheHost() throws Exception {
        long seed = Long.getLong("kindling.fuzz.seed", BUILD_SEED);
        long seconds = Long.getLong("kindling.fuzz.seconds", 20);
        long most = Long.getLong("kindling.fuzz.programs", 1000);
        Random random = new Random(seed);
        List<String> corpus = corpus();
        assertFalse(corpus.isEmpty(), "no golden scripts or examples found to mutate");
        ProgramGenerator generator = new ProgramGenerator(random);
        ScriptMutator mutator = new ScriptMutator(random);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int programs = 0;
        ExecutorService runner = Executors.newSingleThreadExecutor(FuzzTest::daemon);
        while (programs < most && System.nanoTime() < deadline && failures.size() < MAX_REPORTED) {
            String program = programs % 2 == 0 ? generator.program()
                    : mutator.mutate(corpus.get(random.nextInt(corpus.size())));
            if (!check(runner, program)) {
                runner.shutdownNow();
                runner = Executors.newSingleThreadExecutor(FuzzTest::daemon);
            }
            programs++;
        }
        runner.shutdownNow();
        String report = "seed " + seed + " (-Dkindling.fuzz.seed=" + seed + "), " + programs + " programs, "
                + failures.size() + " failing:\n\n" + String.join("\n\n", failures.values());
        System.out.println("fuzz: " + (failures.isEmpty() ? "seed " + seed + ", " + programs + " programs, none failing"
                : report));
        assertTrue(programs > 0, "no program ran");
        assertTrue(failures.isEmpty(), report);
    }

    /** Runs one program; false when its thread is stuck and the runner must be replaced. */
    private boolean check(ExecutorService runner, String program) throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = Kindling.builder().limits(LIMITS).files(FilePolicy.none()).out(out).err(out).build()
                .newSession();
        Future<Throwable> run = runner.submit(() -> {
            try {
                session.exec(program, "<fuzz>");
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        try {
            Throwable thrown = run.get(WALL.toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
            judge(program, thrown, bytes.toString(StandardCharsets.UTF_8));
            return true;
        } catch (TimeoutException e) {
            fail("hang", "still running " + GRACE_MILLIS + " ms past the wall time", program);
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            fail("host", "the runner failed: " + e.getCause(), program);
            return true;
        } finally {
            session.close();
        }
    }

    private void judge(String program, Throwable thrown, String output) {
        if (thrown != null && !(thrown instanceof KindlingError)) {
            fail(thrown.getClass().getName(), "a Java exception reached the host: " + thrown, program);
            return;
        }
        String text = output + (thrown == null ? "" : Session.formatError((KindlingError) thrown));
        // Quoted text is the script's own (a name, a str value), not the interpreter's, and so is
        // a name the program itself spells (a class TrainingException, quoted in a traceback).
        var leak = JAVA_LEAK.matcher(text.replaceAll("'[^'\n]*'", "''"));
        boolean found = false;
        while (!found && leak.find()) {
            found = !program.contains(leak.group());
        }
        if (found) {
            String word = leak.group();
            String line = text.lines().filter(l -> l.contains(word)).findFirst().orElse(word);
            fail(signature(line), "Java leaked: " + line, program);
        }
    }

    /** One report per kind of failure: the leaked line without its numbers and quoted values. */
    private static String signature(String line) {
        return line.replaceAll("'[^']*'|\"[^\"]*\"|\\d+", "_");
    }

    private void fail(String signature, String what, String program) {
        failures.putIfAbsent(signature, what + "\n--- program ---\n" + program + "--- end ---");
    }

    private static List<String> corpus() throws IOException {
        List<String> scripts = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/resources/golden"), Path.of("../examples/scripts"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                    scripts.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return scripts;
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(null, r, "fuzz-program", 16 << 20);
        t.setDaemon(true);
        return t;
    }
}
