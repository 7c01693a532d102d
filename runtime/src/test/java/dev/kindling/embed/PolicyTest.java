package dev.kindling.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.errors.StopReason;

/**
 * {@link Policy}: a strict Kindling confines files to the granted folder, fills the limits the
 * host leaves off, denies Java to tools and refuses to build without the host's streams or with
 * unrestricted files; a trusted one, and a builder without a policy, behave as before.
 */
class PolicyTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private Kindling.Builder strict() {
        return Kindling.builder().policy(Policy.strict(folder)).out(stream).err(stream);
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void strictNeedsBothHostStreams() {
        assertThrows(IllegalStateException.class, () -> Kindling.builder().policy(Policy.strict(folder)).build());
        assertThrows(IllegalStateException.class,
                () -> Kindling.builder().policy(Policy.strict(folder)).out(stream).build());
        assertThrows(IllegalStateException.class,
                () -> Kindling.builder().policy(Policy.strict()).err(stream).build());
    }

    @Test
    void strictRefusesUnrestrictedFilesButTakesATighterPolicy() {
        assertThrows(IllegalArgumentException.class, () -> strict().files(FilePolicy.unrestricted()).build());
        try (Session s = strict().files(FilePolicy.none()).build().newSession()) {
            KindlingError e = assertThrows(KindlingError.class, () -> s.exec("open('a.txt', 'w')"));
            assertEquals(ErrorType.PERMISSION_ERROR, e.type());
        }
    }

    @Test
    void strictConfinesFilesToTheGrantedFolder() throws Exception {
        try (Session s = strict().build().newSession()) {
            s.exec("with open('notes.txt', 'w') as f:\n    f.write('hi')");
            KindlingError e = assertThrows(KindlingError.class, () -> s.exec("open('../outside.txt', 'w')"));
            assertEquals(ErrorType.PERMISSION_ERROR, e.type());
            assertTrue(s.policy().isStrict());
            assertFalse(s.policy().allowsJava());
        }
        assertEquals("hi", Files.readString(folder.resolve("notes.txt")));
        assertFalse(Files.exists(folder.resolveSibling("outside.txt")));
    }

    @Test
    void strictWithoutAFolderRefusesEveryFile() {
        try (Session s = Kindling.builder().policy(Policy.strict()).out(stream).err(stream).build().newSession()) {
            KindlingError e = assertThrows(KindlingError.class, () -> s.exec("import os\nos.listdir('.')"));
            assertEquals(ErrorType.PERMISSION_ERROR, e.type());
        }
    }

    @Test
    void strictLimitsApplyWhereTheHostSetsNone() {
        try (Session s = strict().build().newSession()) {
            s.exec("import sys\nsys.setrecursionlimit(10**6)\nprint(sys.getrecursionlimit())\n"
                    + "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    print('deep')\n"
                    + "try:\n    x = [0] * 10**8\nexcept MemoryError:\n    print('long')");
        }
        assertEquals("3000\ndeep\nlong\n", output());
    }

    @Test
    void theHostsOwnLimitsWinAndTheRestStayStrict() {
        Kindling kindling = strict().limits(Limits.none().steps(10_000)).build();
        try (Session s = kindling.newSession()) {
            ScriptStopped e = assertThrows(ScriptStopped.class,
                    () -> s.exec("try:\n    while True: pass\nexcept BaseException:\n    pass"));
            assertEquals(StopReason.STEPS, e.reason());
            KindlingError m = assertThrows(KindlingError.class, () -> s.exec("x = 'ab' * 10**8"));
            assertEquals(ErrorType.MEMORY_ERROR, m.type());
        }
    }

    @Test
    void trustedAndNoPolicyKeepTodaysBehaviour() throws Exception {
        assertFalse(Kindling.builder().build().policy().isStrict());
        assertTrue(Kindling.builder().policy(Policy.trusted()).build().policy().allowsJava());
        Path outside = Files.createDirectory(folder.resolve("outside"));
        try (Session s = Kindling.builder().policy(Policy.trusted()).out(stream).workingDirectory(folder)
                .build().newSession()) {
            s.exec("import sys\nsys.setrecursionlimit(100000)\nprint(sys.getrecursionlimit())\n"
                    + "with open('outside/t.txt', 'w') as f:\n    f.write('t')");
        }
        assertEquals("100000\n", output());
        assertEquals("t", Files.readString(outside.resolve("t.txt")));
    }

    @Test
    void aBuiltKindlingKeepsItsOptionsWhenTheBuilderChanges() {
        Kindling.Builder builder = strict();
        Kindling kindling = builder.build();
        builder.policy(Policy.trusted()).files(FilePolicy.unrestricted());
        try (Session s = kindling.newSession()) {
            assertTrue(s.policy().isStrict());
            KindlingError e = assertThrows(KindlingError.class, () -> s.exec("open('/etc/hostname')"));
            assertEquals(ErrorType.PERMISSION_ERROR, e.type());
        }
    }
}
