package dev.kindling.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kindling.errors.KindlingError;

/**
 * The builtin open() goes through the session's file gate: a confined session opens, for reading
 * or writing, only files below its folder (outside: CPython's PermissionError, and nothing is
 * created); relative names start from the session's folder; with no file access every open is
 * refused.
 */
class OpenFilePolicyTest {
    @TempDir
    Path tmp;
    private Path root;
    private Path outside;

    @BeforeEach
    void folders() throws IOException {
        root = Files.createDirectories(tmp.resolve("learner"));
        outside = Files.createDirectories(tmp.resolve("host"));
        Files.writeString(outside.resolve("secret.txt"), "host data");
    }

    private static Session session(FilePolicy policy) {
        return Kindling.builder().files(policy).out(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)).build().newSession();
    }

    private static String error(Session s, String code) {
        KindlingError e = assertThrows(KindlingError.class, () -> s.exec(code));
        return e.type().pythonName() + ": " + e.getMessage();
    }

    @Test
    void aConfinedSessionCannotOpenOutsideItsFolder() {
        String secret = outside.resolve("secret.txt").toString();
        try (Session s = session(FilePolicy.workingDirectory(root))) {
            assertEquals("PermissionError: [Errno 13] Permission denied: '../host/secret.txt'",
                    error(s, "open('../host/secret.txt').read()"));
            assertEquals("PermissionError: [Errno 13] Permission denied: '" + secret + "'",
                    error(s, "with open('" + secret + "') as f:\n    f.read()"));
            for (String mode : new String[] {"w", "a", "x"}) {
                assertEquals("PermissionError: [Errno 13] Permission denied: '../host/new.txt'",
                        error(s, "open('../host/new.txt', '" + mode + "')"));
            }
            assertEquals("PermissionError: [Errno 13] Permission denied: '../host/secret.txt'",
                    error(s, "import json\njson.dump([1], open('../host/secret.txt', 'w'))"));
        }
        assertFalse(Files.exists(outside.resolve("new.txt")));
    }

    @Test
    void insideItsFolderFilesAreWrittenAndReadThere() throws IOException {
        try (Session s = session(FilePolicy.workingDirectory(root))) {
            s.exec("import json\n"
                    + "with open('log.txt', 'w') as f:\n    print('epoch', 1, file=f)\n    f.write('done\\n')\n"
                    + "with open('cfg.json', 'w') as f:\n    json.dump({'lr': 0.1}, f)\n"
                    + "lines = open('log.txt').readlines()\ncfg = json.load(open('cfg.json'))");
            assertEquals("['epoch 1\\n', 'done\\n'] {'lr': 0.1}", s.eval("f'{lines} {cfg}'"));
        }
        assertEquals("epoch 1\ndone\n", Files.readString(root.resolve("log.txt")));
        assertEquals("{\"lr\": 0.1}", Files.readString(root.resolve("cfg.json")));
    }

    @Test
    void withNoFileAccessEveryOpenIsRefused() {
        try (Session s = session(FilePolicy.none())) {
            assertEquals("PermissionError: [Errno 13] Permission denied: 'a.txt'", error(s, "open('a.txt')"));
            assertEquals("PermissionError: [Errno 13] Permission denied: 'a.txt'", error(s, "open('a.txt', 'w')"));
        }
    }

    @Test
    void binaryAndUpdateModesSayTheyAreNotSupported() {
        try (Session s = session(FilePolicy.workingDirectory(root))) {
            assertEquals("NotImplementedError: open() with mode 'rb' is not supported in Kindling: files open in "
                    + "text mode only ('r', 'w', 'a', 'x'), as Kindling has no bytes type", error(s, "open('a', 'rb')"));
            assertEquals("NotImplementedError", error(s, "open('a', 'r+')").split(":")[0]);
        }
        assertFalse(Files.exists(root.resolve("a")));
    }
}
