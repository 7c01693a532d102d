package dev.kindling.nn;

import dev.kindling.tensor.DType;
import dev.kindling.tensor.Functional;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;
import dev.kindling.tensor.random.CpuGenerator;

/**
 * {@code y = x W^T + b}. Initialised as PyTorch does, so a seeded model gets PyTorch's weights:
 * kaiming_uniform_(a=sqrt(5)) for the weight, then uniform(-1/sqrt(fan_in), 1/sqrt(fan_in)) for
 * the bias, both from the default generator.
 *
 * <pre>{@code
 * Linear layer = new Linear(3, 2);
 * Tensor y = (Tensor) layer.forward(Torch.ones(4, 3));   // shape [4, 2]
 * System.out.println(layer);                             // Linear(in_features=3, out_features=2, bias=True)
 * }</pre>
 */
public class Linear extends Module {
    private final int inFeatures;
    private final int outFeatures;

    public Linear(int inFeatures, int outFeatures) {
        this(inFeatures, outFeatures, true);
    }

    public Linear(int inFeatures, int outFeatures, boolean bias) {
        this.inFeatures = inFeatures;
        this.outFeatures = outFeatures;
        CpuGenerator g = CpuGenerator.defaultGenerator();
        Tensor weight = Torch.full(new int[] {outFeatures, inFeatures}, 0, DType.FLOAT32).asParameter(true);
        Init.kaimingUniform_(weight, Math.sqrt(5), g);
        registerParameter("weight", weight);
        if (bias) {
            Tensor b = Torch.full(new int[] {outFeatures}, 0, DType.FLOAT32).asParameter(true);
            double bound = inFeatures > 0 ? 1 / Math.sqrt(inFeatures) : 0;
            Init.uniform_(b, -bound, bound, g);
            registerParameter("bias", b);
        } else {
            registerParameter("bias", null);
        }
    }

    public int inFeatures() {
        return inFeatures;
    }

    public int outFeatures() {
        return outFeatures;
    }

    @Override
    public Object attribute(String name) {
        return name.equals("in_features") ? (Object) (long) inFeatures
                : name.equals("out_features") ? (Object) (long) outFeatures : null;
    }

    @Override
    public java.util.List<String> tensorInputs() {
        return java.util.List.of("input");
    }

    @Override
    public Object forward(Object... inputs) {
        return Functional.linear((Tensor) inputs[0], parameter("weight"), parameter("bias"));
    }

    @Override
    public String extraRepr() {
        return "in_features=" + inFeatures + ", out_features=" + outFeatures + ", bias="
                + (parameter("bias") != null ? "True" : "False");
    }
}
