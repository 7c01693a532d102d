package dev.kindling.lang.objects;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.format.PercentFormat;
import dev.kindling.lang.format.StrFormat;

/** The methods of {@code str}. */
final class StrMethods {
    private StrMethods() {}

    static void install(PyClass str) {
        str.defineMethod("upper", (a, k) -> self(a).toUpperCase());
        str.defineMethod("lower", (a, k) -> self(a).toLowerCase());
        str.defineMethod("strip", (a, k) -> strip(self(a), chars(a), true, true));
        str.defineMethod("lstrip", (a, k) -> strip(self(a), chars(a), true, false));
        str.defineMethod("rstrip", (a, k) -> strip(self(a), chars(a), false, true));
        str.defineMethod("split", StrMethods::split);
        str.defineMethod("rsplit", StrMethods::rsplit);
        str.defineMethod("splitlines", (a, k) -> {
            List<Object> out = new ArrayList<>(Arrays.asList((Object[]) self(a).split("\r\n|\r|\n", -1)));
            if (!out.isEmpty() && "".equals(out.get(out.size() - 1))) {
                out.remove(out.size() - 1);
            }
            return new PyList(out);
        });
        str.defineMethod("join", (a, k) -> {
            List<Object> items = Ops.toList(a[1]);
            for (int i = 0; i < items.size(); i++) {
                if (!(items.get(i) instanceof String)) {
                    throw KindlingError.typeError("sequence item " + i + ": expected str instance, "
                            + Ops.typeName(items.get(i)) + " found");
                }
            }
            return Repr.joinStr(items, self(a));
        });
        str.defineMethod("replace", (a, k) -> {
            String s = self(a);
            String old = arg(a, 1);
            String rep = arg(a, 2);
            long count = a.length > 3 ? Ops.toLong(a[3]) : -1;
            return count < 0 ? s.replace(old, rep) : replaceCount(s, old, rep, count);
        });
        str.defineMethod("startswith", (a, k) -> affix(a, true));
        str.defineMethod("endswith", (a, k) -> affix(a, false));
        str.defineMethod("find", (a, k) -> (long) self(a).indexOf(arg(a, 1)));
        str.defineMethod("rfind", (a, k) -> (long) self(a).lastIndexOf(arg(a, 1)));
        str.defineMethod("index", (a, k) -> {
            int i = self(a).indexOf(arg(a, 1));
            if (i < 0) {
                throw KindlingError.valueError("substring not found");
            }
            return (long) i;
        });
        str.defineMethod("count", (a, k) -> count(self(a), arg(a, 1)));
        str.defineMethod("format", (a, k) -> StrFormat.format(self(a), Arrays.asList(a).subList(1, a.length),
                k == null ? Map.of() : k, FormatAccess.INSTANCE));
        str.defineMethod("isdigit", (a, k) -> !self(a).isEmpty() && self(a).chars().allMatch(Character::isDigit));
        str.defineMethod("isalpha", (a, k) -> !self(a).isEmpty() && self(a).chars().allMatch(Character::isLetter));
        str.defineMethod("isalnum", (a, k) -> !self(a).isEmpty()
                && self(a).chars().allMatch(Character::isLetterOrDigit));
        str.defineMethod("isspace", (a, k) -> !self(a).isEmpty() && self(a).chars().allMatch(Character::isWhitespace));
        str.defineMethod("isupper", (a, k) -> self(a).chars().anyMatch(Character::isUpperCase)
                && self(a).chars().noneMatch(Character::isLowerCase));
        str.defineMethod("islower", (a, k) -> self(a).chars().anyMatch(Character::isLowerCase)
                && self(a).chars().noneMatch(Character::isUpperCase));
        str.defineMethod("capitalize", (a, k) -> self(a).isEmpty() ? "" : self(a).substring(0, 1).toUpperCase()
                + self(a).substring(1).toLowerCase());
        str.defineMethod("title", (a, k) -> title(self(a)));
        str.defineMethod("center", (a, k) -> pad("center", a, k, '^'));
        str.defineMethod("ljust", (a, k) -> pad("ljust", a, k, '<'));
        str.defineMethod("rjust", (a, k) -> pad("rjust", a, k, '>'));
        str.defineMethod("zfill", (a, k) -> {
            Args.exactly("str.zfill", Arrays.copyOfRange(a, 1, a.length), k, 1);
            return zfill(self(a), width(self(a), a[1]));
        });
        str.defineMethod("partition", (a, k) -> partition(self(a), arg(a, 1)));
        str.defineMethod("__len__", (a, k) -> Ops.len(a[0]));
        str.defineMethod("__contains__", (a, k) -> Ops.contains(a[0], a[1]));
    }

    private static String self(Object[] a) {
        return (String) a[0];
    }

    private static String arg(Object[] a, int i) {
        if (i >= a.length) {
            throw KindlingError.typeError("expected at least " + i + " argument" + (i == 1 ? "" : "s") + ", got "
                    + (a.length - 1));
        }
        if (!(a[i] instanceof String s)) {
            throw KindlingError.typeError("must be str, not " + Ops.typeName(a[i]));
        }
        return s;
    }

    private static String chars(Object[] a) {
        return a.length > 1 && a[1] != PyNone.NONE ? arg(a, 1) : null;
    }

    private static String strip(String s, String chars, boolean left, boolean right) {
        int start = 0;
        int end = s.length();
        while (left && start < end && stripped(s.charAt(start), chars)) {
            start++;
        }
        while (right && end > start && stripped(s.charAt(end - 1), chars)) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean stripped(char c, String chars) {
        return chars == null ? Character.isWhitespace(c) : chars.indexOf(c) >= 0;
    }

    private static Object split(Object[] a, Map<String, Object> k) {
        Object[] p = Args.bind("split", a, k, "self", "sep=", "maxsplit=");
        String s = (String) p[0];
        long max = p[2] == null ? -1 : Ops.toLong(p[2]);
        PyList out = new PyList();
        if (p[1] == null || p[1] == PyNone.NONE) {
            String rest = s.stripLeading();
            while (!rest.isEmpty()) {
                if (max >= 0 && out.size() == max) {
                    out.add(rest);
                    return out;
                }
                int i = 0;
                while (i < rest.length() && !Character.isWhitespace(rest.charAt(i))) {
                    i++;
                }
                out.add(rest.substring(0, i));
                rest = rest.substring(i).stripLeading();
            }
            return out;
        }
        String sep = (String) p[1];
        if (sep.isEmpty()) {
            throw KindlingError.valueError("empty separator");
        }
        int from = 0;
        while (true) {
            int i = s.indexOf(sep, from);
            if (i < 0 || (max >= 0 && out.size() == max)) {
                out.add(s.substring(from));
                return out;
            }
            out.add(s.substring(from, i));
            from = i + sep.length();
        }
    }

    private static Object rsplit(Object[] a, Map<String, Object> k) {
        Object[] p = Args.bind("rsplit", a, k, "self", "sep=", "maxsplit=");
        if (p[2] == null || Ops.toLong(p[2]) < 0) {
            return split(new Object[] {p[0], p[1] == null ? PyNone.NONE : p[1]}, null);
        }
        String s = (String) p[0];
        String sep = p[1] == null || p[1] == PyNone.NONE ? " " : (String) p[1];
        long max = Ops.toLong(p[2]);
        List<Object> parts = new ArrayList<>();
        int end = s.length();
        while (parts.size() < max) {
            int i = s.lastIndexOf(sep, end - sep.length());
            if (i < 0) {
                break;
            }
            parts.add(0, s.substring(i + sep.length(), end));
            end = i;
        }
        parts.add(0, s.substring(0, end));
        return new PyList(parts);
    }

    private static String replaceCount(String s, String old, String rep, long count) {
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (long n = 0; n < count; n++) {
            int i = s.indexOf(old, from);
            if (i < 0) {
                break;
            }
            sb.append(s, from, i).append(rep);
            from = i + old.length();
        }
        return sb.append(s.substring(from)).toString();
    }

    private static Object affix(Object[] a, boolean prefix) {
        String s = self(a);
        if (a.length > 1 && a[1] instanceof PyTuple t) {
            for (Object o : t.items()) {
                if (prefix ? s.startsWith((String) o) : s.endsWith((String) o)) {
                    return true;
                }
            }
            return false;
        }
        return prefix ? s.startsWith(arg(a, 1)) : s.endsWith(arg(a, 1));
    }

    private static Object count(String s, String sub) {
        if (sub.isEmpty()) {
            return (long) s.length() + 1;
        }
        long n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
            n++;
        }
        return n;
    }

    private static String title(String s) {
        StringBuilder sb = new StringBuilder();
        boolean previousCased = false;
        for (char c : s.toCharArray()) {
            sb.append(previousCased ? Character.toLowerCase(c) : Character.toUpperCase(c));
            previousCased = Character.isLetter(c);
        }
        return sb.toString();
    }

    private static String pad(String name, Object[] a, Map<String, Object> k, char align) {
        Args.range(name, Arrays.copyOfRange(a, 1, a.length), k, 1, 2);
        String s = self(a);
        int width = width(s, a[1]);
        String fill = a.length > 2 ? arg(a, 2) : " ";
        int total = width - s.length();
        if (total <= 0) {
            return s;
        }
        int left = align == '<' ? 0 : align == '>' ? total : total / 2 + (total & width & 1);
        return fill.repeat(left) + s + fill.repeat(total - left);
    }

    /** The width asked of ljust, rjust, center or zfill; MemoryError for a str past the session's cap. */
    private static int width(String s, Object width) {
        long asked = Ops.toLong(width);
        if (asked <= s.length()) {
            return s.length();
        }
        Ops.refuseLength(asked);
        return (int) asked;
    }

    private static String zfill(String s, int width) {
        if (s.length() >= width) {
            return s;
        }
        boolean signed = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+');
        String zeros = "0".repeat(width - s.length());
        return signed ? s.charAt(0) + zeros + s.substring(1) : zeros + s;
    }

    private static Object partition(String s, String sep) {
        int i = s.indexOf(sep);
        return i < 0 ? PyTuple.of(s, "", "") : PyTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
    }

    /** {@code template % args}: printf-style formatting; a dict (or any mapping) also feeds {@code %(name)s}. */
    static String percent(String template, Object args) {
        Object converted = args instanceof PyTuple t ? t.asList() : args;
        Map<Object, Object> mapping = null;
        if (args instanceof PyDict d) {
            mapping = new LinkedHashMap<>();
            for (Map.Entry<PyKey, Object> e : d.map().entrySet()) {
                mapping.put(e.getKey().value(), e.getValue());
            }
        }
        return PercentFormat.format(template, converted, mapping, Repr::str, Repr::repr, Ops::typeName,
                StrMethods::numberOf);
    }

    /** What %d/%f see of an object that is not a number: its __index__, else its __float__ (a 0-d tensor). */
    private static Object numberOf(Object o) {
        if (o instanceof Long || o instanceof Double || o instanceof BigInteger || o instanceof Boolean
                || o instanceof String) {
            return o;
        }
        try {
            Object index = Ops.callSpecial(o, "__index__");
            if (index != null) {
                return index;
            }
        } catch (KindlingError e) {
            // not an integer (a float tensor): fall through to __float__
        }
        Object real = Ops.callSpecial(o, "__float__");
        return real != null ? real : o;
    }
}
