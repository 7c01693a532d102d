package dev.kindling.optim;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.AdamMoments;
import dev.kindling.tensor.Fused;
import dev.kindling.tensor.Tensor;

/**
 * Adam, with amsgrad and maximize, following torch.optim.Adam's single-tensor update and its
 * checks of the hyperparameters; {@link AdamW} is Adam with decoupled weight decay.
 *
 * <pre>{@code
 * Linear model = new Linear(3, 1);
 * Tensor loss = ((Tensor) model.forward(Torch.ones(4, 3))).pow(2L).sum();
 * Adam adam = new Adam(model.parameters(), Adam.Options.defaults().withLr(0.01).withBetas(0.8, 0.9));
 * loss.backward();
 * adam.step();
 * adam.zeroGrad(true);
 * }</pre>
 */
public class Adam extends Optimizer {
    /**
     * Adam's hyperparameters, typed, for Java hosts; PyTorch's defaults from {@link #defaults()}
     * (AdamW's from {@link AdamW#defaultOptions()}).
     *
     * <pre>{@code
     * Adam.Options options = Adam.Options.defaults().withLr(0.01).withWeightDecay(1e-4).withAmsgrad(true);
     * }</pre>
     */
    public record Options(double lr, double beta1, double beta2, double eps, double weightDecay, boolean amsgrad,
            boolean maximize) {
        private static final Options DEFAULTS = new Options(0.001, 0.9, 0.999, 1e-8, 0, false, false);

        /** PyTorch's defaults: lr 0.001, betas (0.9, 0.999), eps 1e-08, no weight decay. */
        public static Options defaults() {
            return DEFAULTS;
        }

        public Options withLr(double value) {
            return new Options(value, beta1, beta2, eps, weightDecay, amsgrad, maximize);
        }

        public Options withBetas(double first, double second) {
            return new Options(lr, first, second, eps, weightDecay, amsgrad, maximize);
        }

        public Options withEps(double value) {
            return new Options(lr, beta1, beta2, value, weightDecay, amsgrad, maximize);
        }

        public Options withWeightDecay(double value) {
            return new Options(lr, beta1, beta2, eps, value, amsgrad, maximize);
        }

        public Options withAmsgrad(boolean value) {
            return new Options(lr, beta1, beta2, eps, weightDecay, value, maximize);
        }

        public Options withMaximize(boolean value) {
            return new Options(lr, beta1, beta2, eps, weightDecay, amsgrad, value);
        }

        /**
         * The options a script would pass: those that differ from {@code base}, so that the rest
         * keep the defaults as PyTorch writes them ({@code weight_decay: 0}, not {@code 0.0}).
         */
        Map<String, Object> changedFrom(Options base) {
            Map<String, Object> out = new LinkedHashMap<>();
            OptionMaps.putIfChanged(out, "lr", lr, base.lr);
            OptionMaps.putIfChanged(out, "betas", List.of(beta1, beta2), List.of(base.beta1, base.beta2));
            OptionMaps.putIfChanged(out, "eps", eps, base.eps);
            OptionMaps.putIfChanged(out, "weight_decay", weightDecay, base.weightDecay);
            OptionMaps.putIfChanged(out, "amsgrad", amsgrad, base.amsgrad);
            OptionMaps.putIfChanged(out, "maximize", maximize, base.maximize);
            return out;
        }
    }

    private final boolean adamW;
    /** Float copies of float32 parameters and moments, kept between steps (see AdamMoments). */
    private final Map<Tensor, AdamMoments> moments = new IdentityHashMap<>();

    /** One group of parameters, with typed options. */
    public Adam(List<Tensor> params, Options options) {
        this(OptimizerParams.of(params), options.changedFrom(Options.defaults()));
    }

    /** One group of parameters, with options by PyTorch's names ({@code "lr"}, {@code "betas"}, ...). */
    public Adam(List<Tensor> params, Map<String, Object> options) {
        this(OptimizerParams.of(params), options);
    }

    /** Parameter groups, with options by PyTorch's names, as {@code torch.optim.Adam(params, ...)} takes them. */
    public Adam(OptimizerParams params, Map<String, Object> options) {
        this(params, options, false);
    }

    Adam(OptimizerParams params, Map<String, Object> options, boolean adamW) {
        super(params, checked(defaults(options, adamW)));
        this.adamW = adamW;
        refuseUnhonoured("foreach", "capturable", "differentiable", "fused");
    }

    private static Map<String, Object> defaults(Map<String, Object> options, boolean adamW) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("lr", 0.001);
        d.put("betas", List.of(0.9, 0.999));
        d.put("eps", 1e-8);
        d.put("weight_decay", adamW ? (Object) 0.01 : (Object) 0L);
        d.put("amsgrad", false);
        d.put("maximize", false);
        d.put("foreach", null);
        d.put("capturable", false);
        d.put("differentiable", false);
        d.put("fused", null);
        d.put("decoupled_weight_decay", adamW);
        d.putAll(options);
        return d;
    }

    /** torch.optim.Adam's checks, in its order. */
    private static Map<String, Object> checked(Map<String, Object> options) {
        OptionChecks.atLeastZero(options, "lr", "Invalid learning rate");
        OptionChecks.atLeastZero(options, "eps", "Invalid epsilon value");
        List<Object> betas = OptionChecks.betasInRange(options.get("betas"));
        OptionChecks.atLeastZero(options, "weight_decay", "Invalid weight_decay value");
        OptionChecks.betasAreFloats(betas);
        options.put("betas", betas);
        return options;
    }

    @Override
    public String name() {
        return adamW ? "AdamW" : "Adam";
    }

    @Override
    public void step() {
        for (ParamGroup g : paramGroups()) {
            double[] betas = betas(g);
            for (Tensor p : g.params) {
                if (p.grad() == null) {
                    continue;
                }
                Map<String, Object> s = stateOf(p);
                if (s.isEmpty()) {
                    s.put("step", 0L);
                    s.put("exp_avg", Fused.zerosLike(p));
                    s.put("exp_avg_sq", Fused.zerosLike(p));
                    if (g.flag("amsgrad")) {
                        s.put("max_exp_avg_sq", Fused.zerosLike(p));
                    }
                }
                long step = (Long) s.get("step") + 1;
                s.put("step", step);
                Fused.adamStep(p, p.grad(), (Tensor) s.get("exp_avg"), (Tensor) s.get("exp_avg_sq"),
                        (Tensor) s.get("max_exp_avg_sq"), step, g.lr(), betas[0], betas[1], g.number("eps"),
                        g.number("weight_decay"), g.flag("decoupled_weight_decay"), g.flag("maximize"),
                        moments.computeIfAbsent(p, k -> new AdamMoments()));
            }
        }
    }

    /** A group's {@code beta1, beta2 = group["betas"]}, with Python's unpacking errors. */
    private static double[] betas(ParamGroup g) {
        Object value = g.options.get("betas");
        if (!(value instanceof List<?> betas)) {
            throw KindlingError.typeError("cannot unpack non-iterable " + Optimizer.typeName(value) + " object");
        }
        if (betas.size() != 2) {
            throw KindlingError.valueError(betas.size() > 2 ? "too many values to unpack (expected 2)"
                    : "not enough values to unpack (expected 2, got " + betas.size() + ")");
        }
        return new double[] {Optimizer.toDouble(betas.get(0)), Optimizer.toDouble(betas.get(1))};
    }

    /** The moments' tensors are handed out: they are written now and kept current from now on. */
    @Override
    public Map<String, Object> stateDict() {
        moments.values().forEach(AdamMoments::publish);
        return super.stateDict();
    }

    @Override
    public void loadStateDict(Map<?, ?> stateByIndex, List<Map<String, Object>> groupOptions) {
        moments.clear(); // the loaded tensors replace the state; copies are made from them at the next step
        super.loadStateDict(stateByIndex, groupOptions);
    }
}
