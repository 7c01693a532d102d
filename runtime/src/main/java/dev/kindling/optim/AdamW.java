package dev.kindling.optim;

import java.util.List;
import java.util.Map;

import dev.kindling.tensor.Tensor;

/**
 * AdamW: Adam with decoupled weight decay, as torch.optim.AdamW, whose default weight decay is
 * 0.01. Typed options start from {@link #defaultOptions()}: {@code Adam.Options.defaults()} has
 * Adam's weight decay of 0.
 *
 * <pre>{@code
 * Linear model = new Linear(3, 1);
 * Tensor loss = ((Tensor) model.forward(Torch.ones(4, 3))).pow(2L).sum();
 * AdamW adamW = new AdamW(model.parameters(), AdamW.defaultOptions().withLr(0.01));
 * loss.backward();
 * adamW.step();
 * }</pre>
 */
public final class AdamW extends Adam {
    private static final Options DEFAULTS = Options.defaults().withWeightDecay(0.01);

    /** PyTorch's AdamW defaults: Adam's, with weight decay 0.01. */
    public static Options defaultOptions() {
        return DEFAULTS;
    }

    /** One group of parameters, with typed options. */
    public AdamW(List<Tensor> params, Options options) {
        this(OptimizerParams.of(params), options.changedFrom(DEFAULTS));
    }

    /** One group of parameters, with options by PyTorch's names. */
    public AdamW(List<Tensor> params, Map<String, Object> options) {
        this(OptimizerParams.of(params), options);
    }

    /** Parameter groups, with options by PyTorch's names, as {@code torch.optim.AdamW(params, ...)} takes them. */
    public AdamW(OptimizerParams params, Map<String, Object> options) {
        super(params, options, true);
    }
}
