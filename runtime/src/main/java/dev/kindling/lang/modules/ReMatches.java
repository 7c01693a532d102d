package dev.kindling.lang.modules;


import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.BuiltinBody;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyDict;
import dev.kindling.lang.objects.PyGetSet;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.lang.objects.Repr;

/**
 * {@code re.Match}'s methods (group, groups, groupdict, start, end, span, indexing) and what
 * findall and sub make of matches: findall's strings or tuples of groups, and sub's replacement
 * templates ({@code \1}, {@code \g<name>}, {@code \g<1>}, {@code \n}) or a function of the match.
 */
final class ReMatches {
    private ReMatches() {}

    private static ReModule.Found self(Object o) {
        return (ReModule.Found) o;
    }

    static void install(PyClass type) {
        def(type, "__repr__", (a, k) -> {
            ReModule.Found f = self(a[0]);
            return "<re.Match object; span=(" + f.result().start() + ", " + f.result().end() + "), match="
                    + Repr.repr(f.result().group()) + ">";
        });
        def(type, "group", (a, k) -> {
            ReModule.Found f = self(a[0]);
            if (a.length <= 2) {
                return group(f, a.length == 1 ? 0L : a[1]);
            }
            Object[] out = new Object[a.length - 1];
            for (int i = 1; i < a.length; i++) {
                out[i - 1] = group(f, a[i]);
            }
            return new PyTuple(out);
        });
        def(type, "__getitem__", (a, k) -> group(self(a[0]), a[1]));
        def(type, "groups", (a, k) -> {
            Object[] p = Args.bindDef("groups", a, k, "self", "default=");
            ReModule.Found f = self(p[0]);
            Object[] out = new Object[f.result().groupCount()];
            for (int g = 1; g <= out.length; g++) {
                String s = f.result().group(g);
                out[g - 1] = s == null ? Args.orDefault(p[1], PyNone.NONE) : s;
            }
            return new PyTuple(out);
        });
        def(type, "groupdict", (a, k) -> {
            Object[] p = Args.bindDef("groupdict", a, k, "self", "default=");
            ReModule.Found f = self(p[0]);
            PyDict d = new PyDict();
            f.pattern().regex().groupIndex.forEach((name, g) -> {
                String s = f.result().group(g);
                d.put(name, s == null ? Args.orDefault(p[1], PyNone.NONE) : s);
            });
            return d;
        });
        def(type, "start", (a, k) -> (long) f(a).result().start(index(f(a), a.length > 1 ? a[1] : 0L)));
        def(type, "end", (a, k) -> (long) f(a).result().end(index(f(a), a.length > 1 ? a[1] : 0L)));
        def(type, "span", (a, k) -> {
            int g = index(f(a), a.length > 1 ? a[1] : 0L);
            return PyTuple.of((long) f(a).result().start(g), (long) f(a).result().end(g));
        });
        type.define("string", new PyGetSet("string", o -> self(o).subject(), null));
        type.define("re", new PyGetSet("re", o -> self(o).pattern(), null));
        type.define("lastindex", new PyGetSet("lastindex", o -> {
            ReModule.Found f = self(o);
            Object last = PyNone.NONE;
            int bestEnd = -1;
            for (int g = 1; g <= f.result().groupCount(); g++) {
                if (f.result().group(g) != null && f.result().end(g) > bestEnd) {
                    bestEnd = f.result().end(g);
                    last = (long) g;
                }
            }
            return last;
        }, null));
    }

    private static ReModule.Found f(Object[] a) {
        return self(a[0]);
    }

    private static void def(PyClass type, String name, BuiltinBody body) {
        type.define(name, new PyBuiltin("Match." + name, body));
    }

    /** A group's number from an int or a name, with CPython's IndexError. */
    private static int index(ReModule.Found f, Object g) {
        if (g instanceof String name) {
            Integer i = f.pattern().regex().groupIndex.get(name);
            if (i == null) {
                throw KindlingError.indexError("no such group");
            }
            return i;
        }
        long i = Ops.isInt(g) ? Ops.toLong(g) : -1;
        if (i < 0 || i > f.result().groupCount()) {
            throw KindlingError.indexError("no such group");
        }
        return (int) i;
    }

    private static Object group(ReModule.Found f, Object g) {
        String s = f.result().group(index(f, g));
        return s == null ? PyNone.NONE : s;
    }

    /** findall's item for a match: the whole match, its one group, or the tuple of its groups ('' when unmatched). */
    static Object findallItem(ReModule.Found f) {
        int n = f.result().groupCount();
        if (n == 0) {
            return f.result().group();
        }
        Object[] groups = new Object[n];
        for (int g = 1; g <= n; g++) {
            String s = f.result().group(g);
            groups[g - 1] = s == null ? "" : s;
        }
        return n == 1 ? groups[0] : new PyTuple(groups);
    }

    /** {@code sub}/{@code subn}: the new string and the number of replacements. */
    static Object[] substitute(ReModule.Compiled c, Object repl, String s, int count) {
        StringBuilder out = new StringBuilder();
        int last = 0;
        long done = 0;
        for (ReModule.Found f : ReModule.all(c, s)) {
            if (count > 0 && done >= count) {
                break;
            }
            out.append(s, last, f.result().start());
            if (repl instanceof String template) {
                out.append(expand(f, template));
            } else {
                Object r = Ops.call(repl, new Object[] {f}, null);
                if (!(r instanceof String text)) {
                    throw KindlingError.typeError("expected str instance, " + Ops.typeName(r) + " found");
                }
                out.append(text);
            }
            last = f.result().end();
            done++;
        }
        out.append(s.substring(last));
        return new Object[] {out.toString(), done};
    }

    /** A replacement template with the match's groups put in, as CPython's re._parser.parse_template. */
    static String expand(ReModule.Found f, String template) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '\\' || i + 1 >= template.length()) {
                out.append(c);
                i++;
                continue;
            }
            char e = template.charAt(i + 1);
            if (e == 'g') {
                int close = template.indexOf('>', i);
                if (i + 2 >= template.length() || template.charAt(i + 2) != '<' || close < 0) {
                    throw ReModule.error("missing < at position " + (i + 2));
                }
                String ref = template.substring(i + 3, close);
                Object key = ref.matches("\\d+") ? (Object) Long.parseLong(ref) : ref;
                if (key instanceof String && !f.pattern().regex().groupIndex.containsKey(ref)) {
                    throw KindlingError.indexError("unknown group name '" + ref + "'");
                }
                out.append(groupText(f, key, i));
                i = close + 1;
            } else if (Character.isDigit(e)) {
                int j = i + 1;
                while (j < template.length() && j < i + 3 && Character.isDigit(template.charAt(j))) {
                    j++;
                }
                out.append(groupText(f, Long.parseLong(template.substring(i + 1, j)), i));
                i = j;
            } else {
                String simple = switch (e) {
                    case 'n' -> "\n";
                    case 't' -> "\t";
                    case 'r' -> "\r";
                    case 'f' -> "\f";
                    case 'v' -> "\u000b";
                    case 'a' -> "\u0007";
                    case 'b' -> "\b";
                    case '\\' -> "\\";
                    default -> null;
                };
                if (simple == null && Character.isLetter(e) && e < 128) {
                    throw ReModule.error("bad escape \\" + e + " at position " + i);
                }
                out.append(simple != null ? simple : "\\" + e);
                i += 2;
            }
        }
        return out.toString();
    }

    private static String groupText(ReModule.Found f, Object key, int position) {
        if (key instanceof Long n && n > f.result().groupCount()) {
            throw ReModule.error("invalid group reference " + n + " at position " + (position + 1));
        }
        Object g = group(f, key);
        return g == PyNone.NONE ? "" : (String) g;
    }

}
