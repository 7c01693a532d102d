package dev.kindling.lang.modules.plot;

import java.util.ArrayList;
import java.util.List;

import dev.kindling.errors.KindlingError;

/**
 * matplotlib's rules for the shapes of plotted data, with its error texts: plot() draws one line
 * per column of x and y (a 0-d value counts as one point, (N,) and (N, 1) as one line of N
 * points, (1, N) as N lines of one point), scatter() flattens both, hist() takes one dataset.
 * Torch tensors reach these rules as numpy arrays (matplotlib converts them first), so the shapes
 * in messages are numpy's: {@code (3,)}, {@code (100, 1)}.
 */
final class ShapeRules {
    private ShapeRules() {}

    /** One line's points: the x and y values of a column pair. */
    record Line(double[] x, double[] y) {}

    /** plot(y): x is 0..N-1 over y's first dimension, as matplotlib's index_of. */
    static List<Line> lines(PlotArray y) {
        PlotArray y1 = y.atLeast1d();
        double[] index = new double[y1.rows()];
        for (int i = 0; i < index.length; i++) {
            index[i] = i;
        }
        return lines(PlotArray.ofVector(index), y1);
    }

    /** plot(x, y): one line per column, a single column of one paired with every column of the other. */
    static List<Line> lines(PlotArray x, PlotArray y) {
        PlotArray x1 = x.atLeast1d();
        PlotArray y1 = y.atLeast1d();
        if (x1.rows() != y1.rows()) {
            throw KindlingError.valueError("x and y must have same first dimension, but have shapes "
                    + x1.shapeText() + " and " + y1.shapeText());
        }
        if (x1.ndim() > 2 || y1.ndim() > 2) {
            throw KindlingError.valueError("x and y can be no greater than 2D, but have shapes "
                    + x1.shapeText() + " and " + y1.shapeText());
        }
        int ncx = x1.columns();
        int ncy = y1.columns();
        if (ncx > 1 && ncy > 1 && ncx != ncy) {
            throw KindlingError.valueError("x has " + ncx + " columns but y has " + ncy + " columns");
        }
        List<Line> out = new ArrayList<>();
        for (int c = 0; ncx > 0 && ncy > 0 && c < Math.max(ncx, ncy); c++) {
            out.add(new Line(x1.column(c % ncx), y1.column(c % ncy)));
        }
        return out;
    }

    /** scatter(x, y): both flattened (numpy's ravel), which must then be the same size. */
    static Line scatter(PlotArray x, PlotArray y) {
        if (x.values.length != y.values.length) {
            throw KindlingError.valueError("x and y must be the same size");
        }
        return new Line(x.values, y.values);
    }

    /**
     * hist(x): one dataset, from a 0-d, (N,) or (N, 1) array. matplotlib draws one histogram per
     * column of a wider 2-D array, which Kindling does not.
     */
    static double[] histValues(PlotArray x) {
        PlotArray x1 = x.atLeast1d();
        if (x1.ndim() > 2) {
            throw KindlingError.valueError("x must have 2 or fewer dimensions");
        }
        if (x1.columns() != 1) {
            throw KindlingError.notImplementedError("Kindling's hist draws one dataset: a 1-D array or one column, "
                    + "not shape " + x1.shapeText());
        }
        return x1.values;
    }
}
