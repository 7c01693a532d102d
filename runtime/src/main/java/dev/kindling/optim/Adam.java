package dev.kindling.optim;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kindling.tensor.AdamMoments;
import dev.kindling.tensor.Fused;
import dev.kindling.tensor.Tensor;

/** Adam and AdamW (decoupled weight decay), with amsgrad, following torch.optim.Adam's single-tensor update. */
public final class Adam extends Optimizer {
    private final boolean adamW;
    /** Float copies of float32 parameters and moments, kept between steps (see AdamMoments). */
    private final Map<Tensor, AdamMoments> moments = new IdentityHashMap<>();

    public Adam(List<List<Tensor>> groups, List<Map<String, Object>> groupOptions, Map<String, Object> options,
            boolean adamW) {
        super(groups, groupOptions, defaults(options, adamW));
        this.adamW = adamW;
    }

    public Adam(List<Tensor> params, Map<String, Object> options) {
        this(List.of(params), List.of(Map.of()), options, false);
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

    @Override
    public String name() {
        return adamW ? "AdamW" : "Adam";
    }

    @Override
    public void step() {
        for (ParamGroup g : paramGroups()) {
            List<?> betas = (List<?>) g.options.get("betas");
            double beta1 = ((Number) betas.get(0)).doubleValue();
            double beta2 = ((Number) betas.get(1)).doubleValue();
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
                        (Tensor) s.get("max_exp_avg_sq"), step, g.lr(), beta1, beta2, g.number("eps"),
                        g.number("weight_decay"), g.flag("decoupled_weight_decay"), g.flag("maximize"),
                        moments.computeIfAbsent(p, k -> new AdamMoments()));
            }
        }
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
