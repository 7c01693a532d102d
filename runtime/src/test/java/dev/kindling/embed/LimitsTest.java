package dev.kindling.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.errors.StopReason;

/**
 * Runaway scripts are stopped by the host's {@link Limits}: budgets with an error no handler of
 * the script can catch, size caps with CPython's error before the work is done. After each, the
 * same session and a fresh one run code again.
 */
class LimitsTest {
    /** Far above every limit below, far below a hang: a stop that takes this long is a failure. */
    private static final long PROMPT_MILLIS = 5_000;
    private static final Duration WALL = Duration.ofMillis(200);

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private Session session(Limits limits) {
        return Kindling.builder().out(new PrintStream(bytes, true, StandardCharsets.UTF_8)).limits(limits)
                .build().newSession();
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Runs code that the limits must stop, checks it stopped soon, and returns the error. */
    private static <E extends KindlingError> E stopped(Class<E> type, Session s, String code) {
        long start = System.nanoTime();
        E e = assertThrows(type, () -> s.exec(code));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < PROMPT_MILLIS, "stopped after " + millis + " ms");
        return e;
    }

    /** The session and a fresh one run code normally after the stop. */
    private void stillUsable(Session s, Limits limits) {
        bytes.reset();
        s.exec("print(sum(i for i in range(10)))");
        try (Session fresh = session(limits)) {
            fresh.exec("print('fresh')");
        }
        assertEquals("45\nfresh\n", output());
    }

    @Test
    void wallTimeStopsAnEndlessLoop() {
        Limits limits = Limits.none().wallTime(WALL);
        try (Session s = session(limits)) {
            ScriptStopped e = stopped(ScriptStopped.class, s, "while True:\n    pass");
            assertEquals(StopReason.WALL_TIME, e.reason());
            assertEquals(ErrorType.TIMEOUT_ERROR, e.type());
            assertEquals("time limit of 0.2 s exceeded", e.getMessage());
            stillUsable(s, limits);
        }
    }

    @Test
    void aStopShowsWhereTheScriptWas() {
        try (Session s = session(Limits.none().wallTime(WALL))) {
            ScriptStopped e = stopped(ScriptStopped.class, s, "def spin():\n    while True:\n        pass\n\nspin()");
            assertEquals("""
                    Traceback (most recent call last):
                      File "<string>", line 5, in <module>
                        spin()
                      File "<string>", line 3, in spin
                        pass
                    TimeoutError: time limit of 0.2 s exceeded
                    """, Session.formatError(e));
        }
    }

    @Test
    void noHandlerOfTheScriptCatchesAStop() {
        Limits limits = Limits.none().steps(100_000);
        String[] catchers = {
            "try:\n    while True: pass\nexcept BaseException:\n    print('caught')",
            "try:\n    while True: pass\nexcept:\n    print('caught')",
            "while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass",
            "def f():\n    try:\n        while True: pass\n    finally:\n        return 1\nprint(f())",
            "class C:\n    def __enter__(self): return self\n    def __exit__(self, *a): return True\n"
                + "with C():\n    while True: pass\nprint('suppressed')",
        };
        try (Session s = session(limits)) {
            for (String code : catchers) {
                ScriptStopped e = stopped(ScriptStopped.class, s, code);
                assertEquals(StopReason.STEPS, e.reason(), code);
                assertEquals("step budget of 100000 exhausted", e.getMessage());
            }
            assertEquals("", output());
            stillUsable(s, limits);
        }
    }

    @Test
    void cancelIsNotCaughtEither() throws Exception {
        try (Session s = session(Limits.none())) {
            CompletableFuture<KindlingError> run = CompletableFuture.supplyAsync(() -> assertThrows(
                    KindlingError.class, () -> s.exec("while True:\n    try:\n        while True: pass\n"
                            + "    except BaseException:\n        pass")));
            Thread.sleep(100);
            s.cancel();
            KindlingError e = run.get(PROMPT_MILLIS, TimeUnit.MILLISECONDS);
            assertEquals(StopReason.CANCELLED, ((ScriptStopped) e).reason());
            assertEquals(ErrorType.KEYBOARD_INTERRUPT, e.type());
            stillUsable(s, Limits.none());
        }
    }

    @Test
    void builtInsThatRunLongWithoutAPythonLoopAreStopped() {
        Limits limits = Limits.none().wallTime(WALL);
        try (Session s = session(limits)) {
            for (String code : new String[] {"sum(range(10**10))", "max(range(10**12))", "10**10**8",
                "import math\nmath.factorial(10**7)", "x = [0] * 10**7\nwhile True:\n    repr(x)"}) {
                assertEquals(StopReason.WALL_TIME, stopped(ScriptStopped.class, s, code).reason(), code);
            }
            stillUsable(s, limits);
        }
    }

    @Test
    void intsOverTheDigitCapAreAMemoryErrorBeforeAnyWork() {
        Limits limits = Limits.none().intDigits(100_000);
        try (Session s = session(limits)) {
            for (String code : new String[] {"10**10**8", "2**400000", "1 << 10**6", "x = 10**60000\ny = x * x"}) {
                KindlingError e = stopped(KindlingError.class, s, code);
                assertEquals(ErrorType.MEMORY_ERROR, e.type(), code);
                assertFalse(e instanceof ScriptStopped, code);
            }
            s.exec("print(len(str(10**4000)), 10**50000 // 10**49999)");
            assertEquals("4001 10\n", output());
            stillUsable(s, limits);
        }
    }

    @Test
    void sequencesOverTheCapAreAMemoryError() {
        Limits limits = Limits.none().sequenceLength(1_000_000);
        try (Session s = session(limits)) {
            for (String code : new String[] {"[0] * 10**10", "[0] * 10**7", "'ab' * 600_000", "list(range(10**7))",
                "tuple(range(10**12))"}) {
                assertEquals(ErrorType.MEMORY_ERROR, stopped(KindlingError.class, s, code).type(), code);
            }
            s.exec("print(len([0] * 10**6))");
            assertEquals("1000000\n", output());
            stillUsable(s, limits);
        }
        try (Session s = session(Limits.none())) {
            assertEquals(ErrorType.MEMORY_ERROR, stopped(KindlingError.class, s, "[0] * 10**10").type());
            assertEquals(ErrorType.MEMORY_ERROR, stopped(KindlingError.class, s, "list(range(10**10))").type());
        }
    }

    @Test
    void collectingAnEndlessIteratorIsStoppedOrRefused() {
        try (Session s = session(Limits.none().wallTime(WALL))) {
            ScriptStopped e = stopped(ScriptStopped.class, s, "from itertools import count\nlist(count())");
            assertEquals(StopReason.WALL_TIME, e.reason());
            stillUsable(s, Limits.none().wallTime(WALL));
        }
        try (Session s = session(Limits.none().sequenceLength(100_000))) {
            assertEquals(ErrorType.MEMORY_ERROR,
                    stopped(KindlingError.class, s, "from itertools import count\ntuple(count())").type());
        }
    }

    @Test
    void formatWidthsOverTheCapAreAMemoryError() {
        Limits limits = Limits.none().sequenceLength(1_000_000);
        try (Session s = session(limits)) {
            for (String code : new String[] {"format(1, '>1000000000')", "f'{1.5:<2000000}'", "'{:^2000000}'.format('x')",
                "format(1.5, '.2000000f')", "'%0*d' % (10**9, 1)", "'%.2000000e' % 1.5", "'%2000000s' % 'x'",
                "'x'.ljust(10**9)", "'x'.center(2000000)", "'x'.zfill(10**12)"}) {
                assertEquals(ErrorType.MEMORY_ERROR, stopped(KindlingError.class, s, code).type(), code);
            }
            s.exec("print(len(format(1, '>1000000')), len('%.1000000f' % 1.5), format(1.5, '.2000000g'))");
            assertEquals("1000000 1000002 1.5\n", output());
            stillUsable(s, limits);
        }
    }

    @Test
    void recursionCannotBeRaisedPastTheHostsCeiling() {
        Limits limits = Limits.none().recursionDepth(3_000);
        try (Session s = session(limits)) {
            KindlingError e = stopped(KindlingError.class, s, """
                    import sys
                    sys.setrecursionlimit(10**6)
                    print(sys.getrecursionlimit())
                    def f(n):
                        return f(n + 1)
                    f(0)
                    """);
            assertEquals(ErrorType.RECURSION_ERROR, e.type());
            assertEquals("maximum recursion depth exceeded", e.getMessage());
            assertEquals("3000\n", output());
            s.exec("print(sys.getrecursionlimit())");
            stillUsable(s, limits);
        }
        try (Session s = session(Limits.none().recursionDepth(500))) {
            s.exec("import sys\nprint(sys.getrecursionlimit())");
        }
        assertTrue(output().endsWith("500\n"), output());
    }

    @Test
    void setrecursionlimitChecksItsArgumentAsCPythonDoes() {
        try (Session s = session(Limits.none())) {
            s.exec("""
                    import sys
                    for v in [0, -1, 10**20, 'a']:
                        try:
                            sys.setrecursionlimit(v)
                        except Exception as e:
                            print(type(e).__name__, e)
                    """);
        }
        assertEquals("""
                ValueError recursion limit must be greater or equal than 1
                ValueError recursion limit must be greater or equal than 1
                OverflowError Python int too large to convert to C int
                TypeError 'str' object cannot be interpreted as an integer
                """, output());
    }

    @Test
    void reprOfADeeplyNestedListIsARecursionError() {
        try (Session s = session(Limits.none())) {
            s.exec("""
                    x = []
                    for i in range(100_000):
                        x = [x]
                    try:
                        repr(x)
                    except RecursionError as e:
                        print(e)
                    """);
        }
        assertEquals("maximum recursion depth exceeded while getting the repr of an object\n", output());
    }

    @Test
    void outputPastTheLimitIsDroppedAndStopsTheScript() {
        Limits limits = Limits.none().outputBytes(10_000);
        try (Session s = session(limits)) {
            ScriptStopped e = stopped(ScriptStopped.class, s, "while True:\n    print('spam')");
            assertEquals(StopReason.OUTPUT, e.reason());
            assertEquals("output limit of 10000 bytes exceeded", e.getMessage());
            assertEquals(10_000, output().length());
            bytes.reset();
            assertEquals(StopReason.OUTPUT, stopped(ScriptStopped.class, s, "print('x' * 10**6)").reason());
            assertEquals(10_000, output().length());
            stillUsable(s, limits);
        }
    }

    @Test
    void anExecOnABusySessionIsRefusedAndLeavesTheRunningOneAlone() throws Exception {
        try (Session s = session(Limits.none().steps(30_000_000))) {
            s.exec("started = False");
            CountDownLatch running = new CountDownLatch(1);
            CompletableFuture<KindlingError> run = CompletableFuture.supplyAsync(() -> assertThrows(
                    KindlingError.class, () -> s.exec("started = True\nwhile True:\n    pass")));
            while (!Boolean.TRUE.equals(s.get("started"))) {
                Thread.sleep(1);
            }
            running.countDown();
            for (int i = 0; i < 20; i++) {
                assertThrows(IllegalStateException.class, () -> s.exec("print('interleaved')"));
            }
            KindlingError e = run.get(30, TimeUnit.SECONDS);
            assertEquals(StopReason.STEPS, ((ScriptStopped) e).reason());
            assertEquals("", output());
            s.exec("print('after')");
            assertEquals("after\n", output());
        }
    }

    @Test
    void closeStopsRunningCode() throws Exception {
        Session s = session(Limits.none());
        s.exec("started = False");
        CompletableFuture<KindlingError> run = CompletableFuture.supplyAsync(() -> assertThrows(
                KindlingError.class, () -> s.exec("started = True\ntry:\n    while True: pass\nexcept:\n    pass")));
        while (!Boolean.TRUE.equals(s.get("started"))) {
            Thread.sleep(1);
        }
        s.close();
        KindlingError e = run.get(PROMPT_MILLIS, TimeUnit.MILLISECONDS);
        assertEquals(StopReason.CLOSED, ((ScriptStopped) e).reason());
        assertThrows(IllegalStateException.class, () -> s.exec("pass"));
    }

    @Test
    void aHugeSourceIsStoppedWhileItIsParsed() {
        Limits limits = Limits.none().wallTime(WALL);
        try (Session s = session(limits)) {
            assertEquals(StopReason.WALL_TIME, stopped(ScriptStopped.class, s, "x = 1\n".repeat(2_000_000)).reason());
            stillUsable(s, limits);
        }
    }

    @Test
    void hugeIntLiteralsAreReadAsCPythonReadsThem() {
        try (Session s = session(Limits.none())) {
            KindlingError e = stopped(KindlingError.class, s, "x = " + "7".repeat(5_000));
            assertEquals(ErrorType.SYNTAX_ERROR, e.type());
            assertEquals("Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; "
                    + "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge "
                    + "integer literals to avoid decimal conversion limits.", e.getMessage());
            s.exec("print(0x" + "f".repeat(1_000_000) + " == 16**1000000 - 1, 0o17 + 0b101 + 0x1F, 0x8000000000000000)");
            assertEquals("True 51 9223372036854775808\n", output());
        }
        try (Session s = session(Limits.none().intDigits(1_000))) {
            assertEquals(ErrorType.MEMORY_ERROR, stopped(KindlingError.class, s, "x = 0x" + "f".repeat(10_000)).type());
        }
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> Limits.none().steps(0));
        assertThrows(IllegalArgumentException.class, () -> Limits.none().wallTime(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> Limits.none().outputBytes(-1));
    }
}
