package dev.kindling.lang.modules.argparse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kindling.lang.ast.BinaryOp;
import dev.kindling.lang.objects.Arith;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyDict;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.Repr;

/**
 * The usage line and help text of a parser, laid out as CPython 3.11's
 * {@code argparse.HelpFormatter} lays them out for an 80-column output (what CPython uses when
 * its output is not a terminal): usage wrapped after the program name, help at column 24,
 * "positional arguments:" and "options:" sections. Text is wrapped at spaces only.
 */
final class HelpFormatter {
    private static final int WIDTH = 78;
    private static final int MAX_HELP_POSITION = 24;
    private static final Pattern USAGE_PART = Pattern.compile("\\(.*?\\)+(?=\\s|$)|\\[.*?\\]+(?=\\s|$)|\\S+");

    private HelpFormatter() {}

    /** {@code format_usage()}: "usage: prog [-h] ...\n". */
    static String usage(String prog, List<Argument> arguments) {
        return "usage: " + usageBody(prog, arguments) + "\n";
    }

    /** {@code format_help()}. */
    static String help(String prog, String description, String epilog, List<Argument> arguments) {
        StringBuilder out = new StringBuilder("usage: ").append(usageBody(prog, arguments)).append("\n\n");
        if (description != null) {
            out.append(fill(description.replace("%(prog)s", prog), "")).append("\n\n");
        }
        List<Argument> positionals = arguments.stream().filter(a -> a.positional() && !a.hidden()).toList();
        List<Argument> optionals = arguments.stream().filter(a -> !a.positional() && !a.hidden()).toList();
        int helpPosition = Math.min(maxInvocation(arguments) + 2, MAX_HELP_POSITION);
        section(out, "positional arguments", positionals, prog, helpPosition);
        section(out, "options", optionals, prog, helpPosition);
        if (epilog != null) {
            out.append(fill(epilog.replace("%(prog)s", prog), "")).append("\n\n");
        }
        return out.toString().replaceAll("\n\n\n+", "\n\n").replaceAll("^\n+|\n+$", "") + "\n";
    }

    private static int maxInvocation(List<Argument> arguments) {
        int longest = 0;
        for (Argument a : arguments) {
            if (!a.hidden()) {
                longest = Math.max(longest, invocation(a).length() + 2);
            }
        }
        return longest;
    }

    private static void section(StringBuilder out, String title, List<Argument> arguments, String prog,
            int helpPosition) {
        if (arguments.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append(":\n");
        int actionWidth = helpPosition - 4;
        for (Argument a : arguments) {
            String header = invocation(a);
            String helpText = expandedHelp(a, prog);
            if (helpText == null) {
                out.append("  ").append(header).append('\n');
                continue;
            }
            List<String> lines = wrap(helpText, Math.max(WIDTH - helpPosition, 11));
            if (header.length() <= actionWidth) {
                out.append("  ").append(pad(header, actionWidth)).append("  ");
            } else {
                out.append("  ").append(header).append('\n').append(" ".repeat(helpPosition));
            }
            out.append(lines.isEmpty() ? "" : lines.get(0)).append('\n');
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                out.append(" ".repeat(helpPosition)).append(line).append('\n');
            }
        }
        out.append('\n');
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** The help text with {@code %(default)s}, {@code %(prog)s} and the like filled in; null when there is none. */
    private static String expandedHelp(Argument a, String prog) {
        if (!(a.help() instanceof String text) || text.isBlank()) {
            return null;
        }
        if (!text.contains("%")) {
            return text;
        }
        PyDict params = new PyDict();
        params.put("prog", prog);
        params.put("dest", a.dest());
        params.put("default", a.defaultValue() == null ? PyNone.NONE : a.defaultValue());
        params.put("type", a.type() == null ? PyNone.NONE : a.type());
        params.put("choices", a.choices() == null ? PyNone.NONE : a.choices());
        params.put("const", a.constant() == null ? PyNone.NONE : a.constant());
        params.put("metavar", a.metavar() == null ? PyNone.NONE : a.metavar());
        params.put("required", a.required());
        params.put("nargs", a.nargs() == null ? PyNone.NONE : a.nargs());
        params.put("help", text);
        params.put("option_strings", new dev.kindling.lang.objects.PyList(new ArrayList<>(a.optionStrings())));
        return (String) Arith.binary(BinaryOp.MOD, text, params);
    }

    /** How an argument is named in its help line: {@code -n EPOCHS, --epochs EPOCHS}, or a positional's metavar. */
    static String invocation(Argument a) {
        if (a.positional()) {
            return metavar(a, a.dest());
        }
        if (Long.valueOf(0).equals(a.nargs())) {
            return String.join(", ", a.optionStrings());
        }
        String args = formatArgs(a, a.dest().toUpperCase(java.util.Locale.ROOT));
        List<String> parts = new ArrayList<>();
        for (String option : a.optionStrings()) {
            parts.add(option + " " + args);
        }
        return String.join(", ", parts);
    }

    private static String metavar(Argument a, String fallback) {
        if (a.metavar() != null && a.metavar() != PyNone.NONE) {
            return Repr.str(a.metavar());
        }
        if (a.choices() != null && a.choices() != PyNone.NONE) {
            List<String> names = new ArrayList<>();
            for (Object choice : Ops.toList(a.choices())) {
                names.add(Repr.str(choice));
            }
            return "{" + String.join(",", names) + "}";
        }
        return fallback;
    }

    /** The strings an argument takes, as usage shows them: {@code M}, {@code [M]}, {@code [M ...]}, {@code M [M ...]}. */
    private static String formatArgs(Argument a, String fallback) {
        String m = metavar(a, fallback);
        Object nargs = a.nargs();
        if (nargs == null) {
            return m;
        }
        return switch (nargs.toString()) {
            case "?" -> "[" + m + "]";
            case "*" -> "[" + m + " ...]";
            case "+" -> m + " [" + m + " ...]";
            default -> String.join(" ", java.util.Collections.nCopies((int) Ops.toLong(nargs), m));
        };
    }

    private static String usagePart(Argument a) {
        if (a.positional()) {
            return formatArgs(a, a.dest());
        }
        String first = a.optionStrings().get(0);
        String part = Long.valueOf(0).equals(a.nargs()) ? first
                : first + " " + formatArgs(a, a.dest().toUpperCase(java.util.Locale.ROOT));
        return a.required() ? part : "[" + part + "]";
    }

    /** The usage after "usage: ": optionals then positionals, wrapped as CPython wraps them when too long. */
    private static String usageBody(String prog, List<Argument> arguments) {
        List<String> optionals = new ArrayList<>();
        List<String> positionals = new ArrayList<>();
        for (Argument a : arguments) {
            if (!a.hidden()) {
                (a.positional() ? positionals : optionals).add(usagePart(a));
            }
        }
        String all = String.join(" ", concat(List.of(prog), concat(optionals, positionals))).strip();
        String prefix = "usage: ";
        if (prefix.length() + all.length() <= WIDTH) {
            return all;
        }
        List<String> optParts = parts(String.join(" ", optionals));
        List<String> posParts = parts(String.join(" ", positionals));
        List<String> lines = new ArrayList<>();
        if (prefix.length() + prog.length() <= 0.75 * WIDTH) {
            String indent = " ".repeat(prefix.length() + prog.length() + 1);
            if (!optParts.isEmpty()) {
                lines.addAll(lines(concat(List.of(prog), optParts), indent, prefix));
                lines.addAll(lines(posParts, indent, null));
            } else if (!posParts.isEmpty()) {
                lines.addAll(lines(concat(List.of(prog), posParts), indent, prefix));
            } else {
                lines.add(prog);
            }
        } else {
            String indent = " ".repeat(prefix.length());
            List<String> body = lines(concat(optParts, posParts), indent, null);
            if (body.size() > 1) {
                body = concat(lines(optParts, indent, null), lines(posParts, indent, null));
            }
            lines.add(prog);
            lines.addAll(body);
        }
        return String.join("\n", lines);
    }

    private static List<String> parts(String usage) {
        List<String> parts = new ArrayList<>();
        Matcher m = USAGE_PART.matcher(usage);
        while (m.find()) {
            parts.add(m.group());
        }
        return parts;
    }

    /** CPython's get_lines: parts joined by spaces, a new indented line when the next would pass the width. */
    private static List<String> lines(List<String> parts, String indent, String prefix) {
        List<String> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        int lineLength = (prefix != null ? prefix.length() : indent.length()) - 1;
        for (String part : parts) {
            if (lineLength + 1 + part.length() > WIDTH && !line.isEmpty()) {
                lines.add(indent + String.join(" ", line));
                line = new ArrayList<>();
                lineLength = indent.length() - 1;
            }
            line.add(part);
            lineLength += part.length() + 1;
        }
        if (!line.isEmpty()) {
            lines.add(indent + String.join(" ", line));
        }
        if (prefix != null && !lines.isEmpty()) {
            lines.set(0, lines.get(0).substring(indent.length()));
        }
        return lines;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A paragraph with its whitespace collapsed, wrapped at the usage width. */
    private static String fill(String text, String indent) {
        List<String> lines = wrap(text, WIDTH);
        return indent + String.join("\n" + indent, lines);
    }

    /** Greedy wrapping at spaces, as textwrap.wrap does for text without hyphens; a word longer than the width is split. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            while (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
