package dev.kindling.lang.modules.argparse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Exceptions;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyInstance;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.Repr;

/**
 * One run of {@code parse_known_args} over a list of strings, following CPython 3.11's
 * algorithm: each string is classified as an option ('O') or an argument ('A'), positionals take
 * the arguments between options in chunks by matching their nargs patterns against those
 * letters, options take what their nargs pattern matches after them, and the values are
 * converted, checked against choices and stored as each action stores them.
 */
final class ArgvParsing {
    /** An error about one argument, reported as "argument NAME: message" (or the message alone). */
    static final class Failure extends RuntimeException {
        Failure(Argument argument, String message) {
            super(argument == null ? message : "argument " + argument.displayName() + ": " + message, null, false,
                    false);
        }
    }

    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("^-\\d+$|^-\\d*\\.\\d+$");

    /** An option string found at an index: the action (null when unknown), the option as written, an {@code =value}. */
    private record Found(Argument argument, String option, String explicit) {}

    private final ScriptArgumentParser parser;
    private final List<String> strings;
    private final PyInstance namespace;
    private final Map<Integer, Found> options = new LinkedHashMap<>();
    private final List<String> extras = new ArrayList<>();
    private final Set<Argument> seen = new HashSet<>();
    private final List<Argument> positionals;
    private String letters;

    ArgvParsing(ScriptArgumentParser parser, List<String> strings, PyInstance namespace) {
        this.parser = parser;
        this.strings = strings;
        this.namespace = namespace;
        this.positionals = new ArrayList<>(parser.arguments().stream().filter(Argument::positional).toList());
    }

    /** Parses into the namespace; returns the strings no argument took. */
    List<String> run() {
        classify();
        int maxOption = options.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        int start = 0;
        while (start <= maxOption) {
            int next = nextOption(start);
            if (start != next) {
                int end = consumePositionals(start);
                if (end > start) {
                    start = end;
                    continue;
                }
                start = end;
            }
            if (!options.containsKey(start)) {
                extras.addAll(strings.subList(start, next));
                start = next;
            }
            start = consumeOptional(start);
        }
        int stop = consumePositionals(start);
        extras.addAll(strings.subList(stop, strings.size()));
        finish();
        return extras;
    }

    private int nextOption(int from) {
        return options.keySet().stream().filter(i -> i >= from).mapToInt(Integer::intValue).min().orElse(from);
    }

    private void classify() {
        StringBuilder pattern = new StringBuilder();
        boolean afterDashes = false;
        for (int i = 0; i < strings.size(); i++) {
            String s = strings.get(i);
            if (afterDashes) {
                pattern.append('A');
            } else if (s.equals("--")) {
                pattern.append('-');
                afterDashes = true;
            } else {
                Found found = parseOptional(s);
                if (found == null) {
                    pattern.append('A');
                } else {
                    options.put(i, found);
                    pattern.append('O');
                }
            }
        }
        letters = pattern.toString();
    }

    private Found parseOptional(String s) {
        if (s.isEmpty() || s.charAt(0) != '-') {
            return null;
        }
        Argument exact = parser.option(s);
        if (exact != null) {
            return new Found(exact, s, null);
        }
        if (s.length() == 1) {
            return null;
        }
        int eq = s.indexOf('=');
        if (eq >= 0 && parser.option(s.substring(0, eq)) != null) {
            return new Found(parser.option(s.substring(0, eq)), s.substring(0, eq), s.substring(eq + 1));
        }
        List<Found> candidates = prefixMatches(s);
        if (candidates.size() > 1) {
            List<String> names = candidates.stream().map(Found::option).toList();
            throw new Failure(null, "ambiguous option: " + (eq >= 0 ? s.substring(0, eq) : s) + " could match "
                    + String.join(", ", names));
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (NEGATIVE_NUMBER.matcher(s).matches() && !parser.hasNegativeNumberOptions()) {
            return null;
        }
        if (s.contains(" ")) {
            return null;
        }
        return new Found(null, s, null);
    }

    /** CPython 3.11's _get_option_tuples: long options by prefix, and a short option with its value attached. */
    private List<Found> prefixMatches(String s) {
        List<Found> found = new ArrayList<>();
        if (s.startsWith("--")) {
            int eq = s.indexOf('=');
            String prefix = eq >= 0 ? s.substring(0, eq) : s;
            String explicit = eq >= 0 ? s.substring(eq + 1) : null;
            for (String option : parser.optionStrings()) {
                if (option.startsWith(prefix)) {
                    found.add(new Found(parser.option(option), option, explicit));
                }
            }
        } else {
            String shortOption = s.substring(0, 2);
            for (String option : parser.optionStrings()) {
                if (option.equals(shortOption)) {
                    found.add(new Found(parser.option(option), option, s.substring(2)));
                } else if (option.startsWith(s)) {
                    found.add(new Found(parser.option(option), option, null));
                }
            }
        }
        return found;
    }

    private int consumePositionals(int start) {
        List<Integer> counts = matchPartial(positionals, letters.substring(start));
        for (int i = 0; i < counts.size(); i++) {
            int count = counts.get(i);
            take(positionals.get(i), new ArrayList<>(strings.subList(start, start + count)));
            start += count;
        }
        positionals.subList(0, counts.size()).clear();
        return start;
    }

    /** As many of the arguments as can match the letters from the start, with the strings each takes. */
    private static List<Integer> matchPartial(List<Argument> arguments, String letters) {
        for (int i = arguments.size(); i > 0; i--) {
            StringBuilder pattern = new StringBuilder();
            for (Argument a : arguments.subList(0, i)) {
                pattern.append(a.pattern());
            }
            Matcher m = Pattern.compile(pattern.toString()).matcher(letters);
            if (m.lookingAt()) {
                List<Integer> counts = new ArrayList<>();
                for (int g = 1; g <= m.groupCount(); g++) {
                    counts.add(m.group(g).length());
                }
                return counts;
            }
        }
        return List.of();
    }

    private int consumeOptional(int start) {
        Found found = options.get(start);
        Argument argument = found.argument();
        String option = found.option();
        String explicit = found.explicit();
        while (true) {
            if (argument == null) {
                extras.add(strings.get(start));
                return start + 1;
            }
            if (explicit == null) {
                int from = start + 1;
                int count = matchArgument(argument, letters.substring(from));
                take(argument, new ArrayList<>(strings.subList(from, from + count)));
                return from + count;
            }
            int count = matchArgument(argument, "A");
            if (count == 0 && option.charAt(1) != '-' && !explicit.isEmpty()) {
                take(argument, new ArrayList<>());
                String combined = "-" + explicit.charAt(0);
                if (parser.option(combined) == null) {
                    throw new Failure(argument, "ignored explicit argument " + Repr.repr(explicit));
                }
                argument = parser.option(combined);
                option = combined;
                explicit = explicit.length() > 1 ? explicit.substring(1) : null;
            } else if (count == 1) {
                take(argument, new ArrayList<>(List.of(explicit)));
                return start + 1;
            } else {
                throw new Failure(argument, "ignored explicit argument " + Repr.repr(explicit));
            }
        }
    }

    private static int matchArgument(Argument argument, String letters) {
        Matcher m = Pattern.compile(argument.pattern()).matcher(letters);
        if (m.lookingAt()) {
            return m.group(1).length();
        }
        Object nargs = argument.nargs();
        String message = nargs == null ? "expected one argument" : switch (nargs.toString()) {
            case "?" -> "expected at most one argument";
            case "+" -> "expected at least one argument";
            default -> Ops.toLong(nargs) == 1 ? "expected 1 argument" : "expected " + nargs + " arguments";
        };
        throw new Failure(argument, message);
    }

    private void take(Argument argument, List<String> given) {
        seen.add(argument);
        Object values = values(argument, given);
        String dest = argument.dest();
        switch (argument.action()) {
            case "store" -> namespace.dict().put(dest, values);
            case "store_const", "store_true", "store_false" -> namespace.dict().put(dest, argument.constant());
            case "append" -> {
                Object old = namespace.dict().get(dest);
                List<Object> items = old == null || old == PyNone.NONE ? new ArrayList<>() : Ops.toList(old);
                items.add(values);
                namespace.dict().put(dest, new PyList(items));
            }
            case "count" -> {
                Object old = namespace.dict().get(dest);
                long count = old == null || old == PyNone.NONE ? 0 : Ops.toLong(old);
                namespace.dict().put(dest, count + 1);
            }
            case "help" -> {
                parser.printHelp(PyNone.NONE);
                throw parser.exit(0L, null);
            }
            default -> throw new IllegalStateException(argument.action());
        }
    }

    /** CPython's _get_values: the converted value or list of values an argument's strings give. */
    private Object values(Argument argument, List<String> given) {
        given.remove("--");
        Object nargs = argument.nargs();
        if (given.isEmpty() && "?".equals(nargs)) {
            Object value = argument.positional() ? argument.defaultValue() : argument.constant();
            value = value == null ? PyNone.NONE : value;
            if (value instanceof String s) {
                value = convert(argument, s);
                check(argument, value);
            }
            return value;
        }
        if (given.isEmpty() && "*".equals(nargs) && argument.positional()) {
            Object value = argument.defaultValue() != null && argument.defaultValue() != PyNone.NONE
                    ? argument.defaultValue() : new PyList(new ArrayList<>());
            check(argument, value);
            return value;
        }
        if (given.size() == 1 && (nargs == null || "?".equals(nargs))) {
            Object value = convert(argument, given.get(0));
            check(argument, value);
            return value;
        }
        List<Object> values = new ArrayList<>();
        for (String s : given) {
            values.add(convert(argument, s));
        }
        for (Object v : values) {
            check(argument, v);
        }
        return new PyList(values);
    }

    /** The type's result for one string; CPython's "invalid int value: 'x'" when it raises ValueError or TypeError. */
    Object convert(Argument argument, String s) {
        if (argument.type() == null || argument.type() == PyNone.NONE) {
            return s;
        }
        try {
            return Ops.call(argument.type(), new Object[] {s}, null);
        } catch (KindlingError e) {
            Object raised = Exceptions.instance(e);
            if (Ops.typeOf(raised).isSubclassOf(ArgparseModule.ARGUMENT_TYPE_ERROR)) {
                throw new Failure(argument, Exceptions.message(raised));
            }
            if (e.type().isSubtypeOf(ErrorType.TYPE_ERROR) || e.type().isSubtypeOf(ErrorType.VALUE_ERROR)) {
                Object name = Ops.findAttr(argument.type(), "__name__");
                throw new Failure(argument, "invalid " + (name == null ? Repr.repr(argument.type()) : Repr.str(name))
                        + " value: " + Repr.repr(s));
            }
            throw e;
        }
    }

    private static void check(Argument argument, Object value) {
        Object choices = argument.choices();
        if (choices == null || choices == PyNone.NONE || Ops.contains(choices, value)) {
            return;
        }
        List<String> shown = new ArrayList<>();
        for (Object c : Ops.toList(choices)) {
            shown.add(Repr.repr(c));
        }
        throw new Failure(argument, "invalid choice: " + Repr.repr(value) + " (choose from " + String.join(", ", shown)
                + ")");
    }

    /** Required arguments never seen are an error; string defaults of the others go through their type. */
    private void finish() {
        List<String> missing = new ArrayList<>();
        for (Argument a : parser.arguments()) {
            if (seen.contains(a)) {
                continue;
            }
            if (a.required()) {
                missing.add(a.displayName());
            } else if (a.defaultValue() instanceof String s && namespace.dict().get(a.dest()) == s) {
                namespace.dict().put(a.dest(), convert(a, s));
            }
        }
        if (!missing.isEmpty()) {
            throw new Failure(null, "the following arguments are required: " + String.join(", ", missing));
        }
    }
}
