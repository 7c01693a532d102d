package dev.kindling.lang.format;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.RunGuard;

/**
 * printf-style formatting, {@code template % args}, as CPython 3.11's {@code PyUnicode_Format}:
 * conversions {@code s r a d i u o x X e E f F g G c %}, flags {@code - + space # 0}, width and
 * precision (either may be {@code *}), and mapping keys {@code %(name)s}.
 *
 * <p>The arguments come as a {@link List} for a tuple, a {@link Map} for a dict (which allows
 * {@code %(name)s}), or any other single object. The interpreter lends its own {@code str} and
 * {@code repr}, so that any object can be printed with {@code %s}:
 *
 * <pre>{@code
 * PercentFormat.format("%5.1f|%-4d|%s", List.of(3.14159, 42L, "x"), String::valueOf, String::valueOf);
 * // "  3.1|42  |x"
 * PercentFormat.format("%(n)03d", Map.of("n", 7L), String::valueOf, String::valueOf);  // "007"
 * }</pre>
 */
public final class PercentFormat {
    private final String template;
    private final Function<Object, String> str;
    private final Function<Object, String> repr;
    private final Function<Object, String> typeName;
    /** An object's own number (its __index__ or __float__) for %d and %f; other values unchanged. */
    private final Function<Object, Object> number;
    private final Map<?, ?> dict;
    private final StringBuilder out = new StringBuilder();
    private Object args;
    private int argCount;
    private int argIndex;
    private int pos;

    private PercentFormat(String template, Object args, Map<?, ?> mapping, Function<Object, String> str,
            Function<Object, String> repr, Function<Object, String> typeName, Function<Object, Object> number) {
        this.template = template;
        this.str = str;
        this.repr = repr;
        this.typeName = typeName;
        this.number = number;
        this.dict = mapping;
        useArgs(args);
    }

    /** {@code template % args}; type names in error messages are guessed from the Java classes. */
    public static String format(String template, Object args, Function<Object, String> str,
            Function<Object, String> repr) {
        return format(template, args, str, repr, PercentFormat::javaTypeName);
    }

    /** {@code template % args}, with the interpreter's {@code type(x).__name__} for error messages. */
    public static String format(String template, Object args, Function<Object, String> str,
            Function<Object, String> repr, Function<Object, String> typeName) {
        return format(template, args, args instanceof Map<?, ?> m ? m : null, str, repr, typeName);
    }

    /**
     * {@code template % args} where {@code args} is a mapping the interpreter represents itself
     * (a dict, or any object with {@code __getitem__}): {@code mapping} serves {@code %(name)s},
     * while a plain {@code %s} prints {@code args} itself, as CPython does ({@code '%s' % {'a': 1}}
     * is {@code "{'a': 1}"}). A mapping also lifts the "not all arguments converted" check.
     */
    public static String format(String template, Object args, Map<?, ?> mapping, Function<Object, String> str,
            Function<Object, String> repr, Function<Object, String> typeName) {
        return format(template, args, mapping, str, repr, typeName, Function.identity());
    }

    /**
     * As above, with {@code number} turning an object into the int or float it stands for (its
     * {@code __index__} or {@code __float__}), as %d and %f ask of objects that are not numbers.
     */
    public static String format(String template, Object args, Map<?, ?> mapping, Function<Object, String> str,
            Function<Object, String> repr, Function<Object, String> typeName, Function<Object, Object> number) {
        return new PercentFormat(template, args, mapping, str, repr, typeName, number).run();
    }

    private String run() {
        while (pos < template.length()) {
            int next = template.indexOf('%', pos);
            if (next < 0) {
                out.append(template, pos, template.length());
                break;
            }
            out.append(template, pos, next);
            pos = next + 1;
            conversion();
        }
        if (argIndex < argCount && dict == null) {
            throw KindlingError.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    /** A tuple gives its items one by one; anything else is the one argument (CPython's arglen -1). */
    private void useArgs(Object newArgs) {
        args = newArgs;
        if (newArgs instanceof List<?> list) {
            argCount = list.size();
            argIndex = 0;
        } else {
            argCount = -1;
            argIndex = -2;
        }
    }

    private Object nextArg() {
        if (argIndex >= argCount) {
            throw KindlingError.typeError("not enough arguments for format string");
        }
        argIndex++;
        return argCount < 0 ? args : ((List<?>) args).get(argIndex - 1);
    }

    /** Parses and writes one conversion; {@code pos} is just after its '%'. */
    private void conversion() {
        if (pos < template.length() && template.charAt(pos) == '%') {
            out.append('%');
            pos++;
            return;
        }
        if (pos < template.length() && template.charAt(pos) == '(') {
            useArgs(lookUp(mappingKey()));
        }
        PercentSpec spec = spec();
        Object value = nextArg();
        out.append(render(spec, value));
    }

    private String mappingKey() {
        if (dict == null) {
            throw KindlingError.typeError("format requires a mapping");
        }
        int depth = 1;
        int start = ++pos;
        while (depth > 0 && pos < template.length()) {
            char c = template.charAt(pos++);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        if (depth > 0) {
            throw KindlingError.valueError("incomplete format key");
        }
        return template.substring(start, pos - 1);
    }

    private Object lookUp(String key) {
        if (!dict.containsKey(key)) {
            throw KindlingError.of(ErrorType.KEY_ERROR, StringRepr.repr(key));
        }
        return dict.get(key);
    }

    private PercentSpec spec() {
        int flags = 0;
        int flag;
        while (pos < template.length() && (flag = PercentSpec.flagOf(template.charAt(pos))) != 0) {
            flags |= flag;
            pos++;
        }
        long width = -1;
        if (pos < template.length() && template.charAt(pos) == '*') {
            pos++;
            width = starArgument();
            if (width < 0) {
                flags |= PercentSpec.LEFT;
                width = -width;
            }
        } else {
            width = number(Long.MAX_VALUE, "width too big");
        }
        long precision = -1;
        if (pos < template.length() && template.charAt(pos) == '.') {
            pos++;
            if (pos < template.length() && template.charAt(pos) == '*') {
                pos++;
                precision = Math.max(0, starArgument());
            } else {
                precision = Math.max(0, number(Integer.MAX_VALUE, "precision too big"));
            }
        }
        if (pos < template.length() && "hlL".indexOf(template.charAt(pos)) >= 0) {
            pos++;
        }
        if (pos >= template.length()) {
            throw KindlingError.valueError("incomplete format");
        }
        int conversion = template.codePointAt(pos);
        boolean padsDigits = "eEfF".indexOf(conversion) >= 0;
        RunGuard.checkLength(Math.max(width, padsDigits ? precision : -1));
        return new PercentSpec(flags, width, precision, conversion, pos);
    }

    /** A run of digits (-1 when there is none), or the ValueError when it passes {@code max}. */
    private long number(long max, String tooBig) {
        long value = -1;
        while (pos < template.length() && template.charAt(pos) >= '0' && template.charAt(pos) <= '9') {
            int digit = template.charAt(pos++) - '0';
            if (value > (max - digit) / 10) {
                throw KindlingError.valueError(tooBig);
            }
            value = Math.max(value, 0) * 10 + digit;
        }
        return value;
    }

    private long starArgument() {
        Object v = nextArg();
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof java.math.BigInteger) {
            throw KindlingError.of(ErrorType.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        }
        throw KindlingError.typeError("* wants int");
    }

    private String render(PercentSpec spec, Object value) {
        pos += Character.charCount(spec.conversion());
        return switch (spec.conversion()) {
            case 's' -> spec.padText(spec.truncate(str.apply(value)));
            case 'r' -> spec.padText(spec.truncate(repr.apply(value)));
            case 'a' -> spec.padText(spec.truncate(StringRepr.asciiOfRepr(repr.apply(value))));
            case 'c' -> spec.padText(PercentValues.character(value));
            case 'd', 'i', 'u', 'o', 'x', 'X' -> spec.padNumber(PercentValues.integer(spec, number.apply(value),
                    typeName));
            case 'e', 'E', 'f', 'F', 'g', 'G' -> spec.padNumber(PercentValues.real(spec, number.apply(value), typeName));
            default -> throw unsupported(spec);
        };
    }

    private static KindlingError unsupported(PercentSpec spec) {
        int c = spec.conversion();
        char shown = c >= 31 && c <= 126 ? (char) c : '?';
        return KindlingError.valueError("unsupported format character '" + shown + "' (0x" + Integer.toHexString(c)
                + ") at index " + spec.index());
    }

    /** Python's type name of a plain Java value, for when the interpreter lends none. */
    static String javaTypeName(Object v) {
        if (v == null) {
            return "NoneType";
        }
        if (v instanceof String) {
            return "str";
        }
        if (v instanceof Long || v instanceof java.math.BigInteger) {
            return "int";
        }
        if (v instanceof Double) {
            return "float";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        return v instanceof List ? "tuple" : v instanceof Map ? "dict" : v.getClass().getSimpleName();
    }
}
