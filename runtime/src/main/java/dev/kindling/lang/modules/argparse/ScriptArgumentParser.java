package dev.kindling.lang.modules.argparse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.Context;
import dev.kindling.lang.objects.Callable;
import dev.kindling.lang.objects.Exceptions;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyInstance;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.lang.objects.Repr;

/**
 * An {@code argparse.ArgumentParser}: its arguments in the order added, its option strings, and
 * what parsing, help and errors do with the session's streams. {@code error()} prints the usage
 * and "prog: error: message" to the session's stderr and raises SystemExit(2), as CPython does.
 */
final class ScriptArgumentParser {
    private static final Set<String> ACTIONS = Set.of("store", "store_const", "store_true", "store_false", "append",
            "count", "help");

    private final Context context;
    private final String prog;
    private final String description;
    private final String epilog;
    private final List<Argument> arguments = new ArrayList<>();
    private final Map<String, Argument> byOption = new LinkedHashMap<>();
    private final Map<String, Object> defaults = new LinkedHashMap<>();

    ScriptArgumentParser(Context context, String prog, String description, String epilog, boolean addHelp) {
        this.context = context;
        this.prog = prog;
        this.description = description;
        this.epilog = epilog;
        if (addHelp) {
            add(new Argument(List.of("-h", "--help"), ArgparseModule.SUPPRESS, "help", 0L, null,
                    ArgparseModule.SUPPRESS, null, null, false, "show this help message and exit", null));
        }
    }

    List<Argument> arguments() {
        return arguments;
    }

    Argument option(String optionString) {
        return byOption.get(optionString);
    }

    Set<String> optionStrings() {
        return byOption.keySet();
    }

    boolean hasNegativeNumberOptions() {
        return byOption.keySet().stream().anyMatch(o -> o.matches("^-\\d+$|^-\\d*\\.\\d+$"));
    }

    /** {@code add_argument(*names, **kwargs)} with CPython's checks and errors. */
    Argument addArgument(Object[] names, Map<String, Object> kw) {
        Map<String, Object> given = kw == null ? new LinkedHashMap<>() : new LinkedHashMap<>(kw);
        List<String> strings = new ArrayList<>();
        for (Object n : names) {
            strings.add((String) n);
        }
        boolean positional = strings.isEmpty() || strings.size() == 1 && !strings.get(0).startsWith("-");
        if (positional && given.containsKey("required")) {
            throw KindlingError.typeError("'required' is an invalid argument for positionals");
        }
        if (!positional) {
            for (String s : strings) {
                if (s.isEmpty() || s.charAt(0) != '-') {
                    throw KindlingError.valueError("invalid option string " + Repr.repr(s)
                            + ": must start with a character '-'");
                }
            }
        }
        Object actionArg = given.remove("action");
        String action = actionArg == null ? "store" : Repr.str(actionArg);
        if (!ACTIONS.contains(action)) {
            throw KindlingError.valueError("unknown action \"" + action + "\"");
        }
        checkKeywords(action, given.keySet());
        Object nargs = nargs(action, given.get("nargs"));
        String dest = given.get("dest") instanceof String d ? d : positional ? strings.get(0) : dest(strings);
        Object type = given.get("type");
        if (type != null && type != PyNone.NONE && !(type instanceof Callable)
                && Ops.typeOf(type).lookup("__call__") == null) {
            throw KindlingError.valueError(Repr.repr(type) + " is not callable");
        }
        boolean required = positional
                ? !"?".equals(nargs) && !"*".equals(nargs) || "*".equals(nargs) && !given.containsKey("default")
                : given.get("required") != null && Ops.truthy(given.get("required"));
        Object constant = switch (action) {
            case "store_true" -> Boolean.TRUE;
            case "store_false" -> Boolean.FALSE;
            default -> given.getOrDefault("const", PyNone.NONE);
        };
        Object fallback = given.containsKey("default") ? given.get("default") : switch (action) {
            case "store_true" -> Boolean.FALSE;
            case "store_false" -> Boolean.TRUE;
            default -> PyNone.NONE;
        };
        Argument argument = new Argument(positional ? List.of() : List.copyOf(strings), dest, action, nargs, constant,
                fallback, type, given.get("choices"), required, given.get("help"), given.get("metavar"));
        if (!positional) {
            for (String s : strings) {
                if (byOption.containsKey(s)) {
                    throw Exceptions.toError(ArgparseModule.ARGUMENT_ERROR.call(new Object[] {"argument "
                            + argument.displayName() + ": conflicting option string: " + s}, null));
                }
            }
        }
        add(argument);
        return argument;
    }

    private void add(Argument argument) {
        arguments.add(argument);
        for (String s : argument.optionStrings()) {
            byOption.put(s, argument);
        }
    }

    /** The keywords each action class accepts; any other is CPython's TypeError from its __init__. */
    private static void checkKeywords(String action, Set<String> keywords) {
        Set<String> allowed = switch (action) {
            case "store", "append" -> Set.of("nargs", "const", "default", "type", "choices", "required", "help",
                    "metavar", "dest");
            case "store_const" -> Set.of("const", "default", "required", "help", "metavar", "dest");
            case "help" -> Set.of("default", "help", "dest");
            default -> Set.of("default", "required", "help", "dest");
        };
        for (String k : keywords) {
            if (!allowed.contains(k)) {
                String cls = switch (action) {
                    case "store_const" -> "_StoreConstAction";
                    case "store_true" -> "_StoreTrueAction";
                    case "store_false" -> "_StoreFalseAction";
                    case "append" -> "_AppendAction";
                    case "count" -> "_CountAction";
                    case "help" -> "_HelpAction";
                    default -> "_StoreAction";
                };
                throw KindlingError.typeError(cls + ".__init__() got an unexpected keyword argument '" + k + "'");
            }
        }
    }

    private static Object nargs(String action, Object given) {
        if (!action.equals("store") && !action.equals("append")) {
            return 0L;
        }
        if (given == null || given == PyNone.NONE) {
            return null;
        }
        if (given instanceof String s && (s.equals("?") || s.equals("*") || s.equals("+"))) {
            return s;
        }
        if (Ops.isInt(given) && !(given instanceof Boolean)) {
            if (Ops.toLong(given) == 0) {
                throw KindlingError.valueError(action.equals("store")
                        ? "nargs for store actions must be != 0; if you have nothing to store, actions such as store "
                                + "true or store const may be more appropriate"
                        : "nargs for append actions must be != 0; if arg strings are not supplying the value to append, "
                                + "the append const action may be more appropriate");
            }
            if (Ops.toLong(given) > 0) {
                return Ops.toLong(given);
            }
        }
        throw KindlingError.valueError("invalid nargs value");
    }

    /** An option's dest: its first long option (else its first), without dashes, '-' as '_'. */
    private static String dest(List<String> strings) {
        String chosen = strings.stream().filter(s -> s.startsWith("--")).findFirst().orElse(strings.get(0));
        return chosen.replaceFirst("^-+", "").replace('-', '_');
    }

    /** {@code set_defaults(**kwargs)}: for the parser, and for arguments with those dests. */
    void setDefaults(Map<String, Object> kw) {
        if (kw == null) {
            return;
        }
        defaults.putAll(kw);
        for (int i = 0; i < arguments.size(); i++) {
            Argument a = arguments.get(i);
            if (kw.containsKey(a.dest())) {
                Argument changed = new Argument(a.optionStrings(), a.dest(), a.action(), a.nargs(), a.constant(),
                        kw.get(a.dest()), a.type(), a.choices(), a.required(), a.help(), a.metavar());
                arguments.set(i, changed);
                for (String s : a.optionStrings()) {
                    byOption.put(s, changed);
                }
            }
        }
    }

    /** {@code parse_known_args(args, namespace)}: the namespace and the strings left over, or SystemExit(2) via error(). */
    PyTuple parseKnownArgs(List<String> strings, PyInstance namespace) {
        for (Argument a : arguments) {
            if (!a.dest().equals(ArgparseModule.SUPPRESS) && !namespace.dict().containsKey(a.dest())
                    && !ArgparseModule.SUPPRESS.equals(a.defaultValue())) {
                namespace.dict().put(a.dest(), a.defaultValue());
            }
        }
        for (Map.Entry<String, Object> d : defaults.entrySet()) {
            namespace.dict().putIfAbsent(d.getKey(), d.getValue());
        }
        try {
            List<String> extras = new ArgvParsing(this, strings, namespace).run();
            return PyTuple.of(namespace, new dev.kindling.lang.objects.PyList(new ArrayList<>(extras)));
        } catch (ArgvParsing.Failure f) {
            throw error(f.getMessage());
        }
    }

    /** {@code parse_args}: as parse_known_args, with leftovers an error. */
    PyInstance parseArgs(List<String> strings, PyInstance namespace) {
        PyTuple parsed = parseKnownArgs(strings, namespace);
        List<Object> extras = Ops.toList(parsed.get(1));
        if (!extras.isEmpty()) {
            List<String> shown = extras.stream().map(Repr::str).toList();
            throw error("unrecognized arguments: " + String.join(" ", shown));
        }
        return namespace;
    }

    /** The strings {@code parse_args()} reads without an argument: the session's {@code sys.argv[1:]}. */
    List<String> sessionArguments() {
        List<Object> argv = Ops.toList(context.importModule("sys").get("argv"));
        List<String> strings = new ArrayList<>();
        for (Object s : argv.subList(Math.min(1, argv.size()), argv.size())) {
            strings.add(Repr.str(s));
        }
        return strings;
    }

    String formatUsage() {
        return HelpFormatter.usage(prog, arguments);
    }

    String formatHelp() {
        return HelpFormatter.help(prog, description, epilog, arguments);
    }

    void printHelp(Object file) {
        write(file, formatHelp(), false);
    }

    void printUsage(Object file) {
        write(file, formatUsage(), false);
    }

    /** Text to {@code file}, or to the session's stdout (stderr when {@code toErr}) when None. */
    private void write(Object file, String text, boolean toErr) {
        if (file != null && file != PyNone.NONE) {
            Ops.call(Ops.getAttr(file, "write"), new Object[] {text}, null);
            return;
        }
        var stream = toErr ? context.err() : context.out();
        stream.print(text);
        stream.flush();
    }

    /** {@code error(message)}: usage and "prog: error: message" on stderr, then SystemExit(2); returned to be thrown. */
    KindlingError error(String message) {
        write(PyNone.NONE, formatUsage(), true);
        return exit(2L, prog + ": error: " + message + "\n");
    }

    /** {@code exit(status, message)}: the message on stderr, then SystemExit(status); returned to be thrown. */
    KindlingError exit(Object status, String message) {
        if (message != null) {
            write(PyNone.NONE, message, true);
        }
        KindlingError e = new KindlingError(ErrorType.SYSTEM_EXIT, Repr.str(status));
        e.setPythonValue(Exceptions.create(ErrorType.SYSTEM_EXIT, PyTuple.of(status)));
        return e;
    }

    String prog() {
        return prog;
    }
}
