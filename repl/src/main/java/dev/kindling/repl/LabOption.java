package dev.kindling.repl;

import java.util.List;

/**
 * {@code --lab} and {@code --lab-port=PORT} (or {@code --lab-port PORT}) before the script or
 * {@code -c}: open Kindling Lab for the session, on a free port or the one named (which implies
 * {@code --lab}). Read only where options stand, as {@link NumericsOption} is.
 */
final class LabOption {
    private static final String LAB = "--lab";
    private static final String PORT = "--lab-port";

    /** Whether the Lab was asked for, and its port (0: any free one). */
    record Choice(boolean on, int port) {
        static final Choice OFF = new Choice(false, 0);
    }

    private LabOption() {}

    /** Removes the leading Lab options from {@code args}; {@code previous} is what earlier ones chose. */
    static Choice take(List<String> args, Choice previous) throws NumericsOption.BadOption {
        Choice choice = previous;
        while (!args.isEmpty()) {
            String option = args.get(0);
            if (option.equals(LAB)) {
                args.remove(0);
                choice = new Choice(true, choice.port());
            } else if (option.equals(PORT) || option.startsWith(PORT + "=")) {
                args.remove(0);
                String value;
                if (option.equals(PORT)) {
                    if (args.isEmpty()) {
                        throw new NumericsOption.BadOption("argument " + PORT + ": expected one argument");
                    }
                    value = args.remove(0);
                } else {
                    value = option.substring(PORT.length() + 1);
                }
                choice = new Choice(true, port(value));
            } else {
                break;
            }
        }
        return choice;
    }

    private static int port(String value) throws NumericsOption.BadOption {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below, as argparse words it
        }
        throw new NumericsOption.BadOption("argument " + PORT + ": invalid port value: '" + value + "'");
    }
}
