package dev.kindling.bind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Ops;

/**
 * PyTorch's TypeError when no signature of an overloaded op fits a call
 * ({@code format_invalid_args}): "received an invalid combination of arguments - got (...), but
 * expected ...", each listed signature annotated where its entry count equals the number of
 * arguments given. Its quirks are PyTorch's: the signature's {@code *} counts as an entry, a
 * keyword naming a parameter that has a default counts as unrecognized, and the type list keeps
 * a trailing ", " when only keywords were given.
 */
final class InvalidArguments {
    private InvalidArguments() {}

    static KindlingError of(String name, List<Signature> listed, Object[] args, Map<String, Object> kwargs) {
        StringBuilder sb = new StringBuilder(name).append("() received an invalid combination of arguments - ");
        if (listed.size() == 1) {
            return KindlingError.typeError(single(sb, listed.get(0), args, kwargs));
        }
        sb.append("got ").append(describe(args, kwargs, null)).append(", but expected one of:\n");
        for (Signature s : listed) {
            sb.append(" * ").append(s).append('\n');
            if (s.entryCount() == given(args, kwargs)) {
                List<String> unmatched = unrecognized(s, kwargs);
                sb.append(unmatched.isEmpty()
                        ? "      didn't match because some of the arguments have invalid types: " + describe(args, kwargs, s)
                        : "      didn't match because some of the keywords were incorrect: " + String.join(", ", unmatched))
                        .append('\n');
            }
        }
        return KindlingError.typeError(sb.toString());
    }

    private static String single(StringBuilder sb, Signature s, Object[] args, Map<String, Object> kwargs) {
        List<String> unmatched = unrecognized(s, kwargs);
        if (!unmatched.isEmpty()) {
            return sb.append("got unrecognized keyword arguments: ").append(String.join(", ", unmatched)).toString();
        }
        boolean counted = s.entryCount() == given(args, kwargs);
        return sb.append("got ").append(describe(args, kwargs, counted ? s : null)).append(", but expected ").append(s)
                .toString();
    }

    private static int given(Object[] args, Map<String, Object> kwargs) {
        return args.length + (kwargs == null ? 0 : kwargs.size());
    }

    /** Keywords PyTorch's message parser does not find: unknown ones, and those naming a defaulted parameter. */
    private static List<String> unrecognized(Signature s, Map<String, Object> kwargs) {
        List<String> out = new ArrayList<>();
        if (kwargs != null) {
            for (String key : kwargs.keySet()) {
                int index = s.positionOf(key);
                if (index < 0 || s.isOptional(index)) {
                    out.add(key);
                }
            }
        }
        Collections.reverse(out);
        return out;
    }

    /** The call's argument types: {@code (Tensor, dim=str)}, with {@code !str!} where s rejects one. */
    private static String describe(Object[] args, Map<String, Object> kwargs, Signature s) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < args.length; i++) {
            boolean bad = s != null && (i >= s.maxPositional || !s.fits(i, args[i]));
            sb.append(mark(Ops.typeName(args[i]), bad)).append(", ");
        }
        if (kwargs != null) {
            for (Map.Entry<String, Object> e : kwargs.entrySet()) {
                int index = s == null ? -1 : s.positionOf(e.getKey());
                boolean bad = s != null && (index < 0 || !s.fits(index, e.getValue()));
                sb.append(e.getKey()).append('=').append(mark(Ops.typeName(e.getValue()), bad)).append(", ");
            }
        }
        if (args.length > 0) {
            sb.setLength(sb.length() - 2);
        }
        return sb.append(')').toString();
    }

    private static String mark(String type, boolean bad) {
        return bad ? "!" + type + "!" : type;
    }
}
