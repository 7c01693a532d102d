package dev.kindling.lang.modules.plot;

import java.util.Map;

import dev.kindling.errors.KindlingError;

/**
 * How plt.show() presents a figure, decided here and nowhere else: a text chart (the default;
 * {@code KINDLING_PLOT=text} asks for it explicitly) with one ANSI color per series when the
 * session writes to a terminal and {@code NO_COLOR} is unset, a chart without escapes under
 * {@code KINDLING_PLOT=text-plain}, or under {@code KINDLING_PLOT=file} only the PNG and its path.
 * The chart fills {@code COLUMNS} x {@code LINES} (less two lines, for the path and the next
 * prompt) when the environment says them, else 72 x 20 characters.
 *
 * @param chart whether to draw the text chart
 * @param color whether the chart may contain ANSI color escapes
 * @param width the chart's width in characters
 * @param height the chart's height in lines
 */
record ShowSettings(boolean chart, boolean color, int width, int height) {
    static final int DEFAULT_WIDTH = 72;
    static final int DEFAULT_HEIGHT = 20;
    private static final int MIN_WIDTH = 30;
    private static final int MIN_HEIGHT = 8;

    /** The settings for this process's environment and a session whose output is (or is not) a terminal. */
    static ShowSettings fromEnvironment(boolean terminal) {
        return from(System.getenv(), terminal);
    }

    static ShowSettings from(Map<String, String> env, boolean terminal) {
        String mode = env.getOrDefault("KINDLING_PLOT", "");
        boolean noColor = !env.getOrDefault("NO_COLOR", "").isEmpty();
        int width = Math.max(MIN_WIDTH, number(env.get("COLUMNS"), DEFAULT_WIDTH));
        int height = Math.max(MIN_HEIGHT, number(env.get("LINES"), DEFAULT_HEIGHT + 2) - 2);
        switch (mode) {
            case "": case "text":
                return new ShowSettings(true, terminal && !noColor, width, height);
            case "text-plain":
                return new ShowSettings(true, false, width, height);
            case "file":
                return new ShowSettings(false, false, width, height);
            default:
                throw KindlingError.valueError("KINDLING_PLOT must be 'text', 'text-plain' or 'file', not '"
                        + mode + "'");
        }
    }

    /** A positive count from an environment variable, or the default when unset or not a number. */
    private static int number(String text, int otherwise) {
        try {
            int n = text == null ? otherwise : Integer.parseInt(text.strip());
            return n > 0 ? n : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
