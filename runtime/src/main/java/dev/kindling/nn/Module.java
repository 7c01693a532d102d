package dev.kindling.nn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kindling.autograd.GradMode;
import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Device;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.TorchState;

/**
 * A neural-network module, as in PyTorch: it owns parameters and submodules, registered in the
 * order they are assigned, and computes {@link #forward}. Subclasses in Java override
 * {@code forward} and {@link #extraRepr()}; scripts subclass {@code nn.Module} in the language,
 * and the interpreter backs each such instance with a module whose forward calls the script's.
 *
 * <pre>{@code
 * Module model = new Sequential(new Linear(1, 16), Activation.relu(), new Linear(16, 1));
 * Tensor y = (Tensor) model.forward(Torch.rand(100, 1));
 * System.out.println(model);   // PyTorch's nested repr
 * }</pre>
 */
public abstract class Module {
    private final Map<String, Tensor> parameters = new LinkedHashMap<>();
    private final Map<String, Module> modules = new LinkedHashMap<>();
    private final Map<String, Tensor> buffers = new LinkedHashMap<>();
    /** Buffers registered with {@code persistent=False}: left out of the state dict. */
    private final java.util.Set<String> transientBuffers = new java.util.HashSet<>();
    private boolean training = true;

    /** Computes the module's output; most modules take one tensor. */
    public abstract Object forward(Object... inputs);

    /**
     * The names of forward's inputs when each must be a tensor ({@code input}, or {@code input} and
     * {@code target} for a loss), so a caller can check them first; null when forward takes
     * whatever its submodules take.
     */
    public List<String> tensorInputs() {
        return null;
    }

    /**
     * A layer's own read-only attribute ({@code in_features} of Linear), or null when it has none.
     * An attribute that may be unset ({@code padding_idx} of Embedding) is an {@link java.util.Optional},
     * empty where Python shows None: the DSL has no None of its own, the bindings supply it.
     */
    public Object attribute(String name) {
        return null;
    }

    /** The class name shown in the repr, e.g. {@code "Linear"}. */
    public String name() {
        return getClass().getSimpleName();
    }

    /** The text inside the parentheses of the repr, e.g. {@code in_features=1, out_features=16, bias=True}. */
    public String extraRepr() {
        return "";
    }

    /**
     * {@code module.to(device)}, {@code .to(dtype)}, {@code .double()}, {@code .cuda()}: every
     * parameter, of this module and its submodules, moved or converted in place (the same
     * Parameter objects, as PyTorch's {@code param.data = ...}), with its gradient; buffers
     * replaced. A dtype applies to floating-point tensors only; null leaves that part as it is.
     */
    public Module to(Device device, DType dtype) {
        for (Module m : modules.values()) {
            if (m != null) {
                m.to(device, dtype);
            }
        }
        for (Tensor p : parameters.values()) {
            if (p != null) {
                p.setData(moved(p, device, dtype));
                if (p.grad() != null) {
                    p.grad().setData(moved(p.grad(), device, dtype));
                }
            }
        }
        buffers.replaceAll((name, b) -> b == null ? null : moved(b, device, dtype));
        return this;
    }

    private static Tensor moved(Tensor t, Device device, DType dtype) {
        return GradMode.withoutGrad(() -> {
            Tensor out = t.detach();
            if (dtype != null && out.dtype().isFloatingPoint()) {
                out = out.to(dtype);
            }
            return device == null ? out : out.to(device);
        });
    }

    /** Registers (or, with null, clears) a parameter under a name; PyTorch's register_parameter. */
    public void registerParameter(String name, Tensor parameter) {
        modules.remove(name);
        parameters.put(name, onDefaultDevice(parameter));
    }

    /**
     * A new parameter or buffer on the session's default device ({@code torch.set_default_device}),
     * where PyTorch's layers make theirs: moved in place, so it stays the object the caller holds.
     */
    private static Tensor onDefaultDevice(Tensor t) {
        Device device = TorchState.current().defaultDevice();
        if (t != null && !t.device().equals(device)) {
            t.setData(moved(t, device, null));
        }
        return t;
    }

    /** Registers (or, with null, clears) a submodule; PyTorch's add_module. */
    public void registerModule(String name, Module module) {
        parameters.remove(name);
        modules.put(name, module);
    }

    public void registerBuffer(String name, Tensor buffer) {
        registerBuffer(name, buffer, true);
    }

    /**
     * Registers (or, with null, clears) a buffer: state that is no parameter (running statistics,
     * masks); a persistent one is part of {@link #stateDict()}.
     */
    public void registerBuffer(String name, Tensor buffer, boolean persistent) {
        buffers.put(name, onDefaultDevice(buffer));
        if (persistent) {
            transientBuffers.remove(name);
        } else {
            transientBuffers.add(name);
        }
    }

    /** This module's own buffers (null where registered as None), in registration order. */
    public Map<String, Tensor> ownBuffers() {
        return buffers;
    }

    /** Buffers by dotted name, this module's and its submodules', each tensor once. */
    public Map<String, Tensor> namedBuffers() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        java.util.IdentityHashMap<Object, Boolean> seen = new java.util.IdentityHashMap<>();
        namedModules().forEach((prefix, m) -> m.buffers.forEach((k, v) -> {
            if (v != null && seen.put(v, Boolean.TRUE) == null) {
                out.put(prefix.isEmpty() ? k : prefix + "." + k, v);
            }
        }));
        return out;
    }

    /** This module's own parameters (null where registered as None), in registration order. */
    public Map<String, Tensor> ownParameters() {
        return parameters;
    }

    /** This module's direct submodules, in registration order. */
    public Map<String, Module> ownModules() {
        return modules;
    }

    public Tensor parameter(String name) {
        return parameters.get(name);
    }

    public Module module(String name) {
        return modules.get(name);
    }

    /** Every parameter of this module and its submodules, each once, in registration order. */
    public List<Tensor> parameters() {
        List<Tensor> out = new ArrayList<>();
        namedParameters().values().forEach(out::add);
        return out;
    }

    /** Parameters by dotted name ({@code layers.0.weight}), each tensor once. */
    public Map<String, Tensor> namedParameters() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        collectParameters("", out, new java.util.IdentityHashMap<>());
        return out;
    }

    private void collectParameters(String prefix, Map<String, Tensor> out, Map<Object, Boolean> seen) {
        for (Map.Entry<String, Tensor> e : parameters.entrySet()) {
            if (e.getValue() != null && seen.put(e.getValue(), Boolean.TRUE) == null) {
                out.put(prefix + e.getKey(), e.getValue());
            }
        }
        for (Map.Entry<String, Module> e : modules.entrySet()) {
            if (e.getValue() != null) {
                e.getValue().collectParameters(prefix + e.getKey() + ".", out, seen);
            }
        }
    }

    /** Direct submodules. */
    public List<Module> children() {
        List<Module> out = new ArrayList<>();
        for (Module m : modules.values()) {
            if (m != null && !out.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /** This module and all modules below it, depth first, by dotted name ("" for this one). */
    public Map<String, Module> namedModules() {
        Map<String, Module> out = new LinkedHashMap<>();
        collectModules("", out);
        return out;
    }

    private void collectModules(String prefix, Map<String, Module> out) {
        if (out.containsValue(this)) {
            return;
        }
        out.put(prefix, this);
        for (Map.Entry<String, Module> e : modules.entrySet()) {
            if (e.getValue() != null) {
                e.getValue().collectModules(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), out);
            }
        }
    }

    public boolean isTraining() {
        return training;
    }

    /** Sets training mode here and in every submodule (Dropout behaves differently in eval mode). */
    public Module train(boolean mode) {
        training = mode;
        for (Module m : children()) {
            m.train(mode);
        }
        return this;
    }

    public Module eval() {
        return train(false);
    }

    /** Clears the gradients of all parameters (to None, PyTorch's default since 2.0). */
    public void zeroGrad(boolean setToNone) {
        for (Tensor p : parameters()) {
            Tensor g = p.grad();
            if (g == null) {
                continue;
            }
            if (setToNone) {
                p.setGrad(null);
            } else {
                p.setGrad(g.detach().zero_());
            }
        }
    }

    /** Parameters and buffers by dotted name, as tensors detached from the graph. */
    public Map<String, Tensor> stateDict() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        collectState("", out);
        return out;
    }

    private void collectState(String prefix, Map<String, Tensor> out) {
        parameters.forEach((k, v) -> {
            if (v != null) {
                out.put(prefix + k, v.detach());
            }
        });
        buffers.forEach((k, v) -> {
            if (v != null && !transientBuffers.contains(k)) {
                out.put(prefix + k, v.detach());
            }
        });
        modules.forEach((k, m) -> {
            if (m != null) {
                m.collectState(prefix + k + ".", out);
            }
        });
    }

    /** Copies values from a state dict into this module's parameters (strict: names must match). */
    public void loadStateDict(Map<String, Tensor> state) {
        loadStateDict(state, true);
    }

    /** The keys {@link #loadStateDict(Map, boolean)} did not match (PyTorch's {@code _IncompatibleKeys}). */
    public record IncompatibleKeys(List<String> missingKeys, List<String> unexpectedKeys) {}

    /**
     * {@code load_state_dict(state, strict)}: copies every entry whose key and shape match; then,
     * as PyTorch, raises one error listing missing and unexpected keys (when strict) and shape
     * mismatches, or returns the keys that did not match.
     */
    public IncompatibleKeys loadStateDict(Map<String, Tensor> state, boolean strict) {
        Map<String, Tensor> own = new LinkedHashMap<>();
        collectLive("", own);
        List<String> missing = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        dev.kindling.autograd.GradMode.withoutGrad(() -> {
            own.forEach((k, t) -> {
                Tensor saved = state.get(k);
                if (saved == null) {
                    missing.add(k);
                } else if (!saved.shape().equals(t.shape())) {
                    errors.add("size mismatch for " + k + ": copying a param with shape " + saved.shape() + " from "
                            + "checkpoint, the shape in current model is " + t.shape() + ".");
                } else {
                    t.copy_(saved);
                }
            });
            return null;
        });
        List<String> unexpected = new ArrayList<>();
        for (String k : state.keySet()) {
            if (!own.containsKey(k)) {
                unexpected.add(k);
            }
        }
        if (strict && !unexpected.isEmpty()) {
            errors.add(0, "Unexpected key(s) in state_dict: " + quoted(unexpected) + ". ");
        }
        if (strict && !missing.isEmpty()) {
            errors.add(0, "Missing key(s) in state_dict: " + quoted(missing) + ". ");
        }
        if (!errors.isEmpty()) {
            throw KindlingError.runtimeError("Error(s) in loading state_dict for " + name() + ":\n\t"
                    + String.join("\n\t", errors));
        }
        return new IncompatibleKeys(missing, unexpected);
    }

    private static String quoted(List<String> keys) {
        return String.join(", ", keys.stream().map(k -> "\"" + k + "\"").toList());
    }

    private void collectLive(String prefix, Map<String, Tensor> out) {
        parameters.forEach((k, v) -> {
            if (v != null) {
                out.put(prefix + k, v);
            }
        });
        buffers.forEach((k, v) -> {
            if (v != null && !transientBuffers.contains(k)) {
                out.put(prefix + k, v);
            }
        });
        modules.forEach((k, m) -> {
            if (m != null) {
                m.collectLive(prefix + k + ".", out);
            }
        });
    }

    /** Sets requires_grad on every parameter. */
    public Module requiresGrad(boolean requiresGrad) {
        for (Tensor p : parameters()) {
            p.requiresGrad_(requiresGrad);
        }
        return this;
    }

    /** PyTorch's module repr: {@code Name(extra)} or a nested, indented list of children. */
    @Override
    public String toString() {
        List<String> lines = new ArrayList<>();
        String extra = extraRepr();
        if (!extra.isEmpty()) {
            lines.addAll(List.of(extra.split("\n")));
        }
        for (Map.Entry<String, Module> e : modules.entrySet()) {
            String child = e.getValue() == null ? "None" : e.getValue().toString();
            lines.add("(" + e.getKey() + "): " + indent(child));
        }
        StringBuilder sb = new StringBuilder(name()).append('(');
        if (!lines.isEmpty()) {
            if (extra.isEmpty() || lines.size() > 1 || extra.contains("\n")) {
                sb.append("\n  ").append(String.join("\n  ", lines)).append('\n');
            } else {
                sb.append(extra);
            }
        }
        return sb.append(')').toString();
    }

    /** PyTorch's _addindent: lines after the first indented by two spaces. */
    private static String indent(String text) {
        return text.replace("\n", "\n  ");
    }
}
