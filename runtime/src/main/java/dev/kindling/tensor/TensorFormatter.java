package dev.kindling.tensor;

import java.util.ArrayList;
import java.util.List;

import dev.kindling.pyfmt.FormatSpec;

/**
 * PyTorch's tensor printing (torch/_tensor_str.py), rule for rule: precision 4; a common width
 * for all elements; integer-valued floats as {@code 1.}; scientific notation when the largest
 * and smallest magnitudes are more than 1000 apart, above 1e8 or below 1e-4; 80-column lines;
 * more than 1000 elements summarised with 3 edge items; and the dtype, grad_fn and
 * requires_grad suffixes.
 *
 * <pre>{@code
 * Torch.tensor(new double[] {1e-5, 1, 100}).toString();   // tensor([1.0000e-05, 1.0000e+00, 1.0000e+02])
 * }</pre>
 */
public final class TensorFormatter {
    private static final int PRECISION = 4;
    private static final int THRESHOLD = 1000;
    private static final int EDGE_ITEMS = 3;
    private static final int LINE_WIDTH = 80;

    private TensorFormatter() {}

    /** The element formatter: one width, fixed or scientific, as _Formatter decides from the values. */
    private static final class Formatter {
        final boolean floating;
        boolean intMode = true;
        boolean sciMode;
        int maxWidth = 1;

        Formatter(Tensor t, double[] values) {
            floating = t.dtype.isFloatingPoint();
            if (!floating) {
                for (double v : values) {
                    maxWidth = Math.max(maxWidth, plain(t, v).length());
                }
                return;
            }
            List<Double> finite = new ArrayList<>();
            for (double v : values) {
                if (Double.isFinite(v) && v != 0) {
                    finite.add(v);
                }
            }
            if (finite.isEmpty()) {
                return;
            }
            double min = Double.MAX_VALUE;
            double max = 0;
            for (double v : finite) {
                min = Math.min(min, Math.abs(v));
                max = Math.max(max, Math.abs(v));
                if (v != Math.ceil(v)) {
                    intMode = false;
                }
            }
            if (intMode) {
                if (max / min > 1000 || max > 1e8) {
                    sciMode = true;
                    finite.forEach(v -> maxWidth = Math.max(maxWidth, fmt(v, "." + PRECISION + "e").length()));
                } else {
                    finite.forEach(v -> maxWidth = Math.max(maxWidth, fmt(v, ".0f").length() + 1));
                }
            } else if (max / min > 1000 || max > 1e8 || min < 1e-4) {
                sciMode = true;
                finite.forEach(v -> maxWidth = Math.max(maxWidth, fmt(v, "." + PRECISION + "e").length()));
            } else {
                finite.forEach(v -> maxWidth = Math.max(maxWidth, fmt(v, "." + PRECISION + "f").length()));
            }
        }

        String format(Tensor t, double v) {
            String s;
            if (!floating) {
                s = plain(t, v);
            } else if (sciMode) {
                s = fmt(v, maxWidth + "." + PRECISION + "e");
            } else if (intMode) {
                s = fmt(v, ".0f");
                if (Double.isFinite(v)) {
                    s += ".";
                }
            } else {
                s = fmt(v, "." + PRECISION + "f");
            }
            return " ".repeat(Math.max(0, maxWidth - s.length())) + s;
        }
    }

    private static String fmt(double v, String spec) {
        return FormatSpec.format(v, spec);
    }

    private static String plain(Tensor t, double v) {
        if (t.dtype == DType.BOOL) {
            return v != 0 ? "True" : "False";
        }
        return Long.toString((long) v);
    }

    /** {@code repr(t)}: {@code tensor(...)} with suffixes, or {@code Parameter containing:} and that. */
    public static String repr(Tensor t) {
        String body = tensorRepr(t);
        return t.isParameter() ? "Parameter containing:\n" + body : body;
    }

    private static String tensorRepr(Tensor t) {
        String prefix = "tensor(";
        int indent = prefix.length();
        List<String> suffixes = new ArrayList<>();
        Device device = t.device();
        if (!device.isCpu()) {
            suffixes.add("device='" + device + "'");
        }
        boolean defaultDtype = t.dtype == DType.DEFAULT_FLOAT || t.dtype == DType.INT64 || t.dtype == DType.BOOL;
        String body;
        if (t.numel() == 0) {
            if (t.dim() != 1) {
                suffixes.add("size=" + tuple(t.shape));
            }
            if (t.dtype != DType.DEFAULT_FLOAT) {
                suffixes.add("dtype=" + t.dtype);
            }
            body = "[]";
        } else {
            if (!defaultDtype) {
                suffixes.add("dtype=" + t.dtype);
            }
            body = contents(device.isCpu() ? t : Devices.moved(t, Device.CPU), indent);
        }
        if (t.gradFn() != null) {
            suffixes.add("grad_fn=<" + t.gradFn().name() + ">");
        } else if (t.requiresGrad()) {
            suffixes.add("requires_grad=True");
        }
        return addSuffixes(prefix + body, suffixes, indent);
    }

    private static String tuple(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(shape[i]);
            if (shape.length == 1 || i < shape.length - 1) {
                sb.append(shape.length == 1 ? "," : ", ");
            }
        }
        return sb.append(')').toString();
    }

    private static String addSuffixes(String text, List<String> suffixes, int indent) {
        StringBuilder sb = new StringBuilder(text);
        int lastLineLength = text.length() - text.lastIndexOf('\n') + 1;
        for (String suffix : suffixes) {
            if (lastLineLength + suffix.length() + 2 > LINE_WIDTH) {
                sb.append(",\n").append(" ".repeat(indent)).append(suffix);
                lastLineLength = indent + suffix.length();
            } else {
                sb.append(", ").append(suffix);
                lastLineLength += suffix.length() + 2;
            }
        }
        return sb.append(')').toString();
    }

    /** The bracketed contents, as _tensor_str writes them. */
    static String contents(Tensor t, int indent) {
        boolean summarize = t.numel() > THRESHOLD;
        Formatter f = new Formatter(t, summarize ? summarized(t) : t.doubles());
        return str(t, t.shape, 0, indent, summarize, f);
    }

    /** The values the formatter sees when summarising: only the edge items of every dimension. */
    private static double[] summarized(Tensor t) {
        List<Double> out = new ArrayList<>();
        collectEdges(t, 0, 0, out);
        double[] values = new double[out.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = out.get(i);
        }
        return values;
    }

    private static void collectEdges(Tensor t, int dim, int offset, List<Double> out) {
        if (dim == t.shape.length) {
            out.add(t.doubles()[offset]);
            return;
        }
        int stride = Shapes.strides(t.shape)[dim];
        int n = t.shape[dim];
        for (int i = 0; i < n; i++) {
            if (n > 2 * EDGE_ITEMS && i == EDGE_ITEMS) {
                i = n - EDGE_ITEMS;
            }
            collectEdges(t, dim + 1, offset + i * stride, out);
        }
    }

    private static String str(Tensor t, int[] shape, int offset, int indent, boolean summarize, Formatter f) {
        return subTensor(t, 0, offset, indent, summarize, f);
    }

    private static String subTensor(Tensor t, int dim, int offset, int indent, boolean summarize, Formatter f) {
        int rank = t.shape.length;
        if (rank == 0) {
            return f.format(t, t.doubles()[0]);
        }
        if (dim == rank - 1) {
            return vector(t, offset, indent, summarize, f);
        }
        int n = t.shape[dim];
        int stride = Shapes.strides(t.shape)[dim];
        List<String> slices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (summarize && n > 2 * EDGE_ITEMS && i == EDGE_ITEMS) {
                slices.add("...");
                i = n - EDGE_ITEMS;
            }
            slices.add(subTensor(t, dim + 1, offset + i * stride, indent + 1, summarize, f));
        }
        int remaining = rank - dim;
        String separator = "," + "\n".repeat(remaining - 1) + " ".repeat(indent + 1);
        return "[" + String.join(separator, slices) + "]";
    }

    private static String vector(Tensor t, int offset, int indent, boolean summarize, Formatter f) {
        int n = t.shape[t.shape.length - 1];
        int elementLength = f.maxWidth + 2;
        int perLine = Math.max(1, (int) Math.floor((LINE_WIDTH - indent) / (double) elementLength));
        List<String> data = new ArrayList<>();
        double[] tArray = t.doubles();
        for (int i = 0; i < n; i++) {
            if (summarize && n > 2 * EDGE_ITEMS && i == EDGE_ITEMS) {
                data.add(" ...");
                i = n - EDGE_ITEMS;
            }
            data.add(f.format(t, tArray[offset + i]));
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < data.size(); i += perLine) {
            lines.add(String.join(", ", data.subList(i, Math.min(data.size(), i + perLine))));
        }
        return "[" + String.join(",\n" + " ".repeat(indent + 1), lines) + "]";
    }
}
