package dev.kindling.nn;

import dev.kindling.pyfmt.FloatRepr;
import dev.kindling.tensor.Functional;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.random.CpuGenerator;

/** Zeroes elements with probability p in training mode (scaling the rest by 1/(1-p)); the identity in eval mode. */
public class Dropout extends Module {
    private final double p;

    public Dropout(double p) {
        if (p < 0 || p > 1) {
            throw dev.kindling.errors.KindlingError.valueError("dropout probability has to be between 0 and 1, but got "
                    + FloatRepr.repr(p));
        }
        this.p = p;
    }

    @Override
    public Object forward(Object... inputs) {
        return Functional.dropout((Tensor) inputs[0], p, isTraining(), CpuGenerator.defaultGenerator());
    }

    @Override
    public String extraRepr() {
        return "p=" + FloatRepr.repr(p) + ", inplace=False";
    }
}
