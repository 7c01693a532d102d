package dev.kindling.ops;

import java.util.List;

/**
 * Python source for arguments of the right kind, chosen from a parameter's schema type: a
 * tensor and an int that a sweep varies (awkward shapes, dtypes, out-of-range dims), and a
 * fixed value for every other type (the schema's default where it has one).
 */
final class SweepSamples {
    /** The tensors of the sweep: {@code first} goes to an op's first Tensor parameter, {@code rest} to the others. */
    record Tensors(String label, String first, String rest) {
        static Tensors all(String label, String text) {
            return new Tensors(label, text, text);
        }
    }

    /** A plain float matrix: the choice when a call only needs arguments of the right kind. */
    static final Tensors PLAIN = Tensors.all("float (2, 3)", "torch.ones(2, 3)");

    /**
     * 0-d, empty, mismatched, integral and boolean inputs, float64, a transposed view, NaN and
     * infinities, a 4-d one, and a leaf that requires grad.
     */
    static final List<Tensors> AWKWARD = List.of(
            PLAIN,
            Tensors.all("0-d", "torch.tensor(1.5)"),
            Tensors.all("empty (0,)", "torch.ones(0)"),
            Tensors.all("empty (0, 3)", "torch.ones(0, 3)"),
            new Tensors("mismatched (2, 3) and (4,)", "torch.ones(2, 3)", "torch.ones(4)"),
            Tensors.all("int64", "torch.tensor([[1, 2], [3, 4]])"),
            Tensors.all("bool", "torch.tensor([True, False])"),
            Tensors.all("int32", "torch.tensor([3, -1], dtype=torch.int32)"),
            Tensors.all("float64", "torch.ones(2, 3, dtype=torch.float64)"),
            Tensors.all("transposed", "torch.arange(6.).reshape(2, 3).t()"),
            Tensors.all("nan and inf", "torch.tensor([float('nan'), float('inf'), -float('inf'), 1.0])"),
            Tensors.all("4-d", "torch.ones(1, 2, 1, 3)"),
            Tensors.all("leaf requiring grad", "torch.ones(2, 3, requires_grad=True)"));

    /** Ints for dims, sizes and counts: ordinary, zero, negative and out of range. */
    static final List<String> AWKWARD_INTS = List.of("1", "0", "-1", "5", "-7");

    private SweepSamples() {}

    /** An argument of the parameter's kind; {@code firstTensor} says whether it is the op's first Tensor. */
    static String valid(Param p, Tensors tensors, boolean firstTensor, String intText) {
        String tensor = firstTensor ? tensors.first() : tensors.rest();
        switch (p.type()) {
            case TENSOR: return tensor;
            case TENSOR_LIST: return "[" + tensors.first() + ", " + tensors.rest() + "]";
            case SCALAR: return "2";
            case INT: return intText;
            case INT_LIST: return "[" + intText + "]";
            case FLOAT: return "0.5";
            case FLOAT_LIST: return defaultOr(p, "[0.9, 0.999]");
            case BOOL: return defaultOr(p, "False");
            case DTYPE: return defaultOr(p, "torch.float32");
            case DEVICE: return "'cpu'";
            case GENERATOR: return p.nullable() ? "None" : "torch.Generator()";
            case STRING: return defaultOr(p, "'mean'");
            case OBJECT: return p.name().equals("optimizer") ? "torch.optim.SGD([torch.zeros(2, requires_grad=True)])"
                    : "[torch.zeros(2, requires_grad=True)]";
            default: return "None";
        }
    }

    /** The schema's default as Python source, when it has one other than None. */
    private static String defaultOr(Param p, String fallback) {
        String d = p.defaultText();
        return d == null || d.equals("None") ? fallback : d.replace('"', '\'');
    }
}
