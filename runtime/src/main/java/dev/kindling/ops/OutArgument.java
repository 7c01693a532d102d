package dev.kindling.ops;

import java.util.Arrays;

import dev.kindling.autograd.GradMode;
import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.errors.Warnings;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * PyTorch's {@code out=} argument, for every op whose schema declares one
 * ({@code *, Tensor(a!)? out=None}): the op's kernel computes the result, which is then written
 * into out's elements (resized to the result's shape when it differs, converted to out's dtype
 * where the op allows it), and out itself is returned. As in PyTorch, out= takes no part in
 * autograd: with grad mode on, no argument may require grad.
 */
final class OutArgument {
    private OutArgument() {}

    /** Runs the overload's kernel and, where out= was given, writes its result there. */
    static Object call(Op op, Op.Overload overload, OpArgs args) {
        int slot = overload.schema().outputSlot();
        Tensor out = slot < 0 ? null : (Tensor) args.get(overload.schema().params().get(slot).name());
        if (out == null) {
            return overload.kernel().apply(args);
        }
        if (GradMode.isEnabled() && args.anyTensorRequiresGrad()) {
            throw KindlingError.runtimeError(op.name() + "(): functions with out=... arguments don't support "
                    + "automatic differentiation, but one of the arguments requires grad.");
        }
        Tensor result = (Tensor) overload.kernel().apply(args);
        KindlingError refused = op.outDtype().refusal(result, out, args);
        if (refused != null) {
            throw refused;
        }
        return write(result, out);
    }

    /** Copies result into out (which then counts one more version), resizing out first if its shape differs. */
    private static Tensor write(Tensor result, Tensor out) {
        int[] shape = result.shape().toArray();
        if (!Arrays.equals(shape, out.shape().toArray())) {
            resize(out, shape);
        }
        return GradMode.withoutGrad(() -> out.copy_(result));
    }

    /** PyTorch's resize of an out tensor: silent when out is empty, else its deprecation warning. */
    private static void resize(Tensor out, int[] shape) {
        if (out.numel() > 0) {
            Warnings.warn(ErrorType.USER_WARNING, "An output with one or more elements was resized since it had shape "
                    + Arrays.toString(out.shape().toArray()) + ", which does not match the required output shape "
                    + Arrays.toString(shape) + ". This behavior is deprecated, and in a future PyTorch release outputs "
                    + "will not be resized unless they have zero elements. You can explicitly reuse an out tensor t by "
                    + "resizing it, inplace, to zero elements with t.resize_(0). (Triggered internally at "
                    + "/__w/pytorch/pytorch/aten/src/ATen/native/Resize.cpp:30.)");
        }
        out.setData(Torch.full(shape, 0, out.dtype()).to(out.device()));
    }
}
