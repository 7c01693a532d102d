package dev.kindling.nn;

import dev.kindling.tensor.DType;
import dev.kindling.tensor.Functional;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/** Layer normalisation over the trailing normalized_shape dims; weight starts at ones, bias at zeros. */
public class LayerNorm extends Module {
    private final int[] normalizedShape;
    private final double eps;
    private final String epsRepr;

    public LayerNorm(int[] normalizedShape, double eps, String epsRepr, boolean affine, boolean bias) {
        this.normalizedShape = normalizedShape.clone();
        this.eps = eps;
        this.epsRepr = epsRepr;
        registerParameter("weight", affine ? Torch.full(normalizedShape, 1, DType.FLOAT32).asParameter(true) : null);
        registerParameter("bias", affine && bias
                ? Torch.full(normalizedShape, 0, DType.FLOAT32).asParameter(true) : null);
    }

    @Override
    public java.util.List<String> tensorInputs() {
        return java.util.List.of("input");
    }

    @Override
    public Object forward(Object... inputs) {
        return Functional.layerNorm((Tensor) inputs[0], normalizedShape, parameter("weight"), parameter("bias"), eps);
    }

    /** PyTorch prints normalized_shape as a tuple: (4,) or (2, 3). */
    @Override
    public String extraRepr() {
        StringBuilder shape = new StringBuilder("(");
        for (int i = 0; i < normalizedShape.length; i++) {
            shape.append(i > 0 ? ", " : "").append(normalizedShape[i]);
        }
        shape.append(normalizedShape.length == 1 ? ",)" : ")");
        return shape + ", eps=" + epsRepr + ", elementwise_affine=" + (parameter("weight") != null ? "True" : "False")
                + ", bias=" + (parameter("bias") != null ? "True" : "False");
    }
}
