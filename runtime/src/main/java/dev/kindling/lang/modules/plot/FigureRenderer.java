package dev.kindling.lang.modules.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import dev.kindling.errors.KindlingError;

/**
 * Draws a {@link Figure} with Java2D (headless, antialiased) in matplotlib's default look: axes
 * at the default subplot position, outward ticks with nice values, labels, title, grid and legend.
 * Sizes are in points (1/72 inch) and scaled by the figure's dpi.
 */
final class FigureRenderer {
    // matplotlib's default subplot parameters: the axes' edges as fractions of the figure.
    private static final double LEFT = 0.125;
    private static final double RIGHT = 0.9;
    private static final double BOTTOM = 0.11;
    private static final double TOP = 0.88;
    /** matplotlib's Agg canvas takes less than 2^16 pixels a side. */
    private static final int MAX_PIXELS = 1 << 16;
    private static final double FONT_PT = 10;
    private static final double TITLE_PT = 12;
    private static final Color GRID = new Color(0xb0, 0xb0, 0xb0);
    private static final Color LEGEND_EDGE = new Color(0xcc, 0xcc, 0xcc);
    private static final String FONT_FAMILY = pickFontFamily();

    private final Figure figure;
    private final double k;
    private double axLeft;
    private double axTop;
    private double axWidth;
    private double axHeight;
    private double[] xl;
    private double[] yl;

    private final double dpi;

    private FigureRenderer(Figure figure, double dpi) {
        this.figure = figure;
        this.dpi = dpi;
        this.k = dpi / 72.0;
    }

    /** The figure as an RGB image of (width * dpi) x (height * dpi) pixels. */
    static BufferedImage render(Figure figure, double dpi) {
        return new FigureRenderer(figure, dpi).draw();
    }

    private static String pickFontFamily() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        try {
            for (String name : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()) {
                if (name.equals("DejaVu Sans")) {
                    return name;
                }
            }
        } catch (RuntimeException | Error ignored) {
            // No font configuration: fall back to Java's logical font.
        }
        return Font.SANS_SERIF;
    }

    private BufferedImage draw() {
        int width = (int) Math.max(1, Math.round(figure.widthInches * dpi));
        int height = (int) Math.max(1, Math.round(figure.heightInches * dpi));
        if (width >= MAX_PIXELS || height >= MAX_PIXELS) {
            throw KindlingError.valueError("Image size of " + width + "x" + height
                    + " pixels is too large. It must be less than 2^16 in each direction.");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            axLeft = LEFT * width;
            axTop = (1 - TOP) * height;
            axWidth = (RIGHT - LEFT) * width;
            axHeight = (TOP - BOTTOM) * height;
            xl = figure.xLimits();
            yl = figure.yLimits();
            Ticks xticks = Ticks.between(xl[0], xl[1], maxIntervals(axWidth, 3));
            Ticks yticks = Ticks.between(yl[0], yl[1], maxIntervals(axHeight, 2));
            if (figure.tightLayout != null) {
                fitAxes(g, width, height, xticks, yticks, figure.tightLayout);
                xticks = Ticks.between(xl[0], xl[1], maxIntervals(axWidth, 3));
                yticks = Ticks.between(yl[0], yl[1], maxIntervals(axHeight, 2));
            }
            if (figure.grid) {
                drawGrid(g, xticks, yticks);
            }
            Shape clip = g.getClip();
            g.clip(new Rectangle2D.Double(axLeft, axTop, axWidth, axHeight));
            for (Series s : figure.series) {
                drawSeries(g, s);
            }
            g.setClip(clip);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke((float) (0.8 * k), BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
            g.draw(new Rectangle2D.Double(axLeft, axTop, axWidth, axHeight));
            double xLabelsBottom = drawXTicks(g, xticks);
            double yLabelsLeft = drawYTicks(g, yticks);
            drawLabels(g, xLabelsBottom, yLabelsLeft);
            if (figure.legend) {
                drawLegend(g);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * tight_layout(): moves the axes' edges so that tick labels, axis labels and title fit inside
     * the figure with {@code padFontSizes} font sizes of padding, measured with the default layout's ticks.
     */
    private void fitAxes(Graphics2D g, int width, int height, Ticks xticks, Ticks yticks, double padFontSizes) {
        FontMetrics fm = g.getFontMetrics(font(FONT_PT));
        double pad = padFontSizes * FONT_PT * k;
        double textHeight = fm.getAscent() + fm.getDescent();
        double tickSpace = 7 * k;
        double widestY = 0;
        for (String label : yticks.labels) {
            widestY = Math.max(widestY, fm.getStringBounds(label, g).getWidth());
        }
        double widestX = 0;
        for (String label : xticks.labels) {
            widestX = Math.max(widestX, fm.getStringBounds(label, g).getWidth());
        }
        double left = pad + widestY + tickSpace + (figure.ylabel.isEmpty() ? 0 : textHeight + 4 * k);
        double bottom = pad + textHeight + tickSpace + (figure.xlabel.isEmpty() ? 0 : textHeight + 4 * k);
        double top = pad + textHeight / 2;
        if (!figure.title.isEmpty()) {
            FontMetrics tm = g.getFontMetrics(font(TITLE_PT));
            top = pad + tm.getAscent() + tm.getDescent() + 6 * k;
        }
        double right = pad + widestX / 2;
        if (width - left - right > 1 && height - top - bottom > 1) {
            axLeft = left;
            axTop = top;
            axWidth = width - left - right;
            axHeight = height - top - bottom;
        }
    }

    /** As matplotlib's 'auto' tick count: one tick per three (x) or two (y) font heights, at most 9 intervals. */
    private int maxIntervals(double lengthPx, double fontHeights) {
        double lengthPt = lengthPx / k;
        return (int) Math.max(1, Math.min(9, Math.floor(lengthPt / (FONT_PT * fontHeights))));
    }

    private double px(double x) {
        return axLeft + (x - xl[0]) / (xl[1] - xl[0]) * axWidth;
    }

    private double py(double y) {
        return axTop + (1 - (y - yl[0]) / (yl[1] - yl[0])) * axHeight;
    }

    private boolean insideX(double x) {
        return x >= Math.min(xl[0], xl[1]) - 1e-9 * Math.abs(xl[1] - xl[0])
                && x <= Math.max(xl[0], xl[1]) + 1e-9 * Math.abs(xl[1] - xl[0]);
    }

    private boolean insideY(double y) {
        return y >= Math.min(yl[0], yl[1]) - 1e-9 * Math.abs(yl[1] - yl[0])
                && y <= Math.max(yl[0], yl[1]) + 1e-9 * Math.abs(yl[1] - yl[0]);
    }

    private void drawGrid(Graphics2D g, Ticks xticks, Ticks yticks) {
        g.setColor(GRID);
        g.setStroke(new BasicStroke((float) (0.8 * k), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        for (double x : xticks.values) {
            if (insideX(x)) {
                g.draw(new Line2D.Double(px(x), axTop, px(x), axTop + axHeight));
            }
        }
        for (double y : yticks.values) {
            if (insideY(y)) {
                g.draw(new Line2D.Double(axLeft, py(y), axLeft + axWidth, py(y)));
            }
        }
    }

    private void drawSeries(Graphics2D g, Series s) {
        g.setColor(s.color);
        if (s.kind == Series.Kind.BARS) {
            for (int i = 0; i < s.y.length; i++) {
                double x0 = Math.round(px(s.edges[i]));
                double x1 = Math.round(px(s.edges[i + 1]));
                double y0 = Math.round(py(0));
                double y1 = Math.round(py(s.y[i]));
                g.fill(new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0),
                        Math.abs(y1 - y0)));
            }
            return;
        }
        if (!s.lineStyle.isEmpty() && s.lineWidth > 0) {
            Path2D.Double path = new Path2D.Double();
            boolean penDown = false;
            for (int i = 0; i < s.x.length; i++) {
                if (!Double.isFinite(s.x[i]) || !Double.isFinite(s.y[i])) {
                    penDown = false;
                    continue;
                }
                if (penDown) {
                    path.lineTo(px(s.x[i]), py(s.y[i]));
                } else {
                    path.moveTo(px(s.x[i]), py(s.y[i]));
                    penDown = true;
                }
            }
            g.setStroke(lineStroke(s.lineStyle, s.lineWidth));
            g.draw(path);
        }
        if (!s.marker.isEmpty()) {
            for (int i = 0; i < s.x.length; i++) {
                if (Double.isFinite(s.x[i]) && Double.isFinite(s.y[i])) {
                    drawMarker(g, s.marker, px(s.x[i]), py(s.y[i]), s.markerSize * k, s.color);
                }
            }
        }
    }

    /** A stroke for a line style; dash lengths scale with the line width as matplotlib's defaults. */
    private Stroke lineStroke(String style, double widthPt) {
        float w = (float) (widthPt * k);
        float[] pattern;
        switch (style) {
            case "--": pattern = new float[] {3.7f, 1.6f}; break;
            case ":": pattern = new float[] {1f, 1.65f}; break;
            case "-.": pattern = new float[] {6.4f, 1.6f, 1f, 1.6f}; break;
            default:
                return new BasicStroke(w, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_ROUND);
        }
        float[] dashes = new float[pattern.length];
        for (int i = 0; i < pattern.length; i++) {
            dashes[i] = pattern[i] * w;
        }
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dashes, 0f);
    }

    /** A marker centred on (cx, cy); {@code size} is its diameter in pixels. */
    private void drawMarker(Graphics2D g, String marker, double cx, double cy, double size, Color color) {
        double r = size / 2;
        g.setColor(color);
        g.setStroke(new BasicStroke((float) (1.0 * k), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        switch (marker) {
            case "x":
                g.draw(new Line2D.Double(cx - r, cy - r, cx + r, cy + r));
                g.draw(new Line2D.Double(cx - r, cy + r, cx + r, cy - r));
                return;
            case "+":
                g.draw(new Line2D.Double(cx - r, cy, cx + r, cy));
                g.draw(new Line2D.Double(cx, cy - r, cx, cy + r));
                return;
            default:
                Shape shape = markerShape(marker, cx, cy, r);
                g.fill(shape);
                g.draw(shape);
        }
    }

    private static Shape markerShape(String marker, double cx, double cy, double r) {
        Path2D.Double p = new Path2D.Double();
        switch (marker) {
            case ".":
                return new Ellipse2D.Double(cx - r / 2, cy - r / 2, r, r);
            case "s":
                return new Rectangle2D.Double(cx - r * 0.85, cy - r * 0.85, r * 1.7, r * 1.7);
            case "^":
                p.moveTo(cx, cy - r);
                p.lineTo(cx + r, cy + r);
                p.lineTo(cx - r, cy + r);
                p.closePath();
                return p;
            case "v":
                p.moveTo(cx, cy + r);
                p.lineTo(cx + r, cy - r);
                p.lineTo(cx - r, cy - r);
                p.closePath();
                return p;
            case "D":
                p.moveTo(cx, cy - r);
                p.lineTo(cx + r * 0.7, cy);
                p.lineTo(cx, cy + r);
                p.lineTo(cx - r * 0.7, cy);
                p.closePath();
                return p;
            case "*":
                for (int i = 0; i < 10; i++) {
                    double radius = i % 2 == 0 ? r : r * 0.4;
                    double angle = -Math.PI / 2 + i * Math.PI / 5;
                    double x = cx + radius * Math.cos(angle);
                    double y = cy + radius * Math.sin(angle);
                    if (i == 0) {
                        p.moveTo(x, y);
                    } else {
                        p.lineTo(x, y);
                    }
                }
                p.closePath();
                return p;
            default:
                return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        }
    }

    private Font font(double points) {
        return new Font(FONT_FAMILY, Font.PLAIN, 1).deriveFont((float) (points * k));
    }

    private Stroke tickStroke() {
        return new BasicStroke((float) (0.8 * k), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    }

    /** Draws the x ticks and their labels; returns the bottom of the labels in pixels. */
    private double drawXTicks(Graphics2D g, Ticks ticks) {
        double tickLength = 3.5 * k;
        double pad = 3.5 * k;
        double bottom = axTop + axHeight;
        g.setFont(font(FONT_PT));
        FontMetrics fm = g.getFontMetrics();
        double labelsBottom = bottom + tickLength;
        for (int i = 0; i < ticks.values.length; i++) {
            double x = ticks.values[i];
            if (!insideX(x)) {
                continue;
            }
            double cx = px(x);
            g.setColor(Color.BLACK);
            g.setStroke(tickStroke());
            g.draw(new Line2D.Double(cx, bottom, cx, bottom + tickLength));
            String label = ticks.labels[i];
            double w = fm.getStringBounds(label, g).getWidth();
            double baseline = bottom + tickLength + pad + fm.getAscent();
            g.drawString(label, (float) (cx - w / 2), (float) baseline);
            labelsBottom = Math.max(labelsBottom, baseline + fm.getDescent());
        }
        return labelsBottom;
    }

    /** Draws the y ticks and their labels; returns the left edge of the widest label in pixels. */
    private double drawYTicks(Graphics2D g, Ticks ticks) {
        double tickLength = 3.5 * k;
        double pad = 3.5 * k;
        g.setFont(font(FONT_PT));
        FontMetrics fm = g.getFontMetrics();
        double labelsLeft = axLeft - tickLength;
        for (int i = 0; i < ticks.values.length; i++) {
            double y = ticks.values[i];
            if (!insideY(y)) {
                continue;
            }
            double cy = py(y);
            g.setColor(Color.BLACK);
            g.setStroke(tickStroke());
            g.draw(new Line2D.Double(axLeft - tickLength, cy, axLeft, cy));
            String label = ticks.labels[i];
            double w = fm.getStringBounds(label, g).getWidth();
            double x = axLeft - tickLength - pad - w;
            g.drawString(label, (float) x, (float) (cy + (fm.getAscent() - fm.getDescent()) / 2.0));
            labelsLeft = Math.min(labelsLeft, x);
        }
        return labelsLeft;
    }

    private void drawLabels(Graphics2D g, double xLabelsBottom, double yLabelsLeft) {
        g.setColor(Color.BLACK);
        g.setFont(font(FONT_PT));
        FontMetrics fm = g.getFontMetrics();
        double pad = 4 * k;
        if (!figure.xlabel.isEmpty()) {
            double w = fm.getStringBounds(figure.xlabel, g).getWidth();
            g.drawString(figure.xlabel, (float) (axLeft + axWidth / 2 - w / 2),
                    (float) (xLabelsBottom + pad + fm.getAscent()));
        }
        if (!figure.ylabel.isEmpty()) {
            double w = fm.getStringBounds(figure.ylabel, g).getWidth();
            AffineTransform saved = g.getTransform();
            g.translate(yLabelsLeft - pad - fm.getDescent(), axTop + axHeight / 2 + w / 2);
            g.rotate(-Math.PI / 2);
            g.drawString(figure.ylabel, 0f, 0f);
            g.setTransform(saved);
        }
        if (!figure.title.isEmpty()) {
            g.setFont(font(TITLE_PT));
            FontMetrics tm = g.getFontMetrics();
            double w = tm.getStringBounds(figure.title, g).getWidth();
            g.drawString(figure.title, (float) (axLeft + axWidth / 2 - w / 2),
                    (float) (axTop - 6 * k - tm.getDescent()));
        }
    }

    private void drawLegend(Graphics2D g) {
        List<Series> entries = new ArrayList<>();
        for (Series s : figure.series) {
            if (s.inLegend()) {
                entries.add(s);
            }
        }
        if (entries.isEmpty()) {
            return;
        }
        double fs = FONT_PT * k;
        g.setFont(font(FONT_PT));
        FontMetrics fm = g.getFontMetrics();
        double borderPad = 0.4 * fs;
        double handleLength = 2.0 * fs;
        double handleTextPad = 0.8 * fs;
        double labelSpacing = 0.5 * fs;
        double axesPad = 0.5 * fs;
        double rowHeight = fm.getAscent() + fm.getDescent();
        double textWidth = 0;
        for (Series s : entries) {
            textWidth = Math.max(textWidth, fm.getStringBounds(s.label, g).getWidth());
        }
        double boxWidth = 2 * borderPad + handleLength + handleTextPad + textWidth;
        double boxHeight = 2 * borderPad + entries.size() * rowHeight + (entries.size() - 1) * labelSpacing;
        double[] corner = legendCorner(boxWidth, boxHeight, axesPad);
        RoundRectangle2D frame = new RoundRectangle2D.Double(corner[0], corner[1], boxWidth, boxHeight,
                0.4 * fs, 0.4 * fs);
        g.setColor(new Color(255, 255, 255, 204));
        g.fill(frame);
        g.setColor(LEGEND_EDGE);
        g.setStroke(new BasicStroke((float) (1.0 * k)));
        g.draw(frame);
        double y = corner[1] + borderPad;
        for (Series s : entries) {
            double mid = y + rowHeight / 2;
            double hx = corner[0] + borderPad;
            drawHandle(g, s, hx, mid, handleLength, rowHeight);
            g.setColor(Color.BLACK);
            g.drawString(s.label, (float) (hx + handleLength + handleTextPad), (float) (y + fm.getAscent()));
            y += rowHeight + labelSpacing;
        }
    }

    private void drawHandle(Graphics2D g, Series s, double x, double mid, double length, double rowHeight) {
        g.setColor(s.color);
        if (s.kind == Series.Kind.BARS) {
            double h = 0.7 * rowHeight;
            g.fill(new Rectangle2D.Double(x, mid - h / 2, length, h));
            return;
        }
        if (s.kind == Series.Kind.LINE && !s.lineStyle.isEmpty() && s.lineWidth > 0) {
            g.setStroke(lineStroke(s.lineStyle, s.lineWidth));
            g.draw(new Line2D.Double(x, mid, x + length, mid));
        }
        if (!s.marker.isEmpty()) {
            drawMarker(g, s.marker, x + length / 2, mid, Math.min(s.markerSize * k, rowHeight), s.color);
        }
    }

    /**
     * The top-left of the legend box: the corner legend(loc=) names, or for 'best' the corner that
     * hides the fewest data points (sampled along lines too), preferring upper right, upper left,
     * lower left, lower right as matplotlib's 'best'.
     */
    private double[] legendCorner(double w, double h, double pad) {
        double[][] corners = {
            {axLeft + axWidth - pad - w, axTop + pad},
            {axLeft + pad, axTop + pad},
            {axLeft + pad, axTop + axHeight - pad - h},
            {axLeft + axWidth - pad - w, axTop + axHeight - pad - h},
        };
        int named = Figure.LEGEND_LOCATIONS.indexOf(figure.legendLocation) - 1;
        if (named >= 0) {
            return corners[named];
        }
        int[] hidden = new int[corners.length];
        for (Series s : figure.series) {
            List<double[]> points = samplePoints(s);
            for (double[] p : points) {
                for (int c = 0; c < corners.length; c++) {
                    if (p[0] >= corners[c][0] && p[0] <= corners[c][0] + w && p[1] >= corners[c][1]
                            && p[1] <= corners[c][1] + h) {
                        hidden[c]++;
                    }
                }
            }
        }
        int best = 0;
        for (int c = 1; c < corners.length; c++) {
            if (hidden[c] < hidden[best]) {
                best = c;
            }
        }
        return corners[best];
    }

    private List<double[]> samplePoints(Series s) {
        List<double[]> out = new ArrayList<>();
        if (s.kind == Series.Kind.BARS) {
            for (int i = 0; i < s.y.length; i++) {
                double cx = (s.edges[i] + s.edges[i + 1]) / 2;
                for (int j = 0; j <= 10; j++) {
                    out.add(new double[] {px(cx), py(s.y[i] * j / 10.0)});
                }
            }
            return out;
        }
        boolean line = s.kind == Series.Kind.LINE && !s.lineStyle.isEmpty();
        for (int i = 0; i < s.x.length; i++) {
            double[] p = {px(s.x[i]), py(s.y[i])};
            out.add(p);
            if (line && i + 1 < s.x.length) {
                double[] q = {px(s.x[i + 1]), py(s.y[i + 1])};
                int steps = (int) Math.min(50, Math.hypot(q[0] - p[0], q[1] - p[1]) / 5);
                for (int j = 1; j < steps; j++) {
                    double t = j / (double) steps;
                    out.add(new double[] {p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])});
                }
            }
        }
        return out;
    }

}
