package dev.kindling.lang.objects;

import java.util.ArrayList;
import java.util.List;
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
        Object[] out = placed(function, args, kwargs, spec, count, 0);
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

    /**
     * Binds as a {@code def} with these parameters would, with CPython's errors for a Python
     * function: for the built-ins that PyTorch writes in Python ({@code torch.manual_seed},
     * {@code torch.save}). Besides names, {@code "x="} and {@code "*"}, the spec may hold
     * {@code "/"} after positional-only parameters. An argument not given is null.
     */
    public static Object[] bindDef(String function, Object[] args, Map<String, Object> kwargs, String... spec) {
        int count = 0;
        int positionalMax = 0;
        int required = 0;
        int positionalOnly = 0;
        boolean keywordOnly = false;
        for (String s : spec) {
            if (s.equals("/")) {
                positionalOnly = count;
            } else if (s.equals("*")) {
                keywordOnly = true;
            } else {
                count++;
                positionalMax += keywordOnly ? 0 : 1;
                required += keywordOnly || s.endsWith("=") ? 0 : 1;
            }
        }
        if (args.length > positionalMax) {
            throw CallErrors.tooManyPositional(function, required, positionalMax, args.length);
        }
        Object[] out = placed(function, args, kwargs, spec, count, positionalOnly);
        List<String> missing = new ArrayList<>();
        List<String> missingKeywords = new ArrayList<>();
        keywordOnly = false;
        int slot = 0;
        for (String s : spec) {
            if (s.equals("*")) {
                keywordOnly = true;
            } else if (!s.equals("/")) {
                if (out[slot] == null && !s.endsWith("=")) {
                    (keywordOnly ? missingKeywords : missing).add(s);
                }
                slot++;
            }
        }
        if (!missing.isEmpty()) {
            throw CallErrors.missing(function, "positional", missing);
        }
        if (!missingKeywords.isEmpty()) {
            throw CallErrors.missing(function, "keyword-only", missingKeywords);
        }
        return out;
    }

    /**
     * {@link #bindDef} for a class's {@code __init__} (or {@code __new__}) written in Python:
     * {@code method} is its qualified name, and the instance (or class) the spec's first name
     * counts as CPython counts it; its slot in the result is null.
     */
    public static Object[] bindMethodDef(String method, Object[] args, Map<String, Object> kwargs, String... spec) {
        Object[] withSelf = new Object[args.length + 1];
        withSelf[0] = PyNone.NONE;
        System.arraycopy(args, 0, withSelf, 1, args.length);
        Object[] bound = bindDef(method, withSelf, kwargs, spec);
        bound[0] = null;
        return bound;
    }

    /**
     * The arguments in their slots: positional ones first, then each keyword in its parameter's
     * slot; a keyword that names no parameter, one already given, or one of the first
     * {@code positionalOnly} parameters is CPython's TypeError.
     */
    private static Object[] placed(String function, Object[] args, Map<String, Object> kwargs, String[] spec,
            int count, int positionalOnly) {
        Object[] out = new Object[count];
        System.arraycopy(args, 0, out, 0, args.length);
        if (kwargs != null) {
            for (Map.Entry<String, Object> e : kwargs.entrySet()) {
                int slot = slotOf(spec, e.getKey());
                if (slot >= 0 && slot < positionalOnly) {
                    throw CallErrors.positionalOnlyByKeyword(function, e.getKey());
                }
                if (slot < 0) {
                    throw CallErrors.unexpectedKeyword(function, e.getKey());
                }
                if (out[slot] != null) {
                    throw CallErrors.multipleValues(function, e.getKey());
                }
                out[slot] = e.getValue();
            }
        }
        return out;
    }

    private static int slotOf(String[] spec, String name) {
        int slot = 0;
        for (String s : spec) {
            if (s.equals("*") || s.equals("/")) {
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

    /** Fails unless no argument was given, in CPython's words for a built-in that takes none. */
    public static void none(String function, Object[] args, Map<String, Object> kwargs) {
        if (kwargs != null && !kwargs.isEmpty()) {
            throw KindlingError.typeError(function + "() takes no keyword arguments");
        }
        if (args.length != 0) {
            throw KindlingError.typeError(function + "() takes no arguments (" + args.length + " given)");
        }
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
