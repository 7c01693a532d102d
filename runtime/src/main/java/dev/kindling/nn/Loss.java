package dev.kindling.nn;

import java.util.function.BiFunction;

import dev.kindling.tensor.Tensor;

/**
 * A loss module: MSELoss, L1Loss, CrossEntropyLoss, NLLLoss, BCELoss, BCEWithLogitsLoss.
 *
 * <pre>{@code
 * Loss mse = new Loss("MSELoss", (x, y) -> Losses.mseLoss(x, y, "mean"));
 * Tensor loss = (Tensor) mse.forward(Torch.ones(3), Torch.zeros(3));   // tensor(1.)
 * }</pre>
 */
public class Loss extends Module {
    private final String name;
    private final BiFunction<Tensor, Tensor, Tensor> function;

    public Loss(String name, BiFunction<Tensor, Tensor, Tensor> function) {
        this.name = name;
        this.function = function;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public java.util.List<String> tensorInputs() {
        return java.util.List.of("input", "target");
    }

    @Override
    public Object forward(Object... inputs) {
        return function.apply((Tensor) inputs[0], (Tensor) inputs[1]);
    }
}
