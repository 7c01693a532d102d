package dev.kindling.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.kindling.embed.Introspection;
import dev.kindling.embed.Kindling;
import dev.kindling.embed.OpHelp;
import dev.kindling.embed.Session;
import dev.kindling.embed.ValueKind;
import dev.kindling.errors.KindlingError;

/**
 * The docs keep their promise (issue 6): every public torch function, Tensor method, nn class,
 * optimizer, scheduler, data and plotting function and builtin function is documented, either in
 * docs.txt or, for an op, in the op registry; every docs.txt example runs and prints what the
 * entry says; every registry example runs; and no docs.txt entry repeats an op the registry documents.
 */
class DocsTest {
    private static final String PRELUDE = "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n"
            + "import matplotlib.pyplot as plt\n";

    /**
     * Entries whose examples are shown but not run, because they need the outside world: a file on
     * disk, or help()'s own page which only the REPL prints.
     */
    private static final Set<String> NOT_RUN = Set.of("open", "help", "torch.save", "matplotlib.pyplot.show");

    /** One entry of docs.txt: its header names and its lines after the header. */
    record Entry(List<String> names, List<String> lines) {}

    static List<Entry> entries() throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = Docs.class.getResourceAsStream("docs.txt")) {
            assertNotNull(in, "docs.txt is on the classpath");
            List<String> names = null;
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.startsWith("== ")) {
                    if (names != null) {
                        entries.add(new Entry(names, lines));
                    }
                    names = new ArrayList<>();
                    for (String n : line.substring(3).split("\\|")) {
                        names.add(n.strip());
                    }
                    lines = new ArrayList<>();
                } else if (names != null) {
                    lines.add(line);
                }
            }
            if (names != null) {
                entries.add(new Entry(names, lines));
            }
        }
        return entries;
    }

    /** A statement typed at the prompt (with its "..." lines) and the output it should print. */
    record Example(String code, String expected) {}

    static List<Example> examples(Entry entry) {
        List<Example> out = new ArrayList<>();
        List<String> lines = new ArrayList<>(entry.lines());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        int i = 0;
        while (i < lines.size() && !lines.get(i).startsWith(">>> ")) {
            i++;
        }
        while (i < lines.size()) {
            StringBuilder code = new StringBuilder(lines.get(i++).substring(4));
            boolean compound = false;
            while (i < lines.size() && (lines.get(i).startsWith("... ") || lines.get(i).equals("..."))) {
                code.append('\n').append(lines.get(i).length() > 4 ? lines.get(i).substring(4) : "");
                compound = true;
                i++;
            }
            StringBuilder expected = new StringBuilder();
            while (i < lines.size() && !lines.get(i).startsWith(">>> ")) {
                expected.append(lines.get(i++)).append('\n');
            }
            out.add(new Example(compound ? code + "\n" : code.toString(), expected.toString()));
        }
        return out;
    }

    @Test
    void everyEntryHasAnExampleAndEveryExamplePrintsWhatTheEntrySays() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Entry entry : entries()) {
            List<Example> examples = examples(entry);
            String title = String.join(" | ", entry.names());
            if (examples.isEmpty()) {
                failures.add(title + ": no example");
                continue;
            }
            if (entry.names().stream().anyMatch(NOT_RUN::contains)) {
                continue;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            try (Session session = Kindling.builder().out(out).err(out).build().newSession()) {
                // input() examples read "Ada", shown after the prompt as a terminal echoes it.
                session.setInput(prompt -> {
                    out.print(prompt + "Ada\n");
                    return "Ada";
                });
                session.exec(PRELUDE);
                for (Example example : examples) {
                    bytes.reset();
                    try {
                        session.execInteractive(example.code());
                    } catch (KindlingError e) {
                        out.print(Session.formatError(e));
                    }
                    String actual = bytes.toString(StandardCharsets.UTF_8);
                    if (!actual.equals(example.expected())) {
                        failures.add(title + ":\n>>> " + example.code() + "\nexpected:\n" + example.expected()
                                + "printed:\n" + actual);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " examples fail:\n\n" + String.join("\n", failures));
    }

    /** A header name that appears twice would silently replace the first entry. */
    @Test
    void noNameHasTwoEntries() throws IOException {
        Set<String> seen = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        for (Entry entry : entries()) {
            for (String n : entry.names()) {
                if (!seen.add(n)) {
                    twice.add(n);
                }
            }
        }
        assertEquals(List.of(), twice);
    }

    /** Each op's example, a line that calls it, runs without error (its output is not recorded). */
    @Test
    void everyRegistryExampleRuns() {
        List<String> failures = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        List<String> examples = OpHelp.examples();
        try (Session session = Kindling.builder().out(out).err(out).build().newSession()) {
            session.exec(PRELUDE);
            for (String example : examples) {
                try {
                    session.exec(example, "<example>");
                } catch (KindlingError e) {
                    failures.add(example + "\n" + Session.formatError(e));
                }
            }
        }
        assertFalse(examples.isEmpty(), "the registry declares ops");
        assertTrue(failures.isEmpty(), failures.size() + " examples fail:\n\n" + String.join("\n", failures));
    }

    /** An op's signature and example live in its declaration; docs.txt would be a second copy that drifts. */
    @Test
    void noEntryRepeatsAnOpOfTheRegistry() throws IOException {
        Set<String> repeated = new TreeSet<>();
        for (Entry entry : entries()) {
            for (String n : entry.names()) {
                if (OpHelp.help(n) != null) {
                    repeated.add(n);
                }
            }
        }
        assertEquals(Set.of(), repeated);
    }

    @Test
    void everyPublicApiHasAnEntry() {
        Set<String> missing = new TreeSet<>();
        try (Session session = Kindling.builder().build().newSession()) {
            session.exec(PRELUDE + "import torch.nn.init\nimport torch.optim\nimport torch.optim.lr_scheduler\n"
                    + "import torch.utils.data\nimport torch.autograd\n");
            Introspection look = session.introspection();
            for (String module : List.of("torch", "torch.nn.functional", "torch.nn.init", "torch.utils.data",
                    "torch.autograd", "matplotlib.pyplot", "torch.nn", "torch.optim", "torch.optim.lr_scheduler")) {
                Object m = session.eval(module.equals("matplotlib.pyplot") ? "plt" : module);
                assertEquals(ValueKind.MODULE, look.kind(m), module);
                for (String n : Docs.publicNames(look.dir(m))) {
                    ValueKind kind = look.kind(look.attribute(m, n));
                    // Functions and classes; not submodules, and not dtype constants such as torch.float32.
                    if (kind == ValueKind.BUILTIN || kind == ValueKind.CLASS) {
                        check(missing, module + "." + n);
                    }
                }
            }
            Object tensorClass = look.attribute(session.get("torch"), "Tensor");
            for (String n : Docs.publicNames(look.dir(tensorClass))) {
                check(missing, "Tensor." + n);
            }
            for (String n : Docs.publicNames(look.builtinNames())) {
                if (look.kind(look.lookup(n)) == ValueKind.BUILTIN) {
                    check(missing, n);
                }
            }
        }
        missing.removeAll(NOT_YET_DOCUMENTED);
        assertEquals(Set.of(), missing, missing.size() + " names have neither an entry in docs.txt nor an op in the registry");
    }

    /** Documented: an entry in docs.txt, or an op whose help the registry gives (its schemas, text and example). */
    private static void check(Set<String> missing, String name) {
        if (Docs.named(name) == null) {
            missing.add(name);
        }
    }

    /** TEMPORARY: names still waiting for an entry (issue 6). Shrink this list; never grow it. */
    private static final Set<String> NOT_YET_DOCUMENTED = Set.of();
}
