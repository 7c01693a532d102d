package dev.kindling.lang.modules.argparse;

import java.util.Collections;
import java.util.List;

import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyNone;

/**
 * One {@code add_argument} of an argparse parser (CPython's Action): where its value goes, how
 * many strings it takes, how they are converted and checked, and how it shows in help.
 *
 * @param optionStrings {@code -n}, {@code --epochs}; empty for a positional
 * @param action store, store_const, store_true, store_false, append, count or help
 * @param nargs null (one string), "?", "*", "+", or a Long count; 0L for actions that take none
 * @param type the converter, or null for the string itself
 * @param choices the allowed values, or null
 * @param help the help text, null for none, {@link ArgparseModule#SUPPRESS} to hide it
 * @param metavar the name in usage and help, or null for the default one
 */
record Argument(List<String> optionStrings, String dest, String action, Object nargs, Object constant,
        Object defaultValue, Object type, Object choices, boolean required, Object help, Object metavar) {

    boolean positional() {
        return optionStrings.isEmpty();
    }

    boolean hidden() {
        return ArgparseModule.SUPPRESS.equals(help);
    }

    /** How CPython names the argument in errors: its option strings joined by '/', else its metavar or dest. */
    String displayName() {
        if (!positional()) {
            return String.join("/", optionStrings);
        }
        if (metavar != null && metavar != PyNone.NONE) {
            return (String) metavar;
        }
        return dest;
    }

    /** argparse's regular expression over 'A' (argument) and 'O' (option) letters for this nargs. */
    String pattern() {
        String p;
        if (nargs == null) {
            p = "(-*A-*)";
        } else if ("?".equals(nargs)) {
            p = "(-*A?-*)";
        } else if ("*".equals(nargs)) {
            p = "(-*[A-]*)";
        } else if ("+".equals(nargs)) {
            p = "(-*A[A-]*)";
        } else {
            p = "(-*" + String.join("-*", Collections.nCopies((int) Ops.toLong(nargs), "A")) + "-*)";
        }
        return positional() ? p : p.replace("-*", "").replace("-", "");
    }
}
