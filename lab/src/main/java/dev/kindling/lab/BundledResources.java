package dev.kindling.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Everything the Lab serves besides its API: the page, its script and style, and uPlot from its
 * WebJar, all read from the jar. The table is the whole list; no path reaches any other file.
 */
final class BundledResources {
    /** uPlot's WebJar version (lab/pom.xml); its files sit under this folder of the jar. */
    static final String UPLOT = "/META-INF/resources/webjars/uplot/1.6.30/dist/";
    private static final String WEB = "/dev/kindling/lab/web/";

    /** URL path, then the jar's resource and its content type. */
    static final Map<String, String[]> FILES = Map.ofEntries(
            Map.entry("/", new String[] {WEB + "index.html", "text/html; charset=utf-8"}),
            Map.entry("/lab.js", new String[] {WEB + "lab.js", "text/javascript; charset=utf-8"}),
            Map.entry("/quiz.js", new String[] {WEB + "quiz.js", "text/javascript; charset=utf-8"}),
            Map.entry("/graph.js", new String[] {WEB + "graph.js", "text/javascript; charset=utf-8"}),
            Map.entry("/variables.js", new String[] {WEB + "variables.js", "text/javascript; charset=utf-8"}),
            Map.entry("/figures.js", new String[] {WEB + "figures.js", "text/javascript; charset=utf-8"}),
            Map.entry("/flow.js", new String[] {WEB + "flow.js", "text/javascript; charset=utf-8"}),
            Map.entry("/stepper.js", new String[] {WEB + "stepper.js", "text/javascript; charset=utf-8"}),
            Map.entry("/lessons.js", new String[] {WEB + "lessons.js", "text/javascript; charset=utf-8"}),
            Map.entry("/lab.css", new String[] {WEB + "lab.css", "text/css; charset=utf-8"}),
            Map.entry("/vendor/uPlot.iife.min.js", new String[] {UPLOT + "uPlot.iife.min.js", "text/javascript; charset=utf-8"}),
            Map.entry("/vendor/uPlot.min.css", new String[] {UPLOT + "uPlot.min.css", "text/css; charset=utf-8"}));

    private BundledResources() {}

    static byte[] read(String resource) {
        try (InputStream in = BundledResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the Lab's jar lacks " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
