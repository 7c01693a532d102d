package dev.kindling.lang.modules.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A figure drawn as text for a terminal: the braille plot area in a frame, y tick labels on the
 * left and x tick labels below (the same nice ticks as the PNG's, {@link Ticks}), the title above,
 * the y label over the tick labels, the x label under them and a legend line naming each labelled
 * series (in a terminal, color is what tells series apart, so it shows whenever labels are given).
 * Colors are ANSI escapes, one per series, only when the settings allow them. Empty cells are
 * spaces rather than the blank braille character, which some fonts draw as a faint grid.
 */
final class TextChart {
    private static final int MIN_ROWS = 2;
    private static final int MIN_COLUMNS = 8;
    /** About how many rows, and how many columns, to leave between ticks. */
    private static final int ROWS_PER_TICK = 3;
    private static final int COLUMNS_PER_TICK = 12;

    private final Figure figure;
    private final ShowSettings settings;
    private final List<String> lines = new ArrayList<>();

    private TextChart(Figure figure, ShowSettings settings) {
        this.figure = figure;
        this.settings = settings;
    }

    /** The chart's lines, each ended by a newline. */
    static String render(Figure figure, ShowSettings settings) {
        TextChart chart = new TextChart(figure, settings);
        chart.build();
        StringBuilder out = new StringBuilder();
        chart.lines.forEach(line -> out.append(line.stripTrailing()).append('\n'));
        return out.toString();
    }

    private void build() {
        double[] xlim = figure.xLimits();
        double[] ylim = figure.yLimits();
        List<Series> legend = figure.series.stream().filter(Series::inLegend).toList();
        int rows = Math.max(MIN_ROWS, settings.height() - overheadLines(legend));
        Ticks yTicks = Ticks.between(ylim[0], ylim[1], Math.max(1, rows / ROWS_PER_TICK));
        int gutter = Arrays.stream(yTicks.labels).mapToInt(String::length).max().orElse(0) + 1;
        int columns = Math.max(MIN_COLUMNS, settings.width() - gutter - 2);
        Ticks xTicks = Ticks.between(xlim[0], xlim[1], Math.max(1, columns / COLUMNS_PER_TICK));
        ChartRaster raster = ChartRaster.draw(figure, columns, rows, xlim, ylim);
        if (!figure.title.isEmpty()) {
            lines.add(centered(figure.title, gutter + 1, columns));
        }
        if (!figure.ylabel.isEmpty()) {
            lines.add(figure.ylabel);
        }
        lines.add(" ".repeat(gutter) + "\u250c" + "\u2500".repeat(columns) + "\u2510");
        plotRows(raster, yTicks, gutter);
        xAxis(raster, xTicks, gutter, columns);
        if (!figure.xlabel.isEmpty()) {
            lines.add(centered(figure.xlabel, gutter + 1, columns));
        }
        if (!legend.isEmpty()) {
            lines.add(" ".repeat(gutter + 1) + legendLine(legend));
        }
    }

    /** Lines other than the plot rows: frame, x tick labels, and the title, labels and legend when present. */
    private int overheadLines(List<Series> legend) {
        int n = 3;
        n += figure.title.isEmpty() ? 0 : 1;
        n += figure.ylabel.isEmpty() ? 0 : 1;
        n += figure.xlabel.isEmpty() ? 0 : 1;
        return n + (legend.isEmpty() ? 0 : 1);
    }

    private void plotRows(ChartRaster raster, Ticks yTicks, int gutter) {
        String[] labels = new String[raster.canvas().dotHeight() / 4];
        for (int i = 0; i < yTicks.values.length; i++) {
            int row = raster.dotY(yTicks.values[i]) / 4;
            if (row >= 0 && row < labels.length) {
                labels[row] = yTicks.labels[i];
            }
        }
        for (int row = 0; row < labels.length; row++) {
            String label = labels[row] == null ? "" : labels[row];
            String axis = labels[row] == null ? "\u2502" : "\u2524";
            lines.add(" ".repeat(gutter - 1 - label.length()) + label + " " + axis + cells(raster.canvas(), row)
                    + "\u2502");
        }
    }

    /** One row of braille cells, each run of a series' cells in its color when colors are on. */
    private String cells(BrailleCanvas canvas, int row) {
        StringBuilder out = new StringBuilder();
        int open = BrailleCanvas.NO_SERIES;
        for (int column = 0; column < canvas.dotWidth() / 2; column++) {
            int owner = settings.color() ? canvas.seriesAt(column, row) : BrailleCanvas.NO_SERIES;
            if (owner != open) {
                out.append(open == BrailleCanvas.NO_SERIES ? "" : TerminalColors.RESET);
                out.append(owner == BrailleCanvas.NO_SERIES ? "" : escape(owner));
                open = owner;
            }
            char cell = canvas.cell(column, row);
            out.append(cell == BrailleCanvas.BLANK ? ' ' : cell);
        }
        return out.append(open == BrailleCanvas.NO_SERIES ? "" : TerminalColors.RESET).toString();
    }

    private String escape(int seriesIndex) {
        return TerminalColors.foreground(figure.series.get(seriesIndex).color);
    }

    /** The bottom frame with a tick mark under each x tick, and the tick labels centred below, none overlapping. */
    private void xAxis(ChartRaster raster, Ticks xTicks, int gutter, int columns) {
        char[] frame = ("\u2514" + "\u2500".repeat(columns) + "\u2518").toCharArray();
        char[] labels = new char[gutter + columns + 2];
        Arrays.fill(labels, ' ');
        int free = 0;
        for (int i = 0; i < xTicks.values.length; i++) {
            int column = raster.dotX(xTicks.values[i]) / 2;
            if (column < 0 || column >= columns) {
                continue;
            }
            frame[1 + column] = '\u252c';
            String label = xTicks.labels[i];
            int start = Math.min(labels.length - label.length(), Math.max(0, gutter + 1 + column - label.length() / 2));
            if (start >= free) {
                label.getChars(0, label.length(), labels, start);
                free = start + label.length() + 1;
            }
        }
        lines.add(" ".repeat(gutter) + new String(frame));
        lines.add(new String(labels));
    }

    private String legendLine(List<Series> legend) {
        StringBuilder out = new StringBuilder();
        for (Series s : legend) {
            String mark = s.kind == Series.Kind.BARS ? "\u2588"
                    : s.kind == Series.Kind.LINE && !s.lineStyle.isEmpty() ? "\u2500\u2500" : "\u2022";
            out.append(out.length() == 0 ? "" : "  ");
            out.append(settings.color() ? TerminalColors.foreground(s.color) + mark + TerminalColors.RESET : mark);
            out.append(' ').append(s.label);
        }
        return out.toString();
    }

    /** The text centred over the plot area (which starts at column {@code left}), or from the left edge when wider. */
    private static String centered(String text, int left, int width) {
        return " ".repeat(Math.max(0, left + (width - text.length()) / 2)) + text;
    }
}
