package dev.kindling.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * A plain start of the command pays nothing for Kindling Lab: a JVM that runs code without
 * {@code --lab} loads none of the Lab's or its server's classes, and one with it does.
 */
class LabLoadsOnlyWhenAskedTest {
    @Test
    void aPlainRunLoadsNoLabClass() throws Exception {
        List<String> loaded = loadedClasses("-c", "import torch\nprint(torch.ones(2).sum().item())");
        assertTrue(loaded.stream().anyMatch(l -> l.contains("dev.kindling.repl.Main")), "the log lists loaded classes");
        assertEquals(List.of(), loaded.stream().filter(LabLoadsOnlyWhenAskedTest::isLab).toList());
    }

    @Test
    void theLabOptionLoadsIt() throws Exception {
        List<String> loaded = loadedClasses("--lab", "-c", "pass");
        assertTrue(loaded.stream().anyMatch(l -> l.contains("dev.kindling.lab.Lab ")), "the Lab was loaded");
        assertTrue(loaded.stream().anyMatch(l -> l.contains("io.javalin.Javalin ")), "its server was loaded");
    }

    private static boolean isLab(String line) {
        return line.contains("dev.kindling.lab.") || line.contains("io.javalin.") || line.contains("org.eclipse.jetty.");
    }

    private static List<String> loadedClasses(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xlog:class+load=info",
                "-cp", System.getProperty("java.class.path"), "dev.kindling.repl.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }
}
