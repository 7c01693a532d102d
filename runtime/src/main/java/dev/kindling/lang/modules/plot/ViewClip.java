package dev.kindling.lang.modules.plot;

/**
 * Clips segments and points to the view rectangle in data coordinates (Liang-Barsky), so that
 * a line to a far-off point is rasterised only where it crosses the view.
 */
final class ViewClip {
    private ViewClip() {}

    static boolean inside(double x, double y, double[] xlim, double[] ylim) {
        return between(x, xlim) && between(y, ylim);
    }

    private static boolean between(double v, double[] lim) {
        return v >= Math.min(lim[0], lim[1]) && v <= Math.max(lim[0], lim[1]);
    }

    /** The part {x0, y0, x1, y1} of the segment inside the view, or null when none is (or an end is not finite). */
    static double[] segment(double x0, double y0, double x1, double y1, double[] xlim, double[] ylim) {
        if (!(Double.isFinite(x0) && Double.isFinite(y0) && Double.isFinite(x1) && Double.isFinite(y1))) {
            return null;
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - Math.min(xlim[0], xlim[1]), Math.max(xlim[0], xlim[1]) - x0,
            y0 - Math.min(ylim[0], ylim[1]), Math.max(ylim[0], ylim[1]) - y0};
        double enter = 0;
        double leave = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else if (p[i] < 0) {
                enter = Math.max(enter, q[i] / p[i]);
            } else {
                leave = Math.min(leave, q[i] / p[i]);
            }
        }
        if (enter > leave) {
            return null;
        }
        return new double[] {x0 + enter * dx, y0 + enter * dy, x0 + leave * dx, y0 + leave * dy};
    }
}
