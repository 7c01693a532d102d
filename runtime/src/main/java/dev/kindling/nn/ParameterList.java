package dev.kindling.nn;

import java.util.ArrayList;
import java.util.List;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.Tensor;

/**
 * Holds parameters in a list, registered as 0, 1, ...; plain tensors become Parameters as in PyTorch.
 *
 * <pre>{@code
 * ParameterList scales = new ParameterList().append(Torch.ones(3)).append(Torch.zeros(2));
 * Tensor first = scales.get(0);   // a Parameter: it requires grad
 * }</pre>
 */
public class ParameterList extends Module {
    public ParameterList append(Tensor t) {
        registerParameter(String.valueOf(size()), t.isParameter() ? t : t.detach().asParameter(true));
        return this;
    }

    public int size() {
        return ownParameters().size();
    }

    /** The parameter at an index; negative indices count from the end. */
    public Tensor get(int index) {
        int n = size();
        int i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw KindlingError.indexError("index " + index + " is out of range");
        }
        return ownParameters().get(String.valueOf(i));
    }

    /** One line per parameter, "  (k): Parameter containing: [torch.float32 of size 2x3]", as PyTorch's. */
    @Override
    public String extraRepr() {
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < size(); k++) {
            Tensor p = get(k);
            StringBuilder size = new StringBuilder();
            for (int d : p.shape().toArray()) {
                size.append(size.length() > 0 ? "x" : "").append(d);
            }
            lines.add("  (" + k + "): Parameter containing: [" + p.dtype() + " of size " + size + "]");
        }
        return String.join("\n", lines);
    }

    @Override
    public Object forward(Object... inputs) {
        throw KindlingError.notImplementedError("Module [ParameterList] is missing the required \"forward\" function");
    }
}
