package dev.kindling.lang.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.BuiltinBody;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.Exceptions;
import dev.kindling.lang.objects.JavaTypes;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyDict;
import dev.kindling.lang.objects.PyGetSet;
import dev.kindling.lang.objects.PyIterator;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.lang.objects.Repr;

/**
 * Python's {@code re} over {@link java.util.regex} ({@link PythonRegex} translates the pattern):
 * compile, match, fullmatch, search, findall, finditer, sub, subn, split, escape and the flags,
 * with Pattern and Match objects that print as CPython's, and {@code re.error} for patterns
 * CPython refuses or Kindling cannot translate.
 */
public final class ReModule {
    /** {@code re.error}, as CPython's tracebacks name it. */
    static final PyClass ERROR = PyClass.user("error", "re", BuiltinTypes.exceptionClass(ErrorType.EXCEPTION));
    static final PyClass PATTERN = PyClass.javaType("Pattern", "re", BuiltinTypes.OBJECT, null);
    static final PyClass MATCH = PyClass.javaType("Match", "re", BuiltinTypes.OBJECT, null);

    /** A compiled pattern as scripts hold it. */
    record Compiled(String source, int flags, PythonRegex regex) {}

    /** One match: its pattern, the subject string and Java's result. */
    record Found(Compiled pattern, String subject, java.util.regex.MatchResult result) {}

    static {
        JavaTypes.register(Compiled.class, PATTERN);
        JavaTypes.register(Found.class, MATCH);
        ReMatches.install(MATCH);
        patternMethods();
    }

    private ReModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("re");
        m.set("error", ERROR).set("Pattern", PATTERN).set("Match", MATCH);
        m.set("I", (long) PythonRegex.IGNORECASE).set("IGNORECASE", (long) PythonRegex.IGNORECASE)
                .set("M", (long) PythonRegex.MULTILINE).set("MULTILINE", (long) PythonRegex.MULTILINE)
                .set("S", (long) PythonRegex.DOTALL).set("DOTALL", (long) PythonRegex.DOTALL)
                .set("X", (long) PythonRegex.VERBOSE).set("VERBOSE", (long) PythonRegex.VERBOSE)
                .set("A", (long) PythonRegex.ASCII).set("ASCII", (long) PythonRegex.ASCII)
                .set("U", (long) PythonRegex.UNICODE).set("UNICODE", (long) PythonRegex.UNICODE);
        def(m, "compile", (a, k) -> {
            Object[] p = Args.bindDef("compile", a, k, "pattern", "flags=");
            return compile(p[0], p[1]);
        });
        for (String name : new String[] {"match", "fullmatch", "search", "findall", "finditer", "split"}) {
            String extra = name.equals("split") ? "maxsplit=" : null;
            def(m, name, (a, k) -> {
                Object[] p = extra == null ? Args.bindDef(name, a, k, "pattern", "string", "flags=")
                        : Args.bindDef(name, a, k, "pattern", "string", extra, "flags=");
                Object flags = extra == null ? p[2] : p[3];
                Object[] call = extra == null ? new Object[] {compile(p[0], flags), p[1]}
                        : new Object[] {compile(p[0], flags), p[1], Args.orDefault(p[2], 0L)};
                return Ops.call(PATTERN.lookup(name), call, null);
            });
        }
        for (String name : new String[] {"sub", "subn"}) {
            def(m, name, (a, k) -> {
                Object[] p = Args.bindDef(name, a, k, "pattern", "repl", "string", "count=", "flags=");
                return Ops.call(PATTERN.lookup(name), new Object[] {compile(p[0], p[4]), p[1], p[2],
                    Args.orDefault(p[3], 0L)}, null);
            });
        }
        def(m, "escape", (a, k) -> escape((String) Args.bindDef("escape", a, k, "pattern")[0]));
        def(m, "purge", (a, k) -> PyNone.NONE);
        return m;
    }

    private static void def(PyModule m, String name, BuiltinBody body) {
        m.set(name, new PyBuiltin("re." + name, body));
    }

    static Compiled compile(Object pattern, Object flagsGiven) {
        int flags = flagsGiven == null ? 0 : (int) Ops.toLong(flagsGiven);
        if (pattern instanceof Compiled c) {
            if (flags != 0) {
                throw KindlingError.valueError("cannot process flags argument with a compiled pattern");
            }
            return c;
        }
        if (!(pattern instanceof String source)) {
            throw KindlingError.typeError("first argument must be string or compiled pattern");
        }
        try {
            return new Compiled(source, flags, new PythonRegex(source, flags));
        } catch (PythonRegex.Error e) {
            throw error(e.getMessage());
        }
    }

    /** A {@code re.error} with CPython's message. */
    static KindlingError error(String message) {
        return Exceptions.toError(ERROR.call(new Object[] {message}, null));
    }

    /** {@code re.escape}: a backslash before each character that is special in a pattern, as CPython 3.7+. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static Compiled self(Object o) {
        return (Compiled) o;
    }

    private static String subject(Object o) {
        if (!(o instanceof String s)) {
            throw KindlingError.typeError("expected string or bytes-like object, got '" + Ops.typeName(o) + "'");
        }
        return s;
    }

    private static void method(String name, BuiltinBody body) {
        PATTERN.define(name, new PyBuiltin("Pattern." + name, body));
    }

    private static void patternMethods() {
        method("__repr__", (a, k) -> repr(self(a[0])));
        PATTERN.define("pattern", new PyGetSet("pattern", o -> self(o).source(), null));
        PATTERN.define("flags", new PyGetSet("flags", o -> (long) (self(o).flags() | PythonRegex.UNICODE), null));
        PATTERN.define("groups", new PyGetSet("groups", o -> (long) self(o).regex().groups, null));
        PATTERN.define("groupindex", new PyGetSet("groupindex", o -> {
            PyDict d = new PyDict();
            self(o).regex().groupIndex.forEach((name, i) -> d.put(name, (long) i));
            return d;
        }, null));
        method("match", (a, k) -> find(a, k, "match"));
        method("fullmatch", (a, k) -> find(a, k, "fullmatch"));
        method("search", (a, k) -> find(a, k, "search"));
        method("findall", (a, k) -> {
            Object[] p = Args.bindDef("findall", a, k, "self", "string", "pos=", "endpos=");
            List<Object> out = new ArrayList<>();
            for (Found f : all(self(p[0]), subject(p[1]))) {
                out.add(ReMatches.findallItem(f));
            }
            return new PyList(out);
        });
        method("finditer", (a, k) -> {
            Object[] p = Args.bindDef("finditer", a, k, "self", "string", "pos=", "endpos=");
            return new PyIterator(all(self(p[0]), subject(p[1])).iterator(), "callable_iterator");
        });
        method("split", (a, k) -> {
            Object[] p = Args.bindDef("split", a, k, "self", "string", "maxsplit=");
            return split(self(p[0]), subject(p[1]), (int) Ops.toLong(Args.orDefault(p[2], 0L)));
        });
        method("sub", (a, k) -> {
            Object[] p = Args.bindDef("sub", a, k, "self", "repl", "string", "count=");
            return ReMatches.substitute(self(p[0]), p[1], subject(p[2]), (int) Ops.toLong(Args.orDefault(p[3], 0L)))[0];
        });
        method("subn", (a, k) -> {
            Object[] p = Args.bindDef("subn", a, k, "self", "repl", "string", "count=");
            return PyTuple.of(ReMatches.substitute(self(p[0]), p[1], subject(p[2]),
                    (int) Ops.toLong(Args.orDefault(p[3], 0L))));
        });
    }

    private static String repr(Compiled c) {
        List<String> names = new ArrayList<>();
        String[] flagNames = {"re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL", "re.UNICODE", "re.VERBOSE"};
        for (int i = 0; i < flagNames.length; i++) {
            if ((c.flags() & (2 << i)) != 0) {
                names.add(flagNames[i]);
            }
        }
        if ((c.flags() & PythonRegex.ASCII) != 0) {
            names.add("re.ASCII");
        }
        return "re.compile(" + Repr.repr(c.source()) + (names.isEmpty() ? "" : ", " + String.join("|", names)) + ")";
    }

    private static Object find(Object[] a, Map<String, Object> k, String how) {
        Object[] p = Args.bindDef(how, a, k, "self", "string", "pos=", "endpos=");
        Compiled c = self(p[0]);
        String s = subject(p[1]);
        int start = (int) Math.min(s.length(), Math.max(0, Ops.toLong(Args.orDefault(p[2], 0L))));
        int end = (int) Math.min(s.length(), Math.max(start, Ops.toLong(Args.orDefault(p[3], (long) s.length()))));
        Matcher m = c.regex().pattern.matcher(s).region(start, end).useTransparentBounds(true).useAnchoringBounds(false);
        boolean hit = switch (how) {
            case "match" -> m.lookingAt();
            case "fullmatch" -> m.matches();
            default -> m.find();
        };
        return hit ? new Found(c, s, m.toMatchResult()) : PyNone.NONE;
    }

    /** Every non-overlapping match, left to right, empty ones included (as Python 3.7+). */
    static List<Found> all(Compiled c, String s) {
        List<Found> out = new ArrayList<>();
        Matcher m = c.regex().pattern.matcher(s);
        while (m.find()) {
            out.add(new Found(c, s, m.toMatchResult()));
        }
        return out;
    }

    private static PyList split(Compiled c, String s, int maxsplit) {
        PyList out = new PyList();
        int last = 0;
        int done = 0;
        for (Found f : all(c, s)) {
            if (maxsplit > 0 && done >= maxsplit) {
                break;
            }
            out.add(s.substring(last, f.result().start()));
            for (int g = 1; g <= f.result().groupCount(); g++) {
                String group = f.result().group(g);
                out.add(group == null ? PyNone.NONE : group);
            }
            last = f.result().end();
            done++;
        }
        out.add(s.substring(last));
        return out;
    }
}
