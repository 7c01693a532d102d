package dev.kindling.repl;

import java.util.List;

import dev.kindling.embed.Kindling;

/**
 * {@code --numerics=POLICY} (or {@code --numerics POLICY}) before the script or {@code -c}: the
 * numerics policy of the session, one of {@link Kindling#numericsPolicies()}. Like python's own
 * options it is read only where options stand, so a script's own {@code --numerics} argument
 * reaches its {@code sys.argv} untouched.
 */
final class NumericsOption {
    private static final String NAME = "--numerics";

    private NumericsOption() {}

    /** A bad {@code --numerics}: the message says what was wrong, argparse-style. */
    static final class BadOption extends Exception {
        BadOption(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Removes the leading {@code --numerics} options from {@code args} and returns the last one's
     * policy, or the default policy when there is none.
     */
    static String take(List<String> args) throws BadOption {
        String policy = Kindling.numericsPolicies().get(0);
        while (!args.isEmpty() && (args.get(0).equals(NAME) || args.get(0).startsWith(NAME + "="))) {
            String option = args.remove(0);
            if (option.equals(NAME)) {
                if (args.isEmpty()) {
                    throw new BadOption("argument " + NAME + ": expected one argument");
                }
                policy = args.remove(0);
            } else {
                policy = option.substring(NAME.length() + 1);
            }
            if (!Kindling.numericsPolicies().contains(policy)) {
                throw new BadOption("argument " + NAME + ": invalid choice: '" + policy + "' (choose from "
                        + String.join(", ", Kindling.numericsPolicies().stream().map(p -> "'" + p + "'").toList()) + ")");
            }
        }
        return policy;
    }
}
