package dev.kindling.lang.modules.plot;

import java.util.Arrays;
import java.util.StringJoiner;

/**
 * Plot data as numpy holds it once matplotlib has converted it: the values in row-major order and
 * a shape of any number of dimensions, so that the rules matplotlib applies to shapes (and the
 * shapes its errors print) can be applied as there.
 */
final class PlotArray {
    final double[] values;
    final int[] shape;

    PlotArray(double[] values, int[] shape) {
        this.values = values;
        this.shape = shape;
    }

    static PlotArray ofVector(double[] values) {
        return new PlotArray(values, new int[] {values.length});
    }

    int ndim() {
        return shape.length;
    }

    /** numpy's atleast_1d: a 0-d value becomes one element of shape (1,). */
    PlotArray atLeast1d() {
        return shape.length == 0 ? ofVector(values) : this;
    }

    int rows() {
        return shape.length == 0 ? 1 : shape[0];
    }

    /** The columns of a 1-D (one column) or 2-D array; matplotlib draws one line per column. */
    int columns() {
        return shape.length < 2 ? 1 : shape[1];
    }

    /** Column c of a 1-D or 2-D array, one value per row. */
    double[] column(int c) {
        if (shape.length < 2) {
            return values.clone();
        }
        double[] out = new double[shape[0]];
        for (int r = 0; r < out.length; r++) {
            out[r] = values[r * shape[1] + c];
        }
        return out;
    }

    /** numpy's repr of the shape: {@code ()}, {@code (3,)}, {@code (3, 1)}. */
    String shapeText() {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringJoiner j = new StringJoiner(", ", "(", ")");
        Arrays.stream(shape).forEach(n -> j.add(String.valueOf(n)));
        return j.toString();
    }
}
