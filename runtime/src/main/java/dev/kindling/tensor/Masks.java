package dev.kindling.tensor;

import dev.kindling.errors.KindlingError;

/** masked_fill: a value where a bool mask is set, with MaskedFillBackward0. */
final class Masks {
    private Masks() {}

    /** out = mask ? value : self, broadcast; the gradient flows to self where the mask is false. */
    static Tensor maskedFill(Tensor self, Tensor mask, double value) {
        if (mask.dtype != DType.BOOL) {
            throw KindlingError.runtimeError("masked_fill_ only supports boolean masks, but got mask with dtype "
                    + mask.dtype.scalarTypeName());
        }
        // mask first, as ATen's expand_outplace(mask, self): its order shows in the size mismatch message
        int[] shape = Shapes.broadcast(mask.shape, self.shape);
        Tensor s = Reshapes.expandTo(self, shape);
        Tensor m = Reshapes.expandTo(mask, shape);
        double fill = self.dtype.cast(value);
        double[] out = Torch.allocate(shape, self.dtype);
        double[] mValues = m.doubles();
        double[] sValues = s.doubles();
        for (int i = 0; i < out.length; i++) {
            out[i] = mValues[i] != 0 ? fill : sValues[i];
        }
        return new Tensor(out, shape, self.dtype).withGradFn("MaskedFillBackward0", new Tensor[] {self},
                g -> new Tensor[] {Gradients.sumToShape(zeroWhere(g, mask), self.shape)}, false);
    }

    /** g with exact zeros (never -0.) where the mask is set, as grad.masked_fill(mask, 0). */
    private static Tensor zeroWhere(Tensor g, Tensor mask) {
        return Pointwise.map2(g, mask, g.dtype, g.dtype, (x, m) -> m != 0 ? 0 : x);
    }
}
