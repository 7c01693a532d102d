package dev.kindling.lang.modules.plot;

import java.awt.Color;

/**
 * One thing drawn in the axes: a line (with optional markers), a scatter of markers, or the bars
 * of a histogram. Immutable except for its legend label, which {@code legend(labels)} may set.
 */
final class Series {
    enum Kind { LINE, SCATTER, BARS }

    final Kind kind;
    final double[] x;
    final double[] y;
    final Color color;
    /** Line width in points; 0 for no line. */
    final double lineWidth;
    /** "-", "--", ":", "-." or "" (no line). */
    final String lineStyle;
    /** A marker code ("o", ".", "x", "+", "s", "^", "v", "D", "*") or "" for none. */
    final String marker;
    /** Marker diameter in points. */
    final double markerSize;
    /** For BARS: the bin edges (x holds left edges, y the heights). */
    final double[] edges;
    String label;

    Series(Kind kind, double[] x, double[] y, Color color, double lineWidth, String lineStyle, String marker,
            double markerSize, double[] edges, String label) {
        this.kind = kind;
        this.x = x;
        this.y = y;
        this.color = color;
        this.lineWidth = lineWidth;
        this.lineStyle = lineStyle;
        this.marker = marker;
        this.markerSize = markerSize;
        this.edges = edges;
        this.label = label;
    }

    /** Whether a legend() without arguments lists it: labels starting with '_' are hidden, as matplotlib. */
    boolean inLegend() {
        return label != null && !label.startsWith("_");
    }
}
