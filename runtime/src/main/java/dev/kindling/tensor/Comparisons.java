package dev.kindling.tensor;

/**
 * Tight loops for the six comparisons of a tensor with a tensor of its shape or with a single
 * element (a Python number, a 0-d tensor): {@code x > 0}, {@code a == b}, masks for where.
 *
 * <p>Why: the general {@link Pointwise#map2} calls its operation through a lambda that HotSpot does
 * not inline there, and casts through a switch per element: about 5 ns an element, 1 ms for a
 * 256x784 mask. The results are the same: both sides are compared as the common dtype holds them.
 *
 * <pre>{@code
 * Tensor mask = Comparisons.apply(x, zero, DType.FLOAT32, "gt");   // null: use map2
 * }</pre>
 */
final class Comparisons {
    private Comparisons() {}

    /**
     * {@code a op b} as bools, both compared in {@code t}, or null when the loops do not apply
     * (operands of other dtypes than t, broadcasting other than against a single element on the
     * right).
     */
    static Tensor apply(Tensor a, Tensor b, DType t, String op) {
        int[] shape = Shapes.broadcast(a.shape, b.shape);
        int n = Shapes.numel(shape);
        if (a.dtype != t || a.numel() != n) {
            return null;
        }
        double[] r = Torch.allocate(shape, DType.BOOL);
        if (b.numel() == n && b.dtype == t) {
            both(op, a.values(), b.values(), r);
        } else if (b.numel() == 1) {
            right(op, a.values(), t.cast(b.values()[0]), r);
        } else {
            return null;
        }
        return new Tensor(r, shape, DType.BOOL);
    }

    /**
     * 1 or 0 for a comparison. Why through an int: HotSpot compiles {@code c ? 1 : 0} as a double
     * into a branch, which mispredicts on a mask of fresh values (4.4 ns an element), and as an int
     * into a flag move (0.5 ns).
     */
    private static int bit(boolean c) {
        return c ? 1 : 0;
    }

    private static void both(String op, double[] x, double[] y, double[] r) {
        switch (op) {
            case "eq":
                for (int i = 0; i < r.length; i++) {
                    r[i] = bit(x[i] == y[i]);
                }
                break;
            case "ne":
                for (int i = 0; i < r.length; i++) {
                    r[i] = bit(x[i] != y[i]);
                }
                break;
            case "lt":
                for (int i = 0; i < r.length; i++) {
                    r[i] = bit(x[i] < y[i]);
                }
                break;
            case "le":
                for (int i = 0; i < r.length; i++) {
                    r[i] = bit(x[i] <= y[i]);
                }
                break;
            case "gt":
                for (int i = 0; i < r.length; i++) {
                    r[i] = bit(x[i] > y[i]);
                }
                break;
            default:
                for (int i = 0; i < r.length; i++) {
                    r[i] = bit(x[i] >= y[i]);
                }
        }
    }

    private static void right(String op, double[] x, double s, double[] r) {
        switch (op) {
            case "eq":
                for (int i = 0; i < r.length; i++) {
                    r[i] = bit(x[i] == s);
                }
                break;
            case "ne":
                for (int i = 0; i < r.length; i++) {
                    r[i] = bit(x[i] != s);
                }
                break;
            case "lt":
                for (int i = 0; i < r.length; i++) {
                    r[i] = bit(x[i] < s);
                }
                break;
            case "le":
                for (int i = 0; i < r.length; i++) {
                    r[i] = bit(x[i] <= s);
                }
                break;
            case "gt":
                for (int i = 0; i < r.length; i++) {
                    r[i] = bit(x[i] > s);
                }
                break;
            default:
                for (int i = 0; i < r.length; i++) {
                    r[i] = bit(x[i] >= s);
                }
        }
    }
}
