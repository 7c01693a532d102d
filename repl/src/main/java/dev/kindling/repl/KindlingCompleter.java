package dev.kindling.repl;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import dev.kindling.embed.Introspection;
import dev.kindling.embed.ParameterList;
import dev.kindling.embed.Session;
import dev.kindling.embed.TypeInfo;
import dev.kindling.embed.ValueKind;
import dev.kindling.repl.commands.Commands;

/**
 * Tab completion for the Kindling prompt: commands, file names after {@code :load}/{@code :save},
 * keywords, builtins and names in scope, the attributes and methods of whatever a dotted name
 * refers to ({@code x.} lists the tensor's methods, {@code torch.} the module's members), and
 * keyword arguments inside a call ({@code torch.tensor(3.0, req} offers {@code requires_grad=};
 * an op's come from its schemas in the registry, so {@code torch.sum(x, ke} offers {@code keepdim=}).
 * Names are resolved by lookups alone, so pressing Tab never runs the learner's code (except
 * a class's {@code __dir__}, which lists what an object says it has).
 */
final class KindlingCompleter implements Completer, Commands.ArgumentCompleter {
    private final Session session;
    private final Introspection look;
    private final Commands commands;

    KindlingCompleter(Session session, Commands commands) {
        this.session = session;
        this.look = session.introspection();
        this.commands = commands;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        for (String c : complete(line.line(), line.cursor())) {
            int dot = c.lastIndexOf('.', c.length() - 2);
            String display = c.startsWith(":") || c.contains("/") || dot < 0 ? c : c.substring(dot + 1);
            boolean complete = !(c.endsWith("=") || c.endsWith("/") || c.endsWith("."));
            candidates.add(new Candidate(c, display, null, null, null, null, complete));
        }
    }

    /** The candidate words for the word ending at the cursor, each the whole replacement. */
    List<String> complete(String text, int cursor) {
        String before = text.substring(0, cursor);
        String word = EntryParser.wordAt(text, cursor).word();
        String trimmed = before.stripLeading();
        if (trimmed.startsWith(":")) {
            if (!trimmed.contains(" ")) {
                return filter(commands.names(), word);
            }
            return commands.completeArgument(trimmed, word, this);
        }
        Set<String> out = new LinkedHashSet<>();
        int dot = word.lastIndexOf('.');
        if (dot > 0) {
            String owner = word.substring(0, dot);
            String prefix = word.substring(dot + 1);
            // A string literal's methods are known without running anything.
            Object value = owner.matches("'[^'\\\\]*'|\"[^\"\\\\]*\"") ? "" : Names.resolve(session, owner).value();
            if (value != null) {
                for (String n : look.members(value)) {
                    if (n.startsWith(prefix) && (!n.startsWith("_") || prefix.startsWith("_"))) {
                        out.add(owner + "." + n);
                    }
                }
            }
            return new ArrayList<>(out);
        }
        for (String k : keywordArguments(before)) {
            if (k.startsWith(word)) {
                out.add(k + "=");
            }
        }
        List<String> names = new ArrayList<>(session.names());
        names.addAll(Names.KEYWORDS);
        names.addAll(look.builtinNames());
        for (String n : names) {
            if (n.startsWith(word) && (!n.startsWith("_") || word.startsWith("_"))) {
                out.add(n);
            }
        }
        return new ArrayList<>(out);
    }

    /** Keyword names of the call whose parenthesis is open at the end of {@code before}. */
    List<String> keywordArguments(String before) {
        int open = openParen(before);
        if (open < 0) {
            return List.of();
        }
        int start = open;
        while (start > 0 && EntryParser.isWordChar(before.charAt(start - 1))) {
            start--;
        }
        String callee = before.substring(start, open);
        if (callee.isEmpty()) {
            return List.of();
        }
        Names.Resolved r = Names.resolve(session, callee);
        List<String> names = new ArrayList<>();
        Optional<ParameterList> p = r.value() == null ? Optional.empty() : look.parameters(r.value());
        if (p.isPresent()) {
            names.addAll(p.get().keywordNames());
            names.remove("self");
        } else if (r.qualifiedName() != null) {
            names.addAll(Docs.parametersFromEntry(r.qualifiedName()));
            if (names.isEmpty() && look.kind(r.value()) == ValueKind.CLASS) {
                TypeInfo type = look.typeOf(r.value());
                names.addAll(Docs.parametersFromEntry(type.module() + "." + type.name()));
            }
        }
        return names;
    }

    /** Index of the innermost unclosed '(' outside strings, or -1. */
    static int openParen(String text) {
        List<Integer> stack = new ArrayList<>();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#') {
                int nl = text.indexOf('\n', i);
                if (nl < 0) {
                    break;
                }
                i = nl;
            } else if ("([{".indexOf(c) >= 0) {
                stack.add(c == '(' ? i : -1 - i);
            } else if (")]}".indexOf(c) >= 0 && !stack.isEmpty()) {
                stack.remove(stack.size() - 1);
            }
        }
        if (stack.isEmpty()) {
            return -1;
        }
        int last = stack.get(stack.size() - 1);
        return last >= 0 ? last : -1;
    }

    @Override
    public List<String> code(String word) {
        return complete(word, word.length());
    }

    /** File and folder names for {@code :load} and {@code :save}, relative to the working directory. */
    @Override
    public List<String> files(String word) {
        String dirPart = word.contains("/") ? word.substring(0, word.lastIndexOf('/') + 1) : "";
        Path dir = Path.of(dirPart.isEmpty() ? "." : dirPart.startsWith("~/")
                ? System.getProperty("user.home") + dirPart.substring(1) : dirPart);
        List<String> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.forEach(p -> {
                String name = p.getFileName().toString();
                if ((dirPart + name).startsWith(word) && (!name.startsWith(".") || word.endsWith("."))) {
                    out.add(dirPart + name + (Files.isDirectory(p) ? File.separator : ""));
                }
            });
        } catch (Exception e) {
            return out;
        }
        out.sort(null);
        return out;
    }

    static List<String> filter(List<String> options, String prefix) {
        List<String> out = new ArrayList<>();
        for (String o : options) {
            if (o.startsWith(prefix)) {
                out.add(o);
            }
        }
        return out;
    }
}
