package dev.kindling.nn;

import dev.kindling.pyfmt.FloatRepr;
import dev.kindling.tensor.Functional;
import dev.kindling.tensor.NnOps;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.random.CpuGenerator;

/**
 * Zeroes elements with probability p in training mode (scaling the rest by 1/(1-p)); the identity
 * in eval mode. With inplace, the input itself is scaled and returned, as PyTorch's dropout_.
 *
 * <pre>{@code
 * Dropout dropout = new Dropout(0.5);
 * Tensor kept = (Tensor) dropout.forward(Torch.ones(4));     // zeros and 2s while training
 * dropout.eval();
 * Tensor same = (Tensor) dropout.forward(Torch.ones(4));     // tensor([1., 1., 1., 1.])
 * }</pre>
 */
public class Dropout extends Module {
    private final double p;
    private final boolean inplace;

    public Dropout(double p) {
        this(p, false);
    }

    public Dropout(double p, boolean inplace) {
        if (p < 0 || p > 1) {
            throw dev.kindling.errors.KindlingError.valueError("dropout probability has to be between 0 and 1, but got "
                    + FloatRepr.repr(p));
        }
        this.p = p;
        this.inplace = inplace;
    }

    @Override
    public java.util.List<String> tensorInputs() {
        return java.util.List.of("input");
    }

    @Override
    public Object forward(Object... inputs) {
        Tensor input = (Tensor) inputs[0];
        if (inplace && isTraining() && p > 0) {
            return NnOps.inPlace(input, this::drop);
        }
        return drop(input);
    }

    private Tensor drop(Tensor input) {
        return Functional.dropout(input, p, isTraining(), CpuGenerator.defaultGenerator());
    }

    @Override
    public String extraRepr() {
        return "p=" + FloatRepr.repr(p) + ", inplace=" + (inplace ? "True" : "False");
    }
}
