package dev.kindling.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.Fused;
import dev.kindling.tensor.Tensor;

/**
 * Stochastic gradient descent with momentum, dampening, Nesterov momentum and weight decay, as
 * torch.optim.SGD computes it, with its checks of the hyperparameters.
 *
 * <pre>{@code
 * Linear model = new Linear(3, 1);
 * Tensor loss = ((Tensor) model.forward(Torch.ones(4, 3))).pow(2L).sum();
 * SGD sgd = new SGD(model.parameters(), SGD.Options.defaults().withLr(0.1).withMomentum(0.9));
 * loss.backward();
 * sgd.step();
 * sgd.zeroGrad(true);
 * }</pre>
 */
public final class SGD extends Optimizer {
    /**
     * SGD's hyperparameters, typed, for Java hosts; PyTorch's defaults from {@link #defaults()}.
     *
     * <pre>{@code
     * SGD.Options options = SGD.Options.defaults().withLr(0.05).withNesterov(true).withMomentum(0.9);
     * }</pre>
     */
    public record Options(double lr, double momentum, double dampening, double weightDecay, boolean nesterov,
            boolean maximize) {
        private static final Options DEFAULTS = new Options(0.001, 0, 0, 0, false, false);

        /** PyTorch's defaults: lr 0.001, no momentum, dampening or weight decay. */
        public static Options defaults() {
            return DEFAULTS;
        }

        public Options withLr(double value) {
            return new Options(value, momentum, dampening, weightDecay, nesterov, maximize);
        }

        public Options withMomentum(double value) {
            return new Options(lr, value, dampening, weightDecay, nesterov, maximize);
        }

        public Options withDampening(double value) {
            return new Options(lr, momentum, value, weightDecay, nesterov, maximize);
        }

        public Options withWeightDecay(double value) {
            return new Options(lr, momentum, dampening, value, nesterov, maximize);
        }

        public Options withNesterov(boolean value) {
            return new Options(lr, momentum, dampening, weightDecay, value, maximize);
        }

        public Options withMaximize(boolean value) {
            return new Options(lr, momentum, dampening, weightDecay, nesterov, value);
        }

        /**
         * The options a script would pass: those that differ from the defaults, so that the rest
         * keep the defaults as PyTorch writes them ({@code momentum: 0}, not {@code 0.0}).
         */
        Map<String, Object> changed() {
            Map<String, Object> out = new LinkedHashMap<>();
            OptionMaps.putIfChanged(out, "lr", lr, DEFAULTS.lr);
            OptionMaps.putIfChanged(out, "momentum", momentum, DEFAULTS.momentum);
            OptionMaps.putIfChanged(out, "dampening", dampening, DEFAULTS.dampening);
            OptionMaps.putIfChanged(out, "weight_decay", weightDecay, DEFAULTS.weightDecay);
            OptionMaps.putIfChanged(out, "nesterov", nesterov, DEFAULTS.nesterov);
            OptionMaps.putIfChanged(out, "maximize", maximize, DEFAULTS.maximize);
            return out;
        }
    }

    /** One group of parameters, with typed options. */
    public SGD(List<Tensor> params, Options options) {
        this(OptimizerParams.of(params), options.changed());
    }

    /** One group of parameters, with options by PyTorch's names ({@code "lr"}, {@code "momentum"}, ...). */
    public SGD(List<Tensor> params, Map<String, Object> options) {
        this(OptimizerParams.of(params), options);
    }

    /** Parameter groups, with options by PyTorch's names, as {@code torch.optim.SGD(params, ...)} takes them. */
    public SGD(OptimizerParams params, Map<String, Object> options) {
        super(params, checked(defaults(options)));
        refuseUnhonoured("foreach", "differentiable", "fused");
    }

    private static Map<String, Object> defaults(Map<String, Object> options) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("lr", 0.001);
        d.put("momentum", 0L);
        d.put("dampening", 0L);
        d.put("weight_decay", 0L);
        d.put("nesterov", false);
        d.put("maximize", false);
        d.put("foreach", null);
        d.put("differentiable", false);
        d.put("fused", null);
        d.putAll(options);
        return d;
    }

    /** torch.optim.SGD's checks, in its order. */
    private static Map<String, Object> checked(Map<String, Object> options) {
        OptionChecks.notNegative(options, "lr", "Invalid learning rate");
        OptionChecks.notNegative(options, "momentum", "Invalid momentum value");
        OptionChecks.notNegative(options, "weight_decay", "Invalid weight_decay value");
        if (Boolean.TRUE.equals(options.get("nesterov"))
                && (toDouble(options.get("momentum")) <= 0 || toDouble(options.get("dampening")) != 0)) {
            throw KindlingError.valueError("Nesterov momentum requires a momentum and zero dampening");
        }
        return options;
    }

    @Override
    public String name() {
        return "SGD";
    }

    @Override
    public void step() {
        for (ParamGroup g : paramGroups()) {
            for (Tensor p : g.params) {
                if (p.grad() == null) {
                    continue;
                }
                Map<String, Object> s = stateOf(p);
                Tensor buffer = (Tensor) s.get("momentum_buffer");
                Tensor updated = Fused.sgdStep(p, p.grad(), buffer, g.lr(), g.number("momentum"),
                        g.number("dampening"), g.flag("nesterov"), g.number("weight_decay"), g.flag("maximize"));
                if (updated != null) {
                    s.put("momentum_buffer", updated);
                }
            }
        }
    }
}
