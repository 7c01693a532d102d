package dev.kindling.lang.modules.plot;

import java.awt.Color;

import dev.kindling.errors.KindlingError;

/**
 * A plot() format string such as 'r-', 'bo', '--' or 'g.': at most one color letter, one marker
 * and one line style, in any order. A format with a marker but no line style draws no line.
 */
final class FormatString {
    static final String MARKERS = "o.x+s^vD*";

    final Color color;
    final String marker;
    final String lineStyle;

    private FormatString(Color color, String marker, String lineStyle) {
        this.color = color;
        this.marker = marker;
        this.lineStyle = lineStyle;
    }

    /** The color, or null when the format names none. */
    Color color() {
        return color;
    }

    /** The marker, or null when the format names none. */
    String marker() {
        return marker;
    }

    /** The line style, "" when a marker was given without one, or null when the format leaves it open. */
    String lineStyle() {
        return lineStyle;
    }

    static FormatString parse(String fmt) {
        Color color = null;
        String marker = null;
        String style = null;
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            String two = i + 1 < fmt.length() ? fmt.substring(i, i + 2) : "";
            if (two.equals("--") || two.equals("-.")) {
                style = once(fmt, style, two, "linestyle");
                i += 2;
                continue;
            }
            if (c == '-' || c == ':') {
                style = once(fmt, style, String.valueOf(c), "linestyle");
            } else if (MARKERS.indexOf(c) >= 0) {
                marker = once(fmt, marker, String.valueOf(c), "marker");
            } else if (c == 'C' && i + 1 < fmt.length() && Character.isDigit(fmt.charAt(i + 1))) {
                if (color != null) {
                    throw invalid(fmt, "two color symbols");
                }
                color = Colors.cycle(fmt.charAt(i + 1) - '0');
                i += 2;
                continue;
            } else if (Colors.ofLetter(c) != null) {
                if (color != null) {
                    throw invalid(fmt, "two color symbols");
                }
                color = Colors.ofLetter(c);
            } else {
                throw invalid(fmt, "unrecognized character '" + c + "'");
            }
            i++;
        }
        if (marker != null && style == null) {
            style = "";
        }
        return new FormatString(color, marker, style);
    }

    private static String once(String fmt, String previous, String symbol, String what) {
        if (previous != null) {
            throw invalid(fmt, "two " + what + " symbols");
        }
        return symbol;
    }

    private static KindlingError invalid(String fmt, String why) {
        return KindlingError.valueError("'" + fmt + "' is not a valid format string (" + why + ")");
    }
}
