package dev.kindling.lang.format;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.pyfmt.FloatRepr;
import dev.kindling.pyfmt.FormatSpec;
import dev.kindling.pyfmt.IntFormatter;

/**
 * {@code str.format} and {@code str.format_map}, as CPython 3.11's
 * {@code Objects/stringlib/unicode_format.h}: literal text with {@code {{}} and {@code }}}
 * escapes, and replacement fields {@code {name.attr[key]!conversion:spec}} whose spec may itself
 * hold fields, one level deep ({@code {x:{width}}}).
 *
 * <p>Fields reach into values through an {@link Accessor}, which the interpreter implements so
 * that {@code {0.shape}}, {@code {0[1]}} and objects with {@code __format__} work; its defaults
 * handle plain Java values (Long, Double, String, List, Map):
 *
 * <pre>{@code
 * StrFormat.format("{0} + {name} = {0:>5.1f}", List.of(1.5), Map.of("name", "x"), new StrFormat.Accessor() {});
 * // "1.5 + x =   1.5"
 * }</pre>
 */
public final class StrFormat {
    private static final int MAX_RECURSION = 2;

    private final List<Object> args;
    private final Map<String, Object> kwargs;
    private final Accessor accessor;
    /** Auto-numbering state: 0 before any numbered field, then AUTO or MANUAL. */
    private int numbering;
    private long nextAuto;
    private static final int AUTO = 1;
    private static final int MANUAL = 2;

    private StrFormat(List<Object> args, Map<String, Object> kwargs, Accessor accessor) {
        this.args = args;
        this.kwargs = kwargs;
        this.accessor = accessor;
    }

    /** {@code template.format(*args, **kwargs)}. */
    public static String format(String template, List<Object> args, Map<String, Object> kwargs, Accessor accessor) {
        return new StrFormat(args, kwargs, accessor).build(template, MAX_RECURSION);
    }

    /** {@code template.format_map(mapping)}: keyword fields only. */
    public static String formatMap(String template, Map<String, Object> mapping, Accessor accessor) {
        return new StrFormat(null, mapping, accessor).build(template, MAX_RECURSION);
    }

    private String build(String template, int depth) {
        if (depth <= 0) {
            throw KindlingError.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        int pos = 0;
        while (pos < template.length()) {
            pos = literal(template, pos, out);
            if (pos < template.length()) {
                pos = field(template, pos, depth, out);
            }
        }
        return out.toString();
    }

    /** Copies literal text from {@code pos}; returns the index of the next field's '{', or the end. */
    private static int literal(String t, int pos, StringBuilder out) {
        while (pos < t.length()) {
            char c = t.charAt(pos);
            if (c != '{' && c != '}') {
                out.append(c);
                pos++;
                continue;
            }
            boolean doubled = pos + 1 < t.length() && t.charAt(pos + 1) == c;
            if (c == '}' && !doubled) {
                throw KindlingError.valueError("Single '}' encountered in format string");
            }
            if (c == '{' && pos + 1 >= t.length()) {
                throw KindlingError.valueError("Single '{' encountered in format string");
            }
            if (!doubled) {
                return pos;
            }
            out.append(c);
            pos += 2;
        }
        return pos;
    }

    /** Formats the field whose '{' is at {@code open}; returns the index after its '}'. */
    private int field(String t, int open, int depth, StringBuilder out) {
        ReplacementField f = ReplacementField.parse(t, open + 1);
        Object value = resolve(FieldName.parse(f.fieldName()));
        value = convert(value, f.conversion());
        String spec = f.spec().indexOf('{') >= 0 ? build(f.spec(), depth - 1) : f.spec();
        out.append(accessor.format(value, spec));
        return f.end();
    }

    private Object convert(Object value, int conversion) {
        return switch (conversion) {
            case 0 -> value;
            case 'r' -> accessor.repr(value);
            case 's' -> accessor.str(value);
            case 'a' -> accessor.ascii(value);
            default -> throw KindlingError.valueError("Unknown conversion specifier "
                    + (conversion > 32 && conversion < 127 ? String.valueOf((char) conversion)
                            : "\\x" + Integer.toHexString(conversion)));
        };
    }

    private Object resolve(FieldName name) {
        return name.walk(first(name), (obj, attr) -> accessor.getattr(obj, (String) attr), accessor::getitem);
    }

    private Object first(FieldName name) {
        boolean empty = name.first().isEmpty();
        long index = name.index();
        if (empty || index >= 0) {
            index = number(empty, index);
        } else {
            if (kwargs == null || !kwargs.containsKey(name.first())) {
                throw KindlingError.of(ErrorType.KEY_ERROR, StringRepr.repr(name.first()));
            }
            return kwargs.get(name.first());
        }
        if (args == null) {
            throw KindlingError.valueError("Format string contains positional fields");
        }
        if (index >= args.size()) {
            throw KindlingError.indexError("Replacement index " + index + " out of range for positional args tuple");
        }
        return args.get((int) index);
    }

    /** Checks manual against automatic numbering and gives the index this field uses. */
    private long number(boolean automatic, long index) {
        if (numbering == 0) {
            numbering = automatic ? AUTO : MANUAL;
        }
        if (numbering == MANUAL && automatic) {
            throw KindlingError.valueError(
                    "cannot switch from manual field specification to automatic field numbering");
        }
        if (numbering == AUTO && !automatic) {
            throw KindlingError.valueError(
                    "cannot switch from automatic field numbering to manual field specification");
        }
        return automatic ? nextAuto++ : index;
    }

    /**
     * How {@code str.format} reaches into values: the interpreter implements it for its objects
     * (attributes, {@code __getitem__}, {@code __format__}, tensors); every method has a default
     * for plain Java values, so {@code new Accessor() {}} formats Longs, Doubles, Strings, Lists
     * and Maps. An embedder overrides only what it needs:
     *
     * <pre>{@code
     * StrFormat.Accessor points = new StrFormat.Accessor() {
     *     public Object getattr(Object obj, String name) {
     *         return name.equals("x") ? ((Point) obj).x() : StrFormat.Accessor.super.getattr(obj, name);
     *     }
     * };
     * StrFormat.format("{0.x:.1f}", List.of(new Point(1.25, 2.0)), Map.of(), points);  // "1.2"
     * }</pre>
     */
    public interface Accessor {
        /** {@code getattr(obj, name)}. */
        default Object getattr(Object obj, String name) {
            throw KindlingError.of(ErrorType.ATTRIBUTE_ERROR, "'" + PercentFormat.javaTypeName(obj)
                    + "' object has no attribute '" + name + "'");
        }

        /** {@code obj[key]}, where key is a Long for an all-digit key, else a String; List is a tuple. */
        default Object getitem(Object obj, Object key) {
            if (obj instanceof List<?> list) {
                if (!(key instanceof Long i)) {
                    throw KindlingError.typeError("tuple indices must be integers or slices, not str");
                }
                if (i >= list.size()) {
                    throw KindlingError.indexError("tuple index out of range");
                }
                return list.get(i.intValue());
            }
            if (obj instanceof String s) {
                if (!(key instanceof Long i)) {
                    throw KindlingError.typeError("string indices must be integers, not 'str'");
                }
                if (i >= s.codePointCount(0, s.length())) {
                    throw KindlingError.indexError("string index out of range");
                }
                int at = s.offsetByCodePoints(0, i.intValue());
                return s.substring(at, s.offsetByCodePoints(at, 1));
            }
            if (obj instanceof Map<?, ?> map) {
                if (!map.containsKey(key)) {
                    String shown = key instanceof String s ? StringRepr.repr(s) : key.toString();
                    throw KindlingError.of(ErrorType.KEY_ERROR, shown);
                }
                return map.get(key);
            }
            throw KindlingError.typeError("'" + PercentFormat.javaTypeName(obj) + "' object is not subscriptable");
        }

        /** {@code str(value)}. */
        default String str(Object value) {
            if (value instanceof String s) {
                return s;
            }
            if (value instanceof Double d) {
                return FloatRepr.repr(d);
            }
            if (value instanceof Boolean b) {
                return b ? "True" : "False";
            }
            if (value instanceof Long || value instanceof BigInteger) {
                return IntFormatter.str(value);
            }
            if (value instanceof List || value instanceof Map) {
                return repr(value);
            }
            return value == null ? "None" : value.toString();
        }

        /** {@code repr(value)}; a List shows as a tuple and a Map as a dict. */
        default String repr(Object value) {
            if (value instanceof String s) {
                return StringRepr.repr(s);
            }
            if (value instanceof List<?> list) {
                StringJoiner items = new StringJoiner(", ", "(", list.size() == 1 ? ",)" : ")");
                list.forEach(item -> items.add(repr(item)));
                return items.toString();
            }
            if (value instanceof Map<?, ?> map) {
                StringJoiner items = new StringJoiner(", ", "{", "}");
                map.forEach((k, v) -> items.add(repr(k) + ": " + repr(v)));
                return items.toString();
            }
            return str(value);
        }

        /** {@code ascii(value)}: repr with every non-ASCII character escaped. */
        default String ascii(Object value) {
            return StringRepr.asciiOfRepr(repr(value));
        }

        /** {@code format(value, spec)}. */
        default String format(Object value, String spec) {
            if (value instanceof String || value instanceof Double || value instanceof Boolean
                    || value instanceof Long || value instanceof BigInteger) {
                return FormatSpec.format(value, spec);
            }
            if (spec.isEmpty()) {
                return str(value);
            }
            throw KindlingError.typeError("unsupported format string passed to " + PercentFormat.javaTypeName(value)
                    + ".__format__");
        }
    }
}
