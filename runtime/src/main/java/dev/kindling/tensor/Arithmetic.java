package dev.kindling.tensor;

import dev.kindling.autograd.GradMode;

/**
 * Tight loops for {@code + - * /} on floating tensors of one dtype, with the same shape, with a
 * single-element operand (a Python number, a 0-d tensor), or with a right operand that is a row
 * broadcast down the left one (a bias): the arithmetic of a hand-written training step
 * ({@code x @ W.T + b}, {@code p -= lr * p.grad}, gradient accumulation, scaling).
 *
 * <p>Why: the general {@link Pointwise#map2} calls its operation through a lambda that has many
 * implementations at that call site, so HotSpot does not inline it, and casts through a switch per
 * element: about 5 ns an element, 1 ms per step for a 256x784 weight's update. Here each operation
 * has its own loops. The results are the same: a float32 result is the double operation rounded
 * to float, which for these four operations equals the float operation (double has more than
 * twice float's precision).
 *
 * <pre>{@code
 * Tensor sum = Arithmetic.apply(a, b, DType.FLOAT32, Arithmetic.Op.ADD);  // null: use map2
 * }</pre>
 */
final class Arithmetic {
    private Arithmetic() {}

    /** The four operations, each also usable as map2's lambda. */
    enum Op {
        ADD, SUB, MUL, DIV;

        double apply(double x, double y) {
            switch (this) {
                case ADD: return x + y;
                case SUB: return x - y;
                case MUL: return x * y;
                default: return x / y;
            }
        }
    }

    /**
     * {@code a op b} computed in {@code t}, or null when this is not the case for the fast loops
     * (integer or mixed dtypes, broadcasting other than against a single element).
     */
    static Tensor apply(Tensor a, Tensor b, DType t, Op op) {
        if (!t.isFloatingPoint()) {
            return null;
        }
        int[] shape = Shapes.broadcast(a.shape, b.shape);
        int n = Shapes.numel(shape);
        Form form = form(a, b, t, shape, n);
        if (form == null) {
            return null;
        }
        if (Elements.keepsFloats(t, n) && (a.keptFloats() != null || b.keptFloats() != null)) {
            return applyInFloats(a, b, form, shape, n, op);
        }
        boolean f32 = t == DType.FLOAT32;
        double[] x = a.values();
        double[] y = b.values();
        double[] r = Torch.allocate(shape, t);
        switch (form) {
            case SAME_SHAPE:
                each(op, x, y, r, f32);
                break;
            case RIGHT_SCALAR:
                right(op, x, t.cast(y[0]), r, f32);
                break;
            case LEFT_SCALAR:
                left(op, t.cast(x[0]), y, r, f32);
                break;
            default:
                tile(y, r);
                each(op, x, r, r, f32);
        }
        return new Tensor(r, shape, t);
    }

    /** How the operands of {@code a op b} line up, for the loops that serve them. */
    private enum Form { SAME_SHAPE, RIGHT_SCALAR, LEFT_SCALAR, ROWS }

    /** The form of {@code a op b} computed in t, or null where none of the loops applies. */
    private static Form form(Tensor a, Tensor b, DType t, int[] shape, int n) {
        int na = a.numel();
        int nb = b.numel();
        if (na == n && nb == n && a.dtype == t && b.dtype == t) {
            return Form.SAME_SHAPE;
        }
        if (na == n && nb == 1 && a.dtype == t) {
            return Form.RIGHT_SCALAR;
        }
        if (nb == n && na == 1 && b.dtype == t) {
            return Form.LEFT_SCALAR;
        }
        if (na == n && a.dtype == t && b.dtype == t && nb > 0 && isTrailing(b.shape, shape)) {
            return Form.ROWS;
        }
        return null;
    }

    /**
     * {@code a op b} in float arithmetic, kept as floats, for a large float32 result with an
     * operand kept as floats (a gemm's result, Adam's parameter, randn's output, an earlier
     * result of this): the same cases as {@link #apply}, the same values (see the class comment),
     * and the float loops vectorise, which the double ones with their rounding do not.
     */
    private static Tensor applyInFloats(Tensor a, Tensor b, Form form, int[] shape, int n, Op op) {
        float[] r = new float[n];
        switch (form) {
            case SAME_SHAPE:
                each(op, a.floatValues(), b.floatValues(), r);
                break;
            case RIGHT_SCALAR:
                right(op, a.floatValues(), (float) b.values()[0], r);
                break;
            case LEFT_SCALAR:
                left(op, (float) a.values()[0], b.floatValues(), r);
                break;
            default:
                tile(b.floatValues(), r);
                each(op, a.floatValues(), r, r);
        }
        return new Tensor(Elements.ofFloats(r), shape, DType.FLOAT32);
    }

    /** Whether {@code inner}, less leading ones, is the trailing part of {@code shape} (a bias row, say). */
    private static boolean isTrailing(int[] inner, int[] shape) {
        int skip = 0;
        while (skip < inner.length && inner[skip] == 1) {
            skip++;
        }
        int len = inner.length - skip;
        if (len > shape.length) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (inner[skip + k] != shape[shape.length - len + k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code self op= other} written straight into self's elements, or null when this is not the
     * case for it: an op that joins the graph, an operand of another dtype or one that broadcasts
     * other than as a single element, a Python number that is not an int or a float. Then the
     * general path (a result, then copied in) gives the same values and PyTorch's errors.
     */
    static Tensor applyInPlace(Tensor self, Tensor other, Op op) {
        if (Devices.onDevice(self, other) || !self.dtype.isFloatingPoint() || GradMode.isEnabled() && (self.requiresGrad() || other.requiresGrad())) {
            return null;
        }
        double[] y; // the operand's elements: as many as self's, in the same shape, or one
        if (other.wrappedNumber) {
            if (other.dtype != DType.INT64 && other.dtype != DType.FLOAT64) {
                return null;
            }
            y = new double[] {self.dtype.cast(other.doubles()[0])};
            if (inPlaceInFloats(self, null)) {
                self.checkInPlace();
                self.checkNoInternalOverlap();
                float[] x = self.floatValues();
                right(op, x, (float) y[0], x);
                return wroteFloats(self, x);
            }
        } else {
            boolean same = other.numel() == self.numel() && java.util.Arrays.equals(other.shape, self.shape);
            if (other.dtype != self.dtype || !same && !(other.numel() == 1 && other.dim() <= self.dim())) {
                return null;
            }
            if (same && inPlaceInFloats(self, other)) {
                self.checkInPlace();
                self.checkNoInternalOverlap();
                float[] x = self.floatValues();
                each(op, x, other.floatValues(), x);
                return wroteFloats(self, x);
            }
            y = other.values();
        }
        self.checkInPlace();
        self.checkNoInternalOverlap();
        boolean f32 = self.dtype == DType.FLOAT32;
        if (y.length == 1) {
            right(op, self.doubles(), y[0], self.doubles(), f32);
        } else {
            each(op, self.doubles(), y, self.doubles(), f32);
        }
        self.bumpVersion();
        return self;
    }

    /**
     * Whether an in-place op on {@code self} runs in floats and leaves self's elements as floats:
     * for a large float32 tensor (not a strided view, whose writes go through its base's doubles)
     * when self or the operand already holds floats. Why: the gradient a gemm leaves in floats,
     * added into {@code .grad} and then subtracted from a weight by hand-written SGD, went through
     * doubles both ways, and the weight back to floats for the next product.
     */
    private static boolean inPlaceInFloats(Tensor self, Tensor operand) {
        return self.ownsElements() && Elements.keepsFloats(self.dtype, self.numel())
                && (self.keptFloats() != null || operand != null && operand.keptFloats() != null);
    }

    private static Tensor wroteFloats(Tensor self, float[] values) {
        self.elements.replaceWithFloats(values);
        self.bumpVersion();
        return self;
    }

    // One loop per operation, so that each stays monomorphic; r may be x or y (each element is
    // read before it is written); f32 is loop-invariant (HotSpot unswitches on it). Every array
    // is read at the same index: HotSpot 17 does not vectorise a loop that reads one at j and
    // another at i + j (a 200k-element float add took 130 us that way, against PyTorch's 14).

    /** {@code r} filled with copies of {@code row}, one after another (a row broadcast down r). */
    private static void tile(double[] row, double[] r) {
        for (int at = 0; at < r.length; at += row.length) {
            System.arraycopy(row, 0, r, at, row.length);
        }
    }

    private static void tile(float[] row, float[] r) {
        for (int at = 0; at < r.length; at += row.length) {
            System.arraycopy(row, 0, r, at, row.length);
        }
    }

    /** {@code r[i] = x[i] op y[i]} for every i. */
    private static void each(Op op, double[] x, double[] y, double[] r, boolean f32) {
        switch (op) {
            case ADD:
                for (int i = 0; i < r.length; i++) {
                    double v = x[i] + y[i];
                    r[i] = f32 ? (float) v : v;
                }
                break;
            case SUB:
                for (int i = 0; i < r.length; i++) {
                    double v = x[i] - y[i];
                    r[i] = f32 ? (float) v : v;
                }
                break;
            case MUL:
                for (int i = 0; i < r.length; i++) {
                    double v = x[i] * y[i];
                    r[i] = f32 ? (float) v : v;
                }
                break;
            default:
                for (int i = 0; i < r.length; i++) {
                    double v = x[i] / y[i];
                    r[i] = f32 ? (float) v : v;
                }
        }
    }

    private static void right(Op op, double[] x, double s, double[] r, boolean f32) {
        switch (op) {
            case ADD:
                for (int i = 0; i < r.length; i++) {
                    double v = x[i] + s;
                    r[i] = f32 ? (float) v : v;
                }
                break;
            case SUB:
                for (int i = 0; i < r.length; i++) {
                    double v = x[i] - s;
                    r[i] = f32 ? (float) v : v;
                }
                break;
            case MUL:
                for (int i = 0; i < r.length; i++) {
                    double v = x[i] * s;
                    r[i] = f32 ? (float) v : v;
                }
                break;
            default:
                for (int i = 0; i < r.length; i++) {
                    double v = x[i] / s;
                    r[i] = f32 ? (float) v : v;
                }
        }
    }

    private static void left(Op op, double s, double[] y, double[] r, boolean f32) {
        switch (op) {
            case ADD:
                for (int i = 0; i < r.length; i++) {
                    double v = s + y[i];
                    r[i] = f32 ? (float) v : v;
                }
                break;
            case SUB:
                for (int i = 0; i < r.length; i++) {
                    double v = s - y[i];
                    r[i] = f32 ? (float) v : v;
                }
                break;
            case MUL:
                for (int i = 0; i < r.length; i++) {
                    double v = s * y[i];
                    r[i] = f32 ? (float) v : v;
                }
                break;
            default:
                for (int i = 0; i < r.length; i++) {
                    double v = s / y[i];
                    r[i] = f32 ? (float) v : v;
                }
        }
    }

    // The same loops in float arithmetic, for results kept as floats.

    private static void each(Op op, float[] x, float[] y, float[] r) {
        switch (op) {
            case ADD:
                for (int i = 0; i < r.length; i++) {
                    r[i] = x[i] + y[i];
                }
                break;
            case SUB:
                for (int i = 0; i < r.length; i++) {
                    r[i] = x[i] - y[i];
                }
                break;
            case MUL:
                for (int i = 0; i < r.length; i++) {
                    r[i] = x[i] * y[i];
                }
                break;
            default:
                for (int i = 0; i < r.length; i++) {
                    r[i] = x[i] / y[i];
                }
        }
    }

    private static void right(Op op, float[] x, float s, float[] r) {
        switch (op) {
            case ADD:
                for (int i = 0; i < r.length; i++) {
                    r[i] = x[i] + s;
                }
                break;
            case SUB:
                for (int i = 0; i < r.length; i++) {
                    r[i] = x[i] - s;
                }
                break;
            case MUL:
                for (int i = 0; i < r.length; i++) {
                    r[i] = x[i] * s;
                }
                break;
            default:
                for (int i = 0; i < r.length; i++) {
                    r[i] = x[i] / s;
                }
        }
    }

    private static void left(Op op, float s, float[] y, float[] r) {
        switch (op) {
            case ADD:
                for (int i = 0; i < r.length; i++) {
                    r[i] = s + y[i];
                }
                break;
            case SUB:
                for (int i = 0; i < r.length; i++) {
                    r[i] = s - y[i];
                }
                break;
            case MUL:
                for (int i = 0; i < r.length; i++) {
                    r[i] = s * y[i];
                }
                break;
            default:
                for (int i = 0; i < r.length; i++) {
                    r[i] = s / y[i];
                }
        }
    }
}
