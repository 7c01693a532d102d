package dev.kindling.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.Fused;
import dev.kindling.tensor.Tensor;

/** Stochastic gradient descent with momentum, dampening, Nesterov momentum and weight decay, as torch.optim.SGD. */
public final class SGD extends Optimizer {
    public SGD(List<List<Tensor>> groups, List<Map<String, Object>> groupOptions, Map<String, Object> options) {
        super(groups, groupOptions, defaults(options));
        for (ParamGroup g : paramGroups()) {
            if (g.flag("nesterov") && (g.number("momentum") <= 0 || g.number("dampening") != 0)) {
                throw KindlingError.valueError("Nesterov momentum requires a momentum and zero dampening");
            }
            if (g.lr() < 0) {
                throw KindlingError.valueError("Invalid learning rate: " + Optimizer.repr(g.options.get("lr")));
            }
        }
    }

    public SGD(List<Tensor> params, Map<String, Object> options) {
        this(List.of(params), List.of(Map.of()), options);
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
