package dev.kindling.lang.objects;

import java.util.List;

import dev.kindling.errors.KindlingError;

/**
 * CPython's TypeErrors for a call that does not fit a Python function's parameters: missing,
 * surplus and misnamed arguments, worded as {@code ceval.c} words them for a {@code def}.
 */
public final class CallErrors {
    private CallErrors() {}

    /** {@code f() missing 2 required positional arguments: 'a' and 'b'} ({@code kind}: positional, keyword-only). */
    public static KindlingError missing(String function, String kind, List<String> names) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                list.append(i == names.size() - 1 ? (names.size() > 2 ? ", and " : " and ") : ", ");
            }
            list.append('\'').append(names.get(i)).append('\'');
        }
        return KindlingError.typeError(function + "() missing " + names.size() + " required " + kind + " argument"
                + (names.size() == 1 ? "" : "s") + ": " + list);
    }

    /** {@code f() takes from 1 to 2 positional arguments but 3 were given}. */
    public static KindlingError tooManyPositional(String function, int min, int max, int given) {
        String takes = min == max ? String.valueOf(max) : "from " + min + " to " + max;
        return KindlingError.typeError(function + "() takes " + takes + " positional argument" + (max == 1 ? "" : "s")
                + " but " + given + (given == 1 ? " was" : " were") + " given");
    }

    public static KindlingError unexpectedKeyword(String function, String keyword) {
        return KindlingError.typeError(function + "() got an unexpected keyword argument '" + keyword + "'");
    }

    public static KindlingError multipleValues(String function, String keyword) {
        return KindlingError.typeError(function + "() got multiple values for argument '" + keyword + "'");
    }

    /** A positional-only parameter (before {@code /}) given by keyword. */
    public static KindlingError positionalOnlyByKeyword(String function, String keyword) {
        return KindlingError.typeError(function + "() got some positional-only arguments passed as keyword "
                + "arguments: '" + keyword + "'");
    }
}
