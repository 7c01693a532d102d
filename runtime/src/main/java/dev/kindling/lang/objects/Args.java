package dev.kindling.lang.objects;

import java.util.Map;

import dev.kindling.errors.KindlingError;

/**
 * Binds a built-in's positional and keyword arguments to named parameters, with CPython's error
 * messages. A parameter spec is a name, optionally with {@code =} to mark it optional;
 * {@code "*"} starts keyword-only parameters.
 *
 * <pre>{@code
 * Object[] a = Args.bind("sorted", args, kwargs, "iterable", "*", "key=", "reverse=");
 * // a[1] is null when key was not given
 * }</pre>
 */
public final class Args {
    private Args() {}

    public static Object[] bind(String function, Object[] args, Map<String, Object> kwargs, String... spec) {
        int count = 0;
        int positionalMax = 0;
        boolean keywordOnly = false;
        for (String s : spec) {
            if (s.equals("*")) {
                keywordOnly = true;
                continue;
            }
            count++;
            if (!keywordOnly) {
                positionalMax++;
            }
        }
        if (args.length > positionalMax) {
            throw KindlingError.typeError(function + "() takes at most " + positionalMax + " positional argument"
                    + (positionalMax == 1 ? "" : "s") + " (" + args.length + " given)");
        }
        Object[] out = new Object[count];
        System.arraycopy(args, 0, out, 0, args.length);
        if (kwargs != null) {
            for (Map.Entry<String, Object> e : kwargs.entrySet()) {
                int slot = slotOf(spec, e.getKey());
                if (slot < 0) {
                    throw KindlingError.typeError(function + "() got an unexpected keyword argument '" + e.getKey() + "'");
                }
                if (out[slot] != null) {
                    throw KindlingError.typeError(function + "() got multiple values for argument '" + e.getKey() + "'");
                }
                out[slot] = e.getValue();
            }
        }
        int slot = 0;
        for (String s : spec) {
            if (s.equals("*")) {
                continue;
            }
            if (out[slot] == null && !s.endsWith("=")) {
                throw KindlingError.typeError(function + "() missing required argument '" + s + "' (pos " + (slot + 1)
                        + ")");
            }
            slot++;
        }
        return out;
    }

    private static int slotOf(String[] spec, String name) {
        int slot = 0;
        for (String s : spec) {
            if (s.equals("*")) {
                continue;
            }
            String n = s.endsWith("=") ? s.substring(0, s.length() - 1) : s;
            if (n.equals(name)) {
                return slot;
            }
            slot++;
        }
        return -1;
    }

    /** Fails unless exactly {@code n} positional arguments and no keywords were given. */
    public static void exactly(String function, Object[] args, Map<String, Object> kwargs, int n) {
        if (kwargs != null && !kwargs.isEmpty()) {
            throw KindlingError.typeError(function + "() takes no keyword arguments");
        }
        if (args.length != n) {
            throw KindlingError.typeError(function + "() takes exactly " + (n == 1 ? "one argument" : n + " arguments")
                    + " (" + args.length + " given)");
        }
    }

    /** Fails unless between min and max positional arguments and no keywords were given. */
    public static void range(String function, Object[] args, Map<String, Object> kwargs, int min, int max) {
        if (kwargs != null && !kwargs.isEmpty()) {
            throw KindlingError.typeError(function + "() takes no keyword arguments");
        }
        if (args.length < min) {
            throw KindlingError.typeError(function + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                    + ", got " + args.length);
        }
        if (args.length > max) {
            throw KindlingError.typeError(function + " expected at most " + max + " argument" + (max == 1 ? "" : "s")
                    + ", got " + args.length);
        }
    }

    /** The value, or a default when the argument was not given (null) or was None. */
    public static Object orDefault(Object value, Object fallback) {
        return value == null || value == PyNone.NONE ? fallback : value;
    }
}
