package dev.kindling.nn;

import java.util.List;

import dev.kindling.errors.KindlingError;

/**
 * Modules applied in order, each to the previous one's output; children are named 0, 1, 2, ...
 *
 * <pre>{@code
 * Sequential mlp = new Sequential(new Linear(2, 8), Activation.tanh(), new Linear(8, 1));
 * Tensor y = (Tensor) mlp.forward(Torch.rand(5, 2));   // shape [5, 1]
 * }</pre>
 */
public class Sequential extends Module {
    public Sequential(Module... layers) {
        for (Module m : layers) {
            append(m);
        }
    }

    public Sequential append(Module m) {
        registerModule(String.valueOf(ownModules().size()), m);
        return this;
    }

    public int size() {
        return ownModules().size();
    }

    /** The layer at an index; negative indices count from the end. */
    public Module get(int index) {
        int n = size();
        int i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw KindlingError.indexError("index " + index + " is out of range");
        }
        return List.copyOf(ownModules().values()).get(i);
    }

    /** What the first layer takes, when that is one tensor: forward hands the input straight to it. */
    @Override
    public List<String> tensorInputs() {
        List<String> first = size() == 0 ? null : get(0).tensorInputs();
        return first != null && first.size() == 1 ? first : null;
    }

    @Override
    public Object forward(Object... inputs) {
        Object x = inputs.length == 1 ? inputs[0] : inputs;
        for (Module m : ownModules().values()) {
            x = x instanceof Object[] many ? m.forward(many) : m.forward(x);
        }
        return x;
    }
}
