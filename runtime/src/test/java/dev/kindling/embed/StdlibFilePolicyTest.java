package dev.kindling.embed;

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
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kindling.errors.KindlingError;

/**
 * os, os.path, pathlib and json go through the session's file gate: a confined session reads,
 * writes, lists and makes folders only below its root (outside it: PermissionError, and False
 * from the exists-style checks, as CPython answers for a path it may not reach); with no file
 * access every one is refused; os.environ shows only what the host gave the session.
 */
class StdlibFilePolicyTest {
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

    private static Session session(Kindling.Builder builder) {
        return builder.out(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).build()
                .newSession();
    }

    private Session confined() {
        Session s = session(Kindling.builder().files(FilePolicy.workingDirectory(root)));
        s.exec("import os, json\nfrom pathlib import Path");
        return s;
    }

    private static String error(Session s, String code) {
        KindlingError e = assertThrows(KindlingError.class, () -> s.exec(code));
        return e.type().pythonName() + ": " + e.getMessage();
    }

    @Test
    void aConfinedSessionCannotReadOrListOutsideItsFolder() {
        String secret = outside.resolve("secret.txt").toString();
        try (Session s = confined()) {
            assertEquals("PermissionError: [Errno 13] Permission denied: '../host/secret.txt'",
                    error(s, "Path('../host/secret.txt').read_text()"));
            assertEquals("PermissionError: [Errno 13] Permission denied: '" + secret + "'",
                    error(s, "Path('" + secret + "').read_text()"));
            assertEquals("PermissionError: [Errno 13] Permission denied: '../host'", error(s, "os.listdir('../host')"));
            assertEquals("PermissionError: [Errno 13] Permission denied: '/'", error(s, "os.listdir('/')"));
            assertEquals("PermissionError: [Errno 13] Permission denied: '..'", error(s, "list(Path('..').iterdir())"));
            s.exec("seen = [os.path.exists('../host/secret.txt'), os.path.isfile('" + secret + "'), "
                    + "os.path.isdir('../host')]");
            assertEquals("[False, False, False]", s.eval("repr(seen)"));
        }
    }

    @Test
    void aConfinedSessionCannotWriteOrMakeFoldersOutsideItsFolder() {
        try (Session s = confined()) {
            assertEquals("PermissionError: [Errno 13] Permission denied: '../host/x.txt'",
                    error(s, "Path('../host/x.txt').write_text('x')"));
            assertEquals("PermissionError: [Errno 13] Permission denied: '../escape'",
                    error(s, "os.makedirs('../escape', exist_ok=True)"));
            assertEquals("PermissionError: [Errno 13] Permission denied: '../host/secret.txt'",
                    error(s, "os.remove('../host/secret.txt')"));
        }
        assertFalse(Files.exists(outside.resolve("x.txt")));
        assertFalse(Files.exists(tmp.resolve("escape")));
        assertTrue(Files.exists(outside.resolve("secret.txt")));
    }

    @Test
    void insideItsFolderEverythingWorksAndLandsThere() throws IOException {
        try (Session s = confined()) {
            s.exec("os.makedirs('runs/a', exist_ok=True)\n"
                    + "Path('runs/a/cfg.json').write_text(json.dumps({'lr': 0.1}))\n"
                    + "back = json.loads(Path('runs') .joinpath('a', 'cfg.json').read_text())\n"
                    + "names = os.listdir('runs')");
            assertEquals("{'lr': 0.1} ['a'] " + root.toRealPath(),
                    s.eval("f'{back} {names} {os.getcwd()}'"));
        }
        assertEquals("{\"lr\": 0.1}", Files.readString(root.resolve("runs/a/cfg.json")));
    }

    @Test
    void withNoFileAccessEveryOperationIsRefused() {
        try (Session s = session(Kindling.builder().files(FilePolicy.none()))) {
            s.exec("import os\nfrom pathlib import Path");
            assertEquals("PermissionError: [Errno 13] Permission denied: 'a.txt'", error(s, "Path('a.txt').read_text()"));
            assertEquals("PermissionError: [Errno 13] Permission denied: '.'", error(s, "os.listdir()"));
            assertEquals("PermissionError: [Errno 13] Permission denied: 'd'", error(s, "os.mkdir('d')"));
            assertEquals("False", s.eval("repr(os.path.exists('.'))"));
        }
    }

    @Test
    void osEnvironHoldsOnlyWhatTheHostGave() {
        try (Session s = session(Kindling.builder().environment(Map.of("RUN", "7")))) {
            s.exec("import os");
            assertEquals("{'RUN': '7'}", s.eval("repr(dict(os.environ))"));
            assertEquals("None", s.eval("repr(os.environ.get('PATH'))"));
        }
        try (Session s = session(Kindling.builder())) {
            s.exec("import os");
            assertEquals("0", s.eval("repr(len(os.environ))"));
        }
    }
}
