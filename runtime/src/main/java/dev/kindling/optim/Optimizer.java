package dev.kindling.optim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.kindling.errors.KindlingError;
import dev.kindling.pyfmt.FloatRepr;
import dev.kindling.tensor.Tensor;

/**
 * Base of the optimizers: parameter groups with their options (lr, betas, ...), per-parameter
 * state, zero_grad, and PyTorch's repr. Option values are Long, Double, Boolean, null (None) or a
 * List (a tuple such as betas), as a script would write them.
 *
 * <pre>{@code
 * Linear model = new Linear(3, 1);
 * Tensor loss = ((Tensor) model.forward(Torch.ones(4, 3))).pow(2L).sum();
 * Optimizer opt = new Adam(model.parameters(), Adam.Options.defaults().withLr(0.01));
 * loss.backward(); opt.step(); opt.zeroGrad(true);
 * }</pre>
 */
public abstract class Optimizer {
    /** One parameter group: its tensors and its options (writable, e.g. a scheduler changes lr). */
    public static final class ParamGroup {
        public final List<Tensor> params;
        public final Map<String, Object> options;

        public ParamGroup(List<Tensor> params, Map<String, Object> options) {
            this.params = params;
            this.options = options;
        }

        public double number(String key) {
            return toDouble(options.get(key));
        }

        public boolean flag(String key) {
            return Boolean.TRUE.equals(options.get(key));
        }

        public double lr() {
            return number("lr");
        }
    }

    private final List<ParamGroup> groups = new ArrayList<>();
    protected final Map<Tensor, Map<String, Object>> state = new IdentityHashMap<>();

    /**
     * The groups with the optimizer's options filled in where a group leaves them out, refused
     * as PyTorch's {@code Optimizer.__init__} and {@code add_param_group} refuse them.
     */
    protected Optimizer(OptimizerParams params, Map<String, Object> defaults) {
        if (params.isEmpty()) {
            throw KindlingError.valueError("optimizer got an empty parameter list");
        }
        Set<Tensor> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < params.groups().size(); i++) {
            List<Tensor> tensors = params.groups().get(i);
            for (Tensor p : tensors) {
                if (!p.isLeaf()) {
                    throw KindlingError.valueError("can't optimize a non-leaf Tensor");
                }
            }
            if (tensors.stream().anyMatch(seen::contains)) {
                throw KindlingError.valueError("some parameters appear in more than one parameter group");
            }
            seen.addAll(tensors);
            Map<String, Object> options = new LinkedHashMap<>(defaults);
            options.putAll(params.groupOptions().get(i));
            groups.add(new ParamGroup(new ArrayList<>(tensors), options));
        }
    }

    /**
     * Refuses, in every group, options set to True that Kindling cannot honour (foreach, fused,
     * ...): a script asking for them is told so rather than given a different computation.
     */
    protected final void refuseUnhonoured(String... flags) {
        for (ParamGroup g : groups) {
            OptionChecks.honoured(name(), g.options, flags);
        }
    }

    /** The PyTorch class name shown in the repr. */
    public abstract String name();

    /** Updates every parameter that has a gradient. */
    public abstract void step();

    public List<ParamGroup> paramGroups() {
        return groups;
    }

    /** Per-parameter state (momentum buffers, Adam moments, step counts). */
    protected Map<String, Object> stateOf(Tensor p) {
        return state.computeIfAbsent(p, k -> new LinkedHashMap<>());
    }

    public void zeroGrad(boolean setToNone) {
        for (ParamGroup g : groups) {
            for (Tensor p : g.params) {
                if (p.grad() != null) {
                    if (setToNone) {
                        p.setGrad(null);
                    } else {
                        p.setGrad(p.grad().detach().zero_());
                    }
                }
            }
        }
    }

    /**
     * {@code load_state_dict}: options and per-parameter state from {@link #stateDict()}'s form
     * (state keyed by parameter index, groups with their {@code params} index lists), checked
     * against this optimizer's groups as PyTorch checks them. State tensors are copied.
     */
    public void loadStateDict(Map<?, ?> stateByIndex, List<Map<String, Object>> groupOptions) {
        if (groupOptions.size() != groups.size()) {
            throw KindlingError.valueError("loaded state dict has a different number of parameter groups");
        }
        List<Tensor> byIndex = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Object ids = groupOptions.get(i).get("params");
            if (!(ids instanceof List<?> l) || l.size() != groups.get(i).params.size()) {
                throw KindlingError.valueError("loaded state dict contains a parameter group that doesn't match the "
                        + "size of optimizer's group");
            }
            byIndex.addAll(groups.get(i).params);
        }
        for (int i = 0; i < groups.size(); i++) {
            Map<String, Object> options = new LinkedHashMap<>(groupOptions.get(i));
            options.remove("params");
            groups.get(i).options.clear();
            groups.get(i).options.putAll(options);
        }
        state.clear();
        for (Map.Entry<?, ?> e : stateByIndex.entrySet()) {
            int index = ((Number) e.getKey()).intValue();
            if (index < 0 || index >= byIndex.size()) {
                continue; // PyTorch ignores state for ids it does not know
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<?, ?>) e.getValue()).forEach((k, v) -> copy.put((String) k, v instanceof Tensor t ? t.clone() : v));
            state.put(byIndex.get(index), copy);
        }
    }

    /** State by parameter index, and the groups' options, as state_dict() returns them. */
    public Map<String, Object> stateDict() {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<Object, Object> byIndex = new LinkedHashMap<>();
        List<Object> groupList = new ArrayList<>();
        long index = 0;
        for (ParamGroup g : groups) {
            Map<String, Object> options = new LinkedHashMap<>(g.options);
            List<Object> ids = new ArrayList<>();
            for (Tensor p : g.params) {
                if (state.containsKey(p)) {
                    byIndex.put(index, state.get(p));
                }
                ids.add(index++);
            }
            options.put("params", ids);
            groupList.add(options);
        }
        out.put("state", byIndex);
        out.put("param_groups", groupList);
        return out;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name()).append(" (");
        for (int i = 0; i < groups.size(); i++) {
            sb.append("\nParameter Group ").append(i);
            for (Map.Entry<String, Object> e : new TreeMap<>(groups.get(i).options).entrySet()) {
                sb.append("\n    ").append(e.getKey()).append(": ").append(repr(e.getValue()));
            }
        }
        return sb.append("\n)").toString();
    }

    /** An option's number as the update uses it: a bool counts as 0 or 1, anything else as 0. */
    static double toDouble(Object v) {
        return v instanceof Number n ? n.doubleValue() : v instanceof Boolean b ? (b ? 1 : 0) : 0;
    }

    /** The Python type name of an option value, for error texts. */
    static String typeName(Object v) {
        if (v == null) {
            return "NoneType";
        }
        return v instanceof Boolean ? "bool" : v instanceof Long || v instanceof Integer ? "int"
                : v instanceof Double ? "float" : v instanceof String ? "str" : v instanceof List ? "list" : "object";
    }

    /** A Python-style repr of an option value. */
    public static String repr(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Double d) {
            return FloatRepr.repr(d);
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(x -> parts.add(repr(x)));
            return "(" + String.join(", ", parts) + (parts.size() == 1 ? ",)" : ")");
        }
        return String.valueOf(v);
    }
}
