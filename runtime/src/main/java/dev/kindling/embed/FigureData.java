package dev.kindling.embed;

import java.util.List;

/**
 * One pyplot figure as data, for a host to draw again ({@link FigureListener}).
 *
 * <pre>{@code
 * FigureData f = new FigureData(1, "loss", "epoch", "", List.of(
 *         new FigureData.Series("line", "train", "#1f77b4", new double[] {0, 1}, new double[] {2.5, 1.2})));
 * f.series().get(0).color();   // #1f77b4
 * }</pre>
 *
 * @param number its figure number ({@code plt.figure(2)})
 * @param title  {@code plt.title}'s text, "" when unset; so are the labels
 * @param xlabel the x axis label
 * @param ylabel the y axis label
 * @param series what the axes hold, in the order drawn
 */
public record FigureData(int number, String title, String xlabel, String ylabel, List<Series> series) {
    public FigureData {
        series = List.copyOf(series);
    }

    /**
     * One thing drawn.
     *
     * @param kind  {@code line}, {@code scatter} or {@code bars} (then x holds the bars' left edges)
     * @param label its legend label, or null
     * @param color {@code #rrggbb}
     * @param x     x values
     * @param y     y values
     */
    public record Series(String kind, String label, String color, double[] x, double[] y) {}
}
