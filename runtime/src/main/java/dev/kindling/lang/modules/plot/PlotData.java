package dev.kindling.lang.modules.plot;

import java.awt.Color;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.tensor.Tensor;

/**
 * Turns the values scripts pass to pyplot into Java values: data of any shape as numpy would
 * convert it ({@link PlotArray}; {@link ShapeRules} then applies matplotlib's rules), and colors.
 */
final class PlotData {
    private PlotData() {}

    static final String REQUIRES_GRAD = "Can't call numpy() on Tensor that requires grad. Use "
            + "tensor.detach().numpy() instead.";

    /**
     * The data as numpy's asarray would hold it: a tensor keeps its shape, a number is 0-d, and
     * a list, tuple, range or other iterable stacks its items' arrays, which must share a shape.
     */
    static PlotArray array(Object data) {
        if (data instanceof Tensor t) {
            checkNoGrad(t);
            return new PlotArray(t.toDoubleArray(), t.shape().toArray());
        }
        if (data instanceof Long || data instanceof Double || data instanceof Boolean || data instanceof BigInteger) {
            return new PlotArray(new double[] {Ops.toDouble(data)}, new int[0]);
        }
        if (data instanceof String) {
            throw KindlingError.notImplementedError("Kindling's pyplot has no categorical (string) axes");
        }
        List<PlotArray> items = new ArrayList<>();
        for (Object item : Ops.toList(data)) {
            items.add(array(item));
        }
        return stack(items);
    }

    /** numpy's stacking of equally shaped items along a new first axis; ValueError as numpy's when ragged. */
    private static PlotArray stack(List<PlotArray> items) {
        int[] inner = items.isEmpty() ? new int[0] : items.get(0).shape;
        int common = inner.length;
        for (PlotArray item : items) {
            common = Math.min(common, commonPrefix(inner, item.shape));
        }
        if (common < inner.length || items.stream().anyMatch(i -> i.shape.length != inner.length)) {
            int[] detected = new int[common + 1];
            detected[0] = items.size();
            System.arraycopy(inner, 0, detected, 1, common);
            throw KindlingError.valueError("setting an array element with a sequence. The requested array has an "
                    + "inhomogeneous shape after " + detected.length + " dimensions. The detected shape was "
                    + new PlotArray(new double[0], detected).shapeText() + " + inhomogeneous part.");
        }
        int size = items.isEmpty() ? 0 : items.get(0).values.length;
        double[] values = new double[items.size() * size];
        for (int i = 0; i < items.size(); i++) {
            System.arraycopy(items.get(i).values, 0, values, i * size, size);
        }
        int[] shape = new int[inner.length + 1];
        shape[0] = items.size();
        System.arraycopy(inner, 0, shape, 1, inner.length);
        return new PlotArray(values, shape);
    }

    private static int commonPrefix(int[] a, int[] b) {
        int n = 0;
        while (n < a.length && n < b.length && a[n] == b[n]) {
            n++;
        }
        return n;
    }

    private static void checkNoGrad(Tensor t) {
        if (t.requiresGrad()) {
            throw KindlingError.runtimeError(REQUIRES_GRAD);
        }
    }

    /** A color given as a name, hex string, or (r, g, b[, a]) tuple of floats in 0..1; null for None. */
    static Color color(Object spec) {
        if (spec == null || spec == dev.kindling.lang.objects.PyNone.NONE) {
            return null;
        }
        if (spec instanceof String s) {
            return Colors.parse(s);
        }
        if (spec instanceof PyTuple t && (t.size() == 3 || t.size() == 4)) {
            float[] c = new float[4];
            c[3] = 1f;
            for (int i = 0; i < t.size(); i++) {
                double v = Ops.toDouble(t.get(i));
                if (v < 0 || v > 1) {
                    throw KindlingError.valueError("RGBA values should be within 0-1 range");
                }
                c[i] = (float) v;
            }
            return new Color(c[0], c[1], c[2], c[3]);
        }
        throw KindlingError.valueError("Invalid RGBA argument: " + dev.kindling.lang.objects.Repr.repr(spec));
    }
}
