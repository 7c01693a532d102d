package dev.kindling.lang.modules.plot;

import java.awt.Color;
import java.util.List;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.tensor.Tensor;

/**
 * Turns the values scripts pass to pyplot into Java numbers: lists, tuples, ranges and other
 * iterables of numbers, 1-D tensors (or lists of 0-d tensors), and colors.
 */
final class PlotData {
    private PlotData() {}

    static final String REQUIRES_GRAD = "Can't call numpy() on Tensor that requires grad. Use "
            + "tensor.detach().numpy() instead.";

    /** The values of a 1-D sequence of numbers; a scalar counts as one value, as numpy's atleast_1d. */
    static double[] values(Object data) {
        if (data instanceof Tensor t) {
            checkNoGrad(t);
            if (t.dim() > 1) {
                throw KindlingError.notImplementedError("Kindling's pyplot plots 1-D data only; got a tensor of shape "
                        + t.shape() + " (index a column or use .flatten())");
            }
            return t.toDoubleArray();
        }
        if (data instanceof Long || data instanceof Double || data instanceof Boolean) {
            return new double[] {Ops.toDouble(data)};
        }
        if (data instanceof String) {
            throw KindlingError.notImplementedError("Kindling's pyplot has no categorical (string) axes");
        }
        List<Object> items = Ops.toList(data);
        double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(items.get(i));
        }
        return out;
    }

    private static double number(Object item) {
        if (item instanceof Tensor t) {
            checkNoGrad(t);
            if (t.numel() != 1 || t.dim() > 1) {
                throw KindlingError.notImplementedError("Kindling's pyplot plots 1-D data only");
            }
            return t.toDoubleArray()[0];
        }
        if (item instanceof String) {
            throw KindlingError.notImplementedError("Kindling's pyplot has no categorical (string) axes");
        }
        if (item instanceof PyList || item instanceof PyTuple) {
            throw KindlingError.notImplementedError("Kindling's pyplot plots 1-D data only");
        }
        return Ops.toDouble(item);
    }

    private static void checkNoGrad(Tensor t) {
        if (t.requiresGrad()) {
            throw KindlingError.runtimeError(REQUIRES_GRAD);
        }
    }

    /** numpy's way of writing a 1-D shape: (3,). */
    static String shape(double[] values) {
        return "(" + values.length + ",)";
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
