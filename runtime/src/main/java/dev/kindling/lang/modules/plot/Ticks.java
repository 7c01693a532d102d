package dev.kindling.lang.modules.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Tick positions at "nice" values (1, 2 or 5 times a power of ten) inside a view interval, and
 * their labels with just enough decimals for the step, a minus sign as matplotlib's (U+2212).
 */
final class Ticks {
    private static final double[] STEPS = {1, 2, 5, 10};

    final double[] values;
    final String[] labels;

    private Ticks(double[] values, String[] labels) {
        this.values = values;
        this.labels = labels;
    }

    /** At most {@code maxIntervals + 1} ticks between lo and hi (inclusive), at the smallest nice step. */
    static Ticks between(double lo, double hi, int maxIntervals) {
        double min = Math.min(lo, hi);
        double max = Math.max(lo, hi);
        double span = max - min;
        if (!(span > 0) || !Double.isFinite(span)) {
            return new Ticks(new double[] {min}, new String[] {label(min, 2)});
        }
        double raw = span / Math.max(1, maxIntervals);
        int exponent = (int) Math.floor(Math.log10(raw));
        double scale = Math.pow(10, exponent);
        double step = 0;
        int decimals = 0;
        for (double s : STEPS) {
            step = s * scale;
            decimals = Math.max(0, s == 10 ? -exponent - 1 : -exponent);
            if (Math.floor(max / step + 1e-9) - Math.ceil(min / step - 1e-9) <= maxIntervals) {
                break;
            }
        }
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        List<Double> values = new ArrayList<>();
        for (long k = first; k <= last; k++) {
            double v = k * step;
            values.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
        }
        double[] out = new double[values.size()];
        String[] labels = new String[out.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
            labels[i] = label(out[i], decimals);
        }
        return new Ticks(out, labels);
    }

    /** The value with the given decimals (those the step needs: 1 for a 0.5 step), or %.3g when huge or tiny. */
    static String label(double value, int decimals) {
        String text;
        if (Math.abs(value) >= 1e6 || (value != 0 && Math.abs(value) < 1e-4)) {
            text = String.format(java.util.Locale.ROOT, "%.3g", value);
        } else {
            text = String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
        }
        if (text.matches("-0(\\.0*)?")) {
            text = text.substring(1);
        }
        return text.startsWith("-") ? "\u2212" + text.substring(1) : text;
    }
}
