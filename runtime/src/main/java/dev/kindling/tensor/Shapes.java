package dev.kindling.tensor;

import java.util.Arrays;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;

/** Shape arithmetic: element counts with overflow checks, strides, broadcasting, dim wrapping. */
final class Shapes {
    private Shapes() {}

    static int numel(int[] shape) {
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw KindlingError.runtimeError("Trying to create tensor with negative dimension " + d + ": "
                        + Arrays.toString(shape));
            }
            n = Math.multiplyExact(n, (long) d);
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw new KindlingError(ErrorType.MEMORY_ERROR, "tensor of " + n + " elements is too large for Kindling's "
                    + "heap storage");
        }
        return (int) n;
    }

    /** Row-major strides. */
    static int[] strides(int[] shape) {
        int[] s = new int[shape.length];
        int acc = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            s[i] = acc;
            acc *= shape[i];
        }
        return s;
    }

    /** The broadcast shape of two shapes, with PyTorch's error when they do not broadcast. */
    static int[] broadcast(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int i = n - 1; i >= 0; i--) { // from the last dim, so the error names the one PyTorch names
            int da = i < n - a.length ? 1 : a[i - (n - a.length)];
            int db = i < n - b.length ? 1 : b[i - (n - b.length)];
            if (da != db && da != 1 && db != 1) {
                throw KindlingError.runtimeError("The size of tensor a (" + da + ") must match the size of tensor b ("
                        + db + ") at non-singleton dimension " + i);
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    /**
     * Strides for reading a tensor of shape {@code from} as if it had the broadcast shape
     * {@code to}: 0 along broadcast dimensions.
     */
    static int[] broadcastStrides(int[] from, int[] to) {
        int[] s = new int[to.length];
        int[] own = strides(from);
        int offset = to.length - from.length;
        for (int i = 0; i < from.length; i++) {
            s[i + offset] = from[i] == 1 ? 0 : own[i];
        }
        return s;
    }

    /** Wraps a possibly negative dim, with PyTorch's IndexError when out of range. */
    static int wrapDim(int dim, int rank) {
        int r = Math.max(rank, 1);
        if (dim < -r || dim >= r) {
            throw KindlingError.indexError("Dimension out of range (expected to be in range of [" + (-r) + ", " + (r - 1)
                    + "], but got " + dim + ")");
        }
        return dim < 0 ? dim + r : dim;
    }

    static String str(int[] shape) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shape[i]);
        }
        return sb.append(']').toString();
    }

    /** Resolves a single -1 in a requested shape, with PyTorch's error for a size that cannot fit. */
    static int[] inferView(int[] requested, int numel) {
        int[] out = requested.clone();
        int infer = -1;
        long known = 1;
        for (int i = 0; i < out.length; i++) {
            if (out[i] == -1) {
                if (infer >= 0) {
                    throw KindlingError.runtimeError("only one dimension can be inferred");
                }
                infer = i;
            } else if (out[i] < 0) {
                throw KindlingError.runtimeError("invalid shape dimension " + out[i]);
            } else {
                known *= out[i];
            }
        }
        if (infer >= 0) {
            if (known == 0 || numel % known != 0) {
                throw KindlingError.runtimeError("shape '" + str(requested) + "' is invalid for input of size " + numel);
            }
            out[infer] = (int) (numel / known);
        } else if (known != numel) {
            throw KindlingError.runtimeError("shape '" + str(requested) + "' is invalid for input of size " + numel);
        }
        return out;
    }

    /** Steps a row-major multi-index to the next position, wrapping like an odometer. */
    static void advance(int[] counter, int[] shape) {
        for (int k = shape.length - 1; k >= 0; k--) {
            if (++counter[k] < shape[k]) {
                return;
            }
            counter[k] = 0;
        }
    }
}
