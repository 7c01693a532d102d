package dev.kindling.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;
import dev.kindling.errors.KindlingError;

/**
 * Runs every teacher script in {@code examples/scripts} and compares what it prints (standard
 * output, then the traceback of an uncaught error) with the golden {@code .out} beside it.
 * Run one script: {@code mvn -pl examples test -Dexample=03_classes_and_errors}.
 */
class ExampleScriptsTest {
    private static final Path SCRIPTS = Path.of("scripts");

    @TestFactory
    Stream<DynamicTest> everyScriptPrintsItsGoldenOutput() throws IOException {
        String only = System.getProperty("example", "");
        List<Path> scripts;
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            scripts = files.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> p.getFileName().toString().startsWith(only)).sorted().toList();
        }
        if (scripts.isEmpty()) {
            throw new IllegalStateException("no example scripts matched '" + only + "' in " + SCRIPTS.toAbsolutePath());
        }
        return scripts.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path script) throws IOException {
        String name = script.getFileName().toString();
        Path golden = script.resolveSibling(name.replace(".py", ".out"));
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        assertEquals(expected, run(Files.readString(script, StandardCharsets.UTF_8), name), name);
    }

    static String run(String code, String fileName) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Session session = Kindling.builder().out(out).err(out).build().newSession()) {
            session.exec(code, fileName);
        } catch (KindlingError e) {
            out.print(Session.formatError(e));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
