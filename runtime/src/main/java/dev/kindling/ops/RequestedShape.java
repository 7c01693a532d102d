package dev.kindling.ops;

import java.util.Arrays;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.Torch;

/**
 * A size given as Python ints, checked before it becomes Kindling's int dims: a size no int
 * holds gets the error PyTorch gives for it rather than wrapping around silently.
 */
public final class RequestedShape {
    private RequestedShape() {}

    /** A new tensor's size, or PyTorch's allocation or overflow error for one no int dim holds. */
    public static int[] forAllocation(long[] shape) {
        if (fits(shape)) {
            return toInts(shape);
        }
        try {
            // The dtype is not known here; float32, the default, gives the smallest request.
            long bytes = Float.BYTES;
            for (long d : shape) {
                bytes = Math.multiplyExact(bytes, Math.max(d, 0));
            }
            throw Torch.allocationError(bytes);
        } catch (ArithmeticException e) {
            throw KindlingError.runtimeError("Storage size calculation overflowed with sizes=" + Arrays.toString(shape));
        }
    }

    /** A view's size for numel elements, or PyTorch's shape error for one no int dim holds. */
    public static int[] forView(long[] shape, long numel) {
        if (fits(shape)) {
            return toInts(shape);
        }
        throw KindlingError.runtimeError("shape '" + Arrays.toString(shape) + "' is invalid for input of size " + numel);
    }

    private static boolean fits(long[] shape) {
        for (long d : shape) {
            if (d > Integer.MAX_VALUE) {
                return false;
            }
        }
        return true;
    }

    private static int[] toInts(long[] shape) {
        int[] out = new int[shape.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) Math.max(shape[i], Integer.MIN_VALUE);
        }
        return out;
    }
}
