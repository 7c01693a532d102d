package dev.kindling.lang.modules.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The model of one figure with a single set of axes: what was plotted, the labels, limits, grid
 * and legend settings. Knows nothing about drawing; {@link FigureRenderer} draws it.
 */
final class Figure {
    static final double DEFAULT_WIDTH = 6.4;
    static final double DEFAULT_HEIGHT = 4.8;
    static final double DEFAULT_DPI = 100;
    /** The fraction of the data range added on each side when limits are automatic (axes.xmargin). */
    static final double MARGIN = 0.05;

    /** legend(loc=) values understood: 'best' then the four corners in matplotlib's code order 1..4. */
    static final List<String> LEGEND_LOCATIONS = List.of("best", "upper right", "upper left", "lower left",
            "lower right");

    final int number;
    final double widthInches;
    final double heightInches;
    final double dpi;
    final List<Series> series = new ArrayList<>();
    String title = "";
    String xlabel = "";
    String ylabel = "";
    double[] xlim;
    double[] ylim;
    boolean grid;
    boolean legend;
    String legendLocation = "best";
    /** The padding in font sizes when tight_layout() was called, else null for the default axes position. */
    Double tightLayout;
    private int nextColor;

    Figure(int number, double widthInches, double heightInches, double dpi) {
        this.number = number;
        this.widthInches = widthInches;
        this.heightInches = heightInches;
        this.dpi = dpi;
    }

    /** The next color of the default cycle; each line, scatter or histogram without a color takes one. */
    Color nextColor() {
        return Colors.cycle(nextColor++);
    }

    /** Forgets everything drawn and set, as clf(). */
    void clear() {
        series.clear();
        title = "";
        xlabel = "";
        ylabel = "";
        xlim = null;
        ylim = null;
        grid = false;
        legend = false;
        legendLocation = "best";
        nextColor = 0;
    }

    /** The x view limits: those set by xlim(), else the data range with margins. */
    double[] xLimits() {
        return xlim != null ? xlim.clone() : autoLimits(true);
    }

    /** The y view limits: those set by ylim(), else the data range with margins (bars stay on 0). */
    double[] yLimits() {
        return ylim != null ? ylim.clone() : autoLimits(false);
    }

    private double[] autoLimits(boolean xAxis) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean stickyZero = false;
        for (Series s : series) {
            double[] values = xAxis ? (s.kind == Series.Kind.BARS ? s.edges : s.x) : s.y;
            for (double v : values) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            if (!xAxis && s.kind == Series.Kind.BARS) {
                stickyZero = true;
                lo = Math.min(lo, 0);
                hi = Math.max(hi, 0);
            }
        }
        if (lo > hi) {
            return new double[] {0, 1};
        }
        if (lo == hi) {
            double pad = lo == 0 ? 0.05 : Math.abs(lo) * 0.05;
            lo -= pad;
            hi += pad;
        }
        double span = hi - lo;
        double newLo = stickyZero && lo == 0 ? 0 : lo - MARGIN * span;
        double newHi = stickyZero && hi == 0 ? 0 : hi + MARGIN * span;
        return new double[] {newLo, newHi};
    }
}
