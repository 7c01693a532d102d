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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kindling.errors.KindlingError;

/**
 * Every file a script names goes through its session's policy: confined to a folder, nothing
 * outside it is read or written, whichever way the name tries to leave (parent steps, an absolute
 * path, a link); with no file access, saving, loading and plotting all raise PermissionError; and
 * each session resolves relative names against a working directory of its own.
 */
class FilePolicyTest {
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
        return session(Kindling.builder().files(FilePolicy.workingDirectory(root)));
    }

    /** Runs code that must fail; returns "Type: message" as the traceback's last line would say. */
    private static String error(Session s, String code) {
        KindlingError e = assertThrows(KindlingError.class, () -> s.exec(code));
        return e.type().pythonName() + ": " + e.getMessage();
    }

    private static String py(Path p) {
        return p.toString().replace("\\", "\\\\");
    }

    /** Every regular file under {@code dir}, relative to it, sorted. */
    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace(java.io.File.separatorChar, '/')).sorted().toList();
        }
    }

    @Test
    void aConfinedSessionWorksInsideItsFolder() throws IOException {
        Files.createDirectories(root.resolve("runs"));
        try (Session s = confined()) {
            s.exec("import torch\nimport matplotlib.pyplot as plt\n"
                    + "torch.save({'w': torch.arange(3)}, 'runs/ck.pt')\n"
                    + "c = torch.load('runs/../runs/./ck.pt')\n"
                    + "d = torch.load('" + py(root.resolve("runs/ck.pt")) + "')\n"
                    + "plt.plot([1, 2])\nplt.savefig('runs/plot')\nplt.plot([2, 1])\nplt.show()");
            assertEquals("{'w': tensor([0, 1, 2])}", s.eval("repr(c)"));
            assertEquals(true, s.eval("c['w'].tolist() == d['w'].tolist()"));
        }
        List<String> written = files(root);
        assertEquals(3, written.size(), written.toString());
        assertTrue(written.get(0).matches("kindling-figures-[0-9]+/figure-1\\.png"), written.toString());
        assertEquals(List.of("runs/ck.pt", "runs/plot.png"), written.subList(1, 3));
    }

    @Test
    void parentStepsOutOfTheFolderArePermissionErrors() throws IOException {
        try (Session s = confined()) {
            s.exec("import torch\nimport matplotlib.pyplot as plt\nplt.plot([1])");
            assertEquals("PermissionError: [Errno 13] Permission denied: '../x.pt'",
                    error(s, "torch.save(torch.ones(1), '../x.pt')"));
            assertEquals("PermissionError: [Errno 13] Permission denied: 'a/../../host/secret.txt'",
                    error(s, "torch.load('a/../../host/secret.txt')"));
            assertEquals("PermissionError: [Errno 13] Permission denied: '../host/plot.png'",
                    error(s, "plt.savefig('../host/plot.png')"));
            assertEquals("PermissionError: [Errno 13] Permission denied: '..'", error(s, "torch.save(1, '..')"));
        }
        assertEquals(List.of("host/secret.txt"), files(tmp));
    }

    @Test
    void absolutePathsOutsideTheFolderArePermissionErrors() throws IOException {
        String secret = py(outside.resolve("secret.txt"));
        String planted = py(outside.resolve("planted.pt"));
        try (Session s = confined()) {
            s.exec("import torch");
            assertEquals("PermissionError: [Errno 13] Permission denied: '" + secret + "'",
                    error(s, "torch.load('" + secret + "')"));
            assertEquals("PermissionError: [Errno 13] Permission denied: '" + planted + "'",
                    error(s, "torch.save(torch.ones(1), '" + planted + "')"));
            assertEquals("PermissionError: [Errno 13] Permission denied: '/'", error(s, "torch.load('/')"));
        }
        assertEquals(List.of("secret.txt"), files(outside));
    }

    @Test
    void linksOutOfTheFolderArePermissionErrors() throws IOException {
        Files.createSymbolicLink(root.resolve("to-host"), outside);
        Files.createSymbolicLink(root.resolve("secret.pt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("dangling.pt"), outside.resolve("new.pt"));
        Files.createDirectories(root.resolve("inside"));
        Files.createSymbolicLink(root.resolve("shortcut"), root.resolve("inside"));
        try (Session s = confined()) {
            s.exec("import torch\nimport matplotlib.pyplot as plt\nplt.plot([1])");
            assertEquals("PermissionError: [Errno 13] Permission denied: 'to-host/x.pt'",
                    error(s, "torch.save(torch.ones(1), 'to-host/x.pt')"));
            assertEquals("PermissionError: [Errno 13] Permission denied: 'secret.pt'", error(s, "torch.load('secret.pt')"));
            assertEquals("PermissionError: [Errno 13] Permission denied: 'secret.pt'", error(s, "torch.save(2, 'secret.pt')"));
            assertEquals("PermissionError: [Errno 13] Permission denied: 'dangling.pt'",
                    error(s, "torch.save(torch.ones(1), 'dangling.pt')"));
            assertEquals("PermissionError: [Errno 13] Permission denied: 'to-host/p.png'",
                    error(s, "plt.savefig('to-host/p.png')"));
            // A link that stays inside the folder is followed as usual.
            s.exec("torch.save(7, 'shortcut/seven.pt')\nseven = torch.load('inside/seven.pt')");
            assertEquals(7L, s.get("seven"));
        }
        assertEquals(List.of("secret.txt"), files(outside));
        assertEquals("host data", Files.readString(outside.resolve("secret.txt")));
        assertTrue(Files.isRegularFile(root.resolve("inside/seven.pt")));
    }

    @Test
    void aNulByteInANameIsAValueErrorUnderEveryPolicy() {
        for (FilePolicy policy : List.of(FilePolicy.unrestricted(), FilePolicy.workingDirectory(root), FilePolicy.none())) {
            try (Session s = session(Kindling.builder().files(policy).workingDirectory(root))) {
                s.exec("import torch\nimport matplotlib.pyplot as plt\nplt.plot([1])");
                for (String call : List.of("torch.save(1, 'a\\0b.pt')", "torch.load('a\\x00b.pt')",
                        "plt.savefig('a\\0b.png')")) {
                    assertEquals("ValueError: embedded null byte", error(s, call), policy + ": " + call);
                }
            }
        }
    }

    @Test
    void anEmptyNameIsFileNotFoundAndLeavesTheFolderAlone() throws IOException {
        for (FilePolicy policy : List.of(FilePolicy.unrestricted(), FilePolicy.workingDirectory(root))) {
            try (Session s = session(Kindling.builder().files(policy).workingDirectory(root))) {
                s.exec("import torch");
                assertEquals("FileNotFoundError: [Errno 2] No such file or directory: ''",
                        error(s, "torch.save(torch.ones(1), '')"), policy.toString());
                assertEquals("FileNotFoundError: [Errno 2] No such file or directory: ''", error(s, "torch.load('')"));
            }
        }
        assertTrue(Files.isDirectory(root));
        assertEquals(List.of(), files(root));
    }

    @Test
    void noFileAccessRefusesSavingLoadingAndPlotting() throws IOException {
        Files.writeString(root.resolve("x.pt"), "existing");
        try (Session s = session(Kindling.builder().files(FilePolicy.none()).workingDirectory(root))) {
            s.exec("import torch\nimport matplotlib.pyplot as plt\nplt.plot([1])");
            assertEquals("PermissionError: [Errno 13] Permission denied: 'x.pt'", error(s, "torch.save(torch.ones(1), 'x.pt')"));
            assertEquals("PermissionError: [Errno 13] Permission denied: 'x.pt'", error(s, "torch.load('x.pt')"));
            assertEquals("PermissionError: [Errno 13] Permission denied: 'p.png'", error(s, "plt.savefig('p.png')"));
            s.exec("plt.show()"); // the chart is drawn; no file is written

        }
        assertEquals(List.of("x.pt"), files(root));
        assertEquals("existing", Files.readString(root.resolve("x.pt")));
    }

    @Test
    void sessionsWithTheirOwnWorkingDirectoriesSavingOneNameDoNotCollide() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        String loop = """
                import torch
                for i in range(40):
                    torch.save({'who': WHO, 'step': i, 'w': torch.full((50,), float(WHO))}, 'ck.pt')
                    c = torch.load('ck.pt')
                    assert c['who'] == WHO and c['step'] == i and c['w'].sum().item() == 50 * WHO, c
                """;
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        for (Object[] run : new Object[][] {{a, 1}, {b, 2}}) {
            runs.add(CompletableFuture.runAsync(() -> {
                try (Session s = session(Kindling.builder().workingDirectory((Path) run[0]))) {
                    start.await(10, TimeUnit.SECONDS);
                    s.exec(loop.replace("WHO", run[1].toString()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        for (Object[] run : new Object[][] {{a, 1L}, {b, 2L}}) {
            try (Session s = session(Kindling.builder().files(FilePolicy.workingDirectory((Path) run[0])))) {
                s.exec("import torch\nc = torch.load('ck.pt')");
                assertEquals(run[1], s.eval("c['who']"));
                assertEquals(39L, s.eval("c['step']"));
            }
            assertEquals(List.of("ck.pt"), files((Path) run[0]), "no temporary file is left behind");
        }
        assertFalse(Files.exists(Path.of(System.getProperty("user.dir"), "ck.pt")), "nothing in the JVM's directory");
    }

    @Test
    void aConfinedWorkingDirectoryIsTakenFromTheFolder() throws IOException {
        Files.createDirectories(root.resolve("week1"));
        try (Session s = session(Kindling.builder().files(FilePolicy.workingDirectory(root))
                .workingDirectory(Path.of("week1")))) {
            s.exec("import torch\ntorch.save(1, 'one.pt')\ntorch.save(2, '../two.pt')");
            assertEquals("PermissionError: [Errno 13] Permission denied: '../../two.pt'",
                    error(s, "torch.save(3, '../../two.pt')"));
        }
        assertEquals(List.of("two.pt", "week1/one.pt"), files(root));
    }

    @Test
    void aFolderThatIsNoneOrOutsideIsTheHostsMistake() {
        assertThrows(IllegalArgumentException.class, () -> FilePolicy.workingDirectory(tmp.resolve("missing")));
        Kindling kindling = Kindling.builder().files(FilePolicy.workingDirectory(root)).workingDirectory(outside).build();
        assertThrows(IllegalArgumentException.class, kindling::newSession);
    }

    @Test
    void unrestrictedReachesAnyPathFromItsWorkingDirectory() throws IOException {
        try (Session s = session(Kindling.builder().workingDirectory(root))) {
            s.exec("import torch\ntorch.save(5, '../host/five.pt')\nfive = torch.load('" + py(outside.resolve("five.pt"))
                    + "')");
            assertEquals(5L, s.get("five"));
        }
        assertEquals(List.of("five.pt", "secret.txt"), files(outside));
    }
}
