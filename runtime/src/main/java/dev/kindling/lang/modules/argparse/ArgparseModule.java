package dev.kindling.lang.modules.argparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.Context;
import dev.kindling.lang.files.PosixPaths;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.BuiltinBody;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.JavaTypes;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyGetSet;
import dev.kindling.lang.objects.PyInstance;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.Repr;

/**
 * Python's {@code argparse} as training scripts use it: {@code ArgumentParser} with positional
 * and optional arguments ({@code type=}, {@code default=}, {@code choices=}, {@code required=},
 * {@code nargs=} of {@code ? * +} or a count, the store, store_const, store_true, store_false,
 * append, count and help actions), {@code parse_args()} over the session's {@code sys.argv},
 * {@code --help} and usage errors in CPython 3.11's layout and words, exiting with SystemExit
 * as {@code sys.exit} does; and {@code Namespace}.
 */
public final class ArgparseModule {
    /** {@code argparse.SUPPRESS}: a default or help that is left out. */
    static final String SUPPRESS = "==SUPPRESS==";

    static final PyClass ARGUMENT_TYPE_ERROR = PyClass.user("ArgumentTypeError", "argparse",
            BuiltinTypes.exceptionClass(ErrorType.EXCEPTION));
    static final PyClass ARGUMENT_ERROR = PyClass.user("ArgumentError", "argparse",
            BuiltinTypes.exceptionClass(ErrorType.EXCEPTION));
    static final PyClass NAMESPACE = PyClass.user("Namespace", "argparse", BuiltinTypes.OBJECT);
    private static final PyClass HELP_FORMATTER = PyClass.user("HelpFormatter", "argparse", BuiltinTypes.OBJECT);

    static {
        namespace();
    }

    private ArgparseModule() {}

    public static PyModule create(Context context) {
        PyClass parserType = PyClass.javaType("ArgumentParser", "argparse", BuiltinTypes.OBJECT,
                (a, k) -> construct(context, a, k));
        JavaTypes.registerResolver(ScriptArgumentParser.class, o -> parserType);
        methods(parserType);
        PyModule m = new PyModule("argparse");
        m.set("ArgumentParser", parserType).set("Namespace", NAMESPACE).set("SUPPRESS", SUPPRESS)
                .set("ArgumentTypeError", ARGUMENT_TYPE_ERROR).set("ArgumentError", ARGUMENT_ERROR)
                .set("HelpFormatter", HELP_FORMATTER).set("OPTIONAL", "?").set("ZERO_OR_MORE", "*")
                .set("ONE_OR_MORE", "+");
        return m;
    }

    private static ScriptArgumentParser construct(Context context, Object[] a, Map<String, Object> k) {
        Object[] p = Args.bind("ArgumentParser", a, k, "prog=", "usage=", "description=", "epilog=", "parents=",
                "formatter_class=", "prefix_chars=", "fromfile_prefix_chars=", "argument_default=",
                "conflict_handler=", "add_help=", "allow_abbrev=", "exit_on_error=");
        String[] names = {"prog", "usage", "description", "epilog", "parents", "formatter_class", "prefix_chars",
            "fromfile_prefix_chars", "argument_default", "conflict_handler", "add_help", "allow_abbrev",
            "exit_on_error"};
        for (int i : new int[] {1, 4, 6, 7, 8, 9, 11, 12}) {
            if (p[i] != null && !isDefault(i, p[i])) {
                throw KindlingError.notImplementedError("ArgumentParser(" + names[i] + "=...) is not supported in "
                        + "Kindling's argparse");
            }
        }
        if (p[5] != null && p[5] != HELP_FORMATTER) {
            throw KindlingError.notImplementedError("ArgumentParser(formatter_class=...) is not supported in Kindling's "
                    + "argparse; only argparse.HelpFormatter");
        }
        String prog = p[0] == null || p[0] == PyNone.NONE ? programName(context) : Repr.str(p[0]);
        return new ScriptArgumentParser(context, prog, text(p[2]), text(p[3]), p[10] == null || Ops.truthy(p[10]));
    }

    /** Whether a constructor option Kindling does not implement was given its default value anyway. */
    private static boolean isDefault(int index, Object value) {
        return switch (index) {
            case 4 -> Ops.len(value) == 0;
            case 6 -> "-".equals(value);
            case 9 -> "error".equals(value);
            case 11, 12 -> Boolean.TRUE.equals(value);
            default -> value == PyNone.NONE;
        };
    }

    private static String text(Object o) {
        return o == null || o == PyNone.NONE ? null : Repr.str(o);
    }

    /** CPython's default prog: the base name of {@code sys.argv[0]}. */
    private static String programName(Context context) {
        List<Object> argv = Ops.toList(context.importModule("sys").get("argv"));
        String first = argv.isEmpty() ? "" : Repr.str(argv.get(0));
        return PosixPaths.basename(first);
    }

    private static ScriptArgumentParser self(Object o) {
        return (ScriptArgumentParser) o;
    }

    private static void method(PyClass type, String name, BuiltinBody body) {
        type.define(name, new PyBuiltin("ArgumentParser." + name, body));
    }

    private static void methods(PyClass type) {
        method(type, "add_argument", (a, k) -> {
            Object[] names = java.util.Arrays.copyOfRange(a, 1, a.length);
            self(a[0]).addArgument(names, k);
            return PyNone.NONE;
        });
        method(type, "parse_args", (a, k) -> {
            Object[] p = Args.bind("parse_args", a, k, "self", "args=", "namespace=");
            return self(p[0]).parseArgs(strings(self(p[0]), p[1]), namespaceOf(p[2]));
        });
        method(type, "parse_known_args", (a, k) -> {
            Object[] p = Args.bind("parse_known_args", a, k, "self", "args=", "namespace=");
            return self(p[0]).parseKnownArgs(strings(self(p[0]), p[1]), namespaceOf(p[2]));
        });
        method(type, "format_help", (a, k) -> self(a[0]).formatHelp());
        method(type, "format_usage", (a, k) -> self(a[0]).formatUsage());
        method(type, "print_help", (a, k) -> {
            Object[] p = Args.bind("print_help", a, k, "self", "file=");
            self(p[0]).printHelp(p[1]);
            return PyNone.NONE;
        });
        method(type, "print_usage", (a, k) -> {
            Object[] p = Args.bind("print_usage", a, k, "self", "file=");
            self(p[0]).printUsage(p[1]);
            return PyNone.NONE;
        });
        method(type, "error", (a, k) -> {
            Object[] p = Args.bind("error", a, k, "self", "message");
            throw self(p[0]).error(Repr.str(p[1]));
        });
        method(type, "exit", (a, k) -> {
            Object[] p = Args.bind("exit", a, k, "self", "status=", "message=");
            throw self(p[0]).exit(p[1] == null ? 0L : p[1], text(p[2]));
        });
        method(type, "set_defaults", (a, k) -> {
            Args.exactly("set_defaults", a, null, 1);
            self(a[0]).setDefaults(k);
            return PyNone.NONE;
        });
        type.define("prog", new PyGetSet("prog", o -> self(o).prog(), null));
    }

    private static List<String> strings(ScriptArgumentParser parser, Object args) {
        if (args == null || args == PyNone.NONE) {
            return parser.sessionArguments();
        }
        List<String> strings = new ArrayList<>();
        for (Object s : Ops.toList(args)) {
            strings.add(Repr.str(s));
        }
        return strings;
    }

    private static PyInstance namespaceOf(Object given) {
        if (given == null || given == PyNone.NONE) {
            return (PyInstance) NAMESPACE.call(new Object[0], null);
        }
        if (!(given instanceof PyInstance i)) {
            throw KindlingError.typeError("namespace must be an object with attributes, not " + Ops.typeName(given));
        }
        return i;
    }

    /** {@code Namespace(**kwargs)}: attributes, printed as CPython prints them, equal when their attributes are. */
    private static void namespace() {
        NAMESPACE.defineMethod("__init__", (a, k) -> {
            if (a.length > 1) {
                throw KindlingError.typeError("Namespace.__init__() takes 1 positional argument but " + a.length
                        + " were given");
            }
            if (k != null) {
                ((PyInstance) a[0]).dict().putAll(k);
            }
            return PyNone.NONE;
        });
        NAMESPACE.defineMethod("__repr__", (a, k) -> {
            List<String> named = new ArrayList<>();
            Map<String, Object> odd = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, Object> e : ((PyInstance) a[0]).dict().entrySet()) {
                if (isIdentifier(e.getKey())) {
                    named.add(e.getKey() + "=" + Repr.repr(e.getValue()));
                } else {
                    odd.put(e.getKey(), e.getValue());
                }
            }
            if (!odd.isEmpty()) {
                dev.kindling.lang.objects.PyDict d = new dev.kindling.lang.objects.PyDict();
                odd.forEach(d::put);
                named.add("**" + Repr.repr(d));
            }
            return "Namespace(" + String.join(", ", named) + ")";
        });
        NAMESPACE.defineMethod("__eq__", (a, k) -> a[1] instanceof PyInstance other && other.type() == NAMESPACE
                ? (Object) dev.kindling.lang.objects.Compare.eq(dict(a[0]), dict(other)) : PyNone.NOT_IMPLEMENTED);
        NAMESPACE.defineMethod("__contains__", (a, k) -> ((PyInstance) a[0]).dict().containsKey(a[1]));
    }

    private static dev.kindling.lang.objects.PyDict dict(Object namespace) {
        dev.kindling.lang.objects.PyDict d = new dev.kindling.lang.objects.PyDict();
        ((PyInstance) namespace).dict().forEach(d::put);
        return d;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.codePointAt(0)) || s.charAt(0) == '$') {
            return false;
        }
        return s.codePoints().allMatch(c -> Character.isJavaIdentifierPart(c) && c != '$');
    }
}
