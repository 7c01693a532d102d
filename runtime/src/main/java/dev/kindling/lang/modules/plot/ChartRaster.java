package dev.kindling.lang.modules.plot;

/**
 * Draws a figure's series onto a {@link BrailleCanvas}: the view limits map onto the dot grid,
 * lines join consecutive finite points (clipped to the view, a NaN breaking the line as in
 * matplotlib), markers and scatter points set one dot each, and histogram bars are filled from 0.
 */
final class ChartRaster {
    private final BrailleCanvas canvas;
    private final double[] xlim;
    private final double[] ylim;

    private ChartRaster(BrailleCanvas canvas, double[] xlim, double[] ylim) {
        this.canvas = canvas;
        this.xlim = xlim;
        this.ylim = ylim;
    }

    /** A canvas of the given cells with every series of the figure drawn in the view limits. */
    static ChartRaster draw(Figure figure, int columns, int rows, double[] xlim, double[] ylim) {
        ChartRaster raster = new ChartRaster(new BrailleCanvas(columns, rows), xlim, ylim);
        for (int i = 0; i < figure.series.size(); i++) {
            raster.series(figure.series.get(i), i);
        }
        return raster;
    }

    BrailleCanvas canvas() {
        return canvas;
    }

    /** The dot column of an x value: the left limit at column 0, the right one at the last column. */
    int dotX(double x) {
        return (int) Math.round((x - xlim[0]) / (xlim[1] - xlim[0]) * (canvas.dotWidth() - 1));
    }

    /** The dot row of a y value: the top limit at row 0, the bottom one at the last row. */
    int dotY(double y) {
        return (int) Math.round((ylim[1] - y) / (ylim[1] - ylim[0]) * (canvas.dotHeight() - 1));
    }

    private void series(Series s, int index) {
        switch (s.kind) {
            case LINE -> {
                if (!s.lineStyle.isEmpty()) {
                    lines(s.x, s.y, index);
                }
                if (!s.marker.isEmpty()) {
                    points(s.x, s.y, index);
                }
            }
            case SCATTER -> points(s.x, s.y, index);
            case BARS -> bars(s, index);
        }
    }

    private void lines(double[] x, double[] y, int index) {
        for (int i = 0; i + 1 < x.length; i++) {
            double[] segment = ViewClip.segment(x[i], y[i], x[i + 1], y[i + 1], xlim, ylim);
            if (segment != null) {
                canvas.line(dotX(segment[0]), dotY(segment[1]), dotX(segment[2]), dotY(segment[3]), index);
            }
        }
        if (x.length == 1) {
            points(x, y, index);
        }
    }

    private void points(double[] x, double[] y, int index) {
        for (int i = 0; i < x.length; i++) {
            if (ViewClip.inside(x[i], y[i], xlim, ylim)) {
                canvas.set(dotX(x[i]), dotY(y[i]), index);
            }
        }
    }

    private void bars(Series s, int index) {
        double base = Math.max(Math.min(ylim[0], ylim[1]), Math.min(0, Math.max(ylim[0], ylim[1])));
        for (int b = 0; b < s.y.length; b++) {
            double top = Math.max(Math.min(s.y[b], Math.max(ylim[0], ylim[1])), Math.min(ylim[0], ylim[1]));
            int left = Math.max(0, dotX(s.edges[b]));
            int right = Math.min(canvas.dotWidth() - 1, dotX(s.edges[b + 1]) - 1);
            for (int x = left; x <= right; x++) {
                canvas.line(x, dotY(base), x, dotY(top), index);
            }
        }
    }
}
