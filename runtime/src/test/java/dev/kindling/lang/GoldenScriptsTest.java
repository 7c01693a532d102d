package dev.kindling.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden scripts for the language: each {@code golden/NAME.py} must print {@code NAME.out}
 * (standard output, then the traceback of an uncaught error). Outputs of scripts without an
 * uncaught error were produced by CPython 3.11. Run one: {@code -Dgolden=classes}.
 */
class GoldenScriptsTest {
    private static final Path DIR = Path.of("src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> goldenScripts() throws IOException {
        String only = System.getProperty("golden", "");
        List<Path> scripts;
        try (Stream<Path> files = Files.list(DIR)) {
            scripts = files.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> p.getFileName().toString().startsWith(only)).sorted().toList();
        }
        return scripts.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String name = p.getFileName().toString();
            String expected = Files.readString(p.resolveSibling(name.replace(".py", ".out")), StandardCharsets.UTF_8);
            assertEquals(expected, Scripts.run(Files.readString(p, StandardCharsets.UTF_8), name), name);
        }));
    }
}
