package dev.kindling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every code example of the Java DSL's public types (their {@code <pre>{@code ...}</pre>} blocks)
 * and every Java block of the README compiles against the runtime and runs: examples are
 * documentation a host developer copies, so one that no longer compiles is a bug. Each example is
 * wrapped in a method body of its own class, with the DSL packages imported; all are compiled in
 * one javac task, then each is run.
 */
class JavadocExamplesTest {
    /**
     * The packages of the Java DSL and the embedding API, with their subpackages but for
     * {@code tensor/storage}, the native side of tensors that no host calls.
     */
    private static final List<String> PACKAGES = List.of("tensor", "nn", "optim", "autograd", "ops", "embed");

    /**
     * Examples that show a fragment of an internal protocol rather than a call a host can make on
     * its own, by a unique piece of their text. Keep this short: prefer an example that stands alone.
     */
    private static final Set<String> FRAGMENTS = Set.of();

    private static final String IMPORTS = """
            import java.io.*;
            import java.util.*;
            import dev.kindling.tensor.*;
            import dev.kindling.tensor.random.*;
            import dev.kindling.tensor.storage.*;
            import dev.kindling.tensor.cpu.*;
            import dev.kindling.nn.*;
            import dev.kindling.optim.*;
            import dev.kindling.autograd.*;
            import dev.kindling.ops.*;
            import dev.kindling.embed.*;
            import dev.kindling.errors.*;
            import dev.kindling.embed.Session;
            import dev.kindling.nn.Module;
            import dev.kindling.nn.ParameterList;
            import java.util.List;
            """;

    private static final Pattern JAVADOC_EXAMPLE = Pattern.compile("<pre>\\{@code\\n(.*?)}</pre>", Pattern.DOTALL);
    private static final Pattern README_EXAMPLE = Pattern.compile("(?m)^( *)```java\\n(.*?)^ *```", Pattern.DOTALL);
    private static final Pattern PUBLIC_TYPE =
            Pattern.compile("(?m)^public\\s+(?:final\\s+|abstract\\s+|sealed\\s+)*(?:class|interface|enum|record)\\b");

    /** One example: where it is written, and its code. */
    record Example(String where, String code) {}

    @Test
    void everyExampleCompilesAndRuns(@TempDir Path dir) throws Exception {
        List<Example> examples = new ArrayList<>();
        for (String pkg : PACKAGES) {
            examples.addAll(javadocExamples(Path.of("src/main/java/dev/kindling", pkg)));
        }
        examples.addAll(readmeExamples(Path.of("../README.md")));
        examples.removeIf(e -> FRAGMENTS.stream().anyMatch(e.code()::contains));
        assertTrue(examples.size() > 20, "found only " + examples.size() + " examples: is the source tree where it was?");
        assertTrue(examples.stream().anyMatch(e -> e.where().startsWith("README")), "no Java example in the README");

        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            Path source = dir.resolve("Example" + i + ".java");
            Files.writeString(source, wrap("Example" + i, examples.get(i).code()));
            sources.add(source);
        }
        assertEquals("", compile(sources, dir, examples));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            for (int i = 0; i < examples.size(); i++) {
                run(loader.loadClass("Example" + i), examples.get(i));
            }
        }
    }

    private static String wrap(String className, String code) {
        return IMPORTS + "public class " + className + " {\n    public static void run() throws Exception {\n"
                + code + "\n    }\n}\n";
    }

    /** Compiles all examples at once; returns the errors, each with the example it belongs to. */
    private static String compile(List<Path> sources, Path dir, List<Example> examples) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", dir.toString(),
                    "-proc:none", "-Xlint:none", "-nowarn");
            javac.getTask(new StringWriter(), files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
        }
        Map<Integer, String> firstError = new TreeMap<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                String name = Path.of(d.getSource().toUri()).getFileName().toString();
                firstError.putIfAbsent(Integer.parseInt(name.replaceAll("\\D", "")), d.getMessage(Locale.ROOT));
            }
        }
        StringBuilder errors = new StringBuilder();
        firstError.forEach((i, message) -> errors.append(examples.get(i).where()).append(": ").append(message)
                .append("\n").append(examples.get(i).code()).append("\n\n"));
        return errors.toString();
    }

    /** Runs one example with System.out caught, so that what examples print stays out of the test log. */
    private static void run(Class<?> example, Example e) throws Exception {
        PrintStream console = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            example.getMethod("run").invoke(null);
        } catch (java.lang.reflect.InvocationTargetException failure) {
            throw new AssertionError(e.where() + " fails when run:\n" + e.code(), failure.getCause());
        } finally {
            System.setOut(console);
        }
    }

    private static List<Example> javadocExamples(Path root) throws IOException {
        List<Example> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("storage"))
                    .sorted().toList()) {
                String text = Files.readString(file);
                if (!PUBLIC_TYPE.matcher(text).find() && !file.endsWith("package-info.java")) {
                    continue;
                }
                Matcher m = JAVADOC_EXAMPLE.matcher(text);
                while (m.find()) {
                    found.add(new Example(file.toString(), m.group(1).replaceAll("(?m)^\\s*\\* ?", "")));
                }
            }
        }
        return found;
    }

    private static List<Example> readmeExamples(Path readme) {
        try {
            List<Example> found = new ArrayList<>();
            Matcher m = README_EXAMPLE.matcher(Files.readString(readme));
            while (m.find()) {
                String indent = m.group(1);
                found.add(new Example("README.md", m.group(2).replaceAll("(?m)^" + indent, "")));
            }
            assertFalse(found.isEmpty(), "no ```java block in " + readme);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
