package dev.kindling.lang.modules.torch;

import static dev.kindling.lang.modules.torch.Bindings.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kindling.bind.Binder;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.JavaTypes;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyDict;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.ops.Op;
import dev.kindling.ops.OpRegistry;
import dev.kindling.optim.Adam;
import dev.kindling.optim.AdamW;
import dev.kindling.optim.LRScheduler;
import dev.kindling.optim.Optimizer;
import dev.kindling.optim.SGD;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * {@code torch.optim} and {@code torch.optim.lr_scheduler}: the classes' constructors are their
 * declarations in the registry (ops/OptimizerOps), bound by the {@link Binder} with
 * {@link OptimArguments}' converters; here are the methods of optimizers, param groups and schedulers.
 */
final class OptimModule {
    /** Options PyTorch keeps as tuples; every other Java list becomes a Python list, as in PyTorch's state_dict. */
    private static final java.util.Set<String> TUPLE_OPTIONS = java.util.Set.of("betas");

    static final PyClass OPTIMIZER = PyClass.javaType("Optimizer", "torch.optim", BuiltinTypes.OBJECT, null);
    static final PyClass PARAM_GROUP = PyClass.javaType("dict", "builtins", BuiltinTypes.OBJECT, null);
    static final PyClass SCHEDULER = PyClass.javaType("LRScheduler", "torch.optim.lr_scheduler", BuiltinTypes.OBJECT,
            null);

    private OptimModule() {}

    static {
        JavaTypes.register(Optimizer.ParamGroup.class, PARAM_GROUP);
        JavaTypes.register(LRScheduler.class, SCHEDULER);
        method(OPTIMIZER, "step", (a, k) -> {
            if (a.length > 1 && a[1] != PyNone.NONE) {
                Object loss = Ops.call(a[1], new Object[0], null);
                ((Optimizer) a[0]).step();
                return loss;
            }
            ((Optimizer) a[0]).step();
            return PyNone.NONE;
        });
        method(OPTIMIZER, "zero_grad", (a, k) -> {
            Object[] p = Args.bind("zero_grad", new Object[0], k, "set_to_none=");
            ((Optimizer) a[0]).zeroGrad(a.length > 1 ? Ops.truthy(a[1]) : TorchArgs.bool(p[0], true));
            return PyNone.NONE;
        });
        method(OPTIMIZER, "__repr__", (a, k) -> a[0].toString());
        OPTIMIZER.define("param_groups", new dev.kindling.lang.objects.PyGetSet("param_groups",
                o -> new PyList(((Optimizer) o).paramGroups()), null));
        method(OPTIMIZER, "state_dict", (a, k) -> fromJava(((Optimizer) a[0]).stateDict()));
        method(OPTIMIZER, "load_state_dict", (a, k) -> {
            Object[] p = Args.bind("load_state_dict", java.util.Arrays.copyOfRange(a, 1, a.length), k, "state_dict");
            if (!(p[0] instanceof PyDict sd) || sd.get("state") == null || sd.get("param_groups") == null) {
                throw KindlingError.typeError("load_state_dict() expects the dict that state_dict() returns");
            }
            Map<Object, Object> states = new LinkedHashMap<>();
            ((PyDict) sd.get("state")).map().forEach((key, v) -> states.put(Ops.toLong(key.value()), stateToJava(v)));
            List<Map<String, Object>> groups = new ArrayList<>();
            for (Object g : Ops.toList(sd.get("param_groups"))) {
                Map<String, Object> options = new LinkedHashMap<>();
                ((PyDict) g).map().forEach((key, v) -> options.put((String) key.value(), toJava(v)));
                groups.add(options);
            }
            ((Optimizer) a[0]).loadStateDict(states, groups);
            return PyNone.NONE;
        });
        method(PARAM_GROUP, "__getitem__", (a, k) -> {
            Optimizer.ParamGroup g = (Optimizer.ParamGroup) a[0];
            if ("params".equals(a[1])) {
                return new PyList(g.params);
            }
            if (!g.options.containsKey(a[1])) {
                throw Ops.keyError(a[1]);
            }
            return fromJava(g.options.get(a[1]), TUPLE_OPTIONS.contains(a[1]));
        });
        method(PARAM_GROUP, "__setitem__", (a, k) -> {
            ((Optimizer.ParamGroup) a[0]).options.put((String) a[1], toJava(a[2]));
            return PyNone.NONE;
        });
        method(PARAM_GROUP, "__contains__", (a, k) -> "params".equals(a[1])
                || ((Optimizer.ParamGroup) a[0]).options.containsKey(a[1]));
        method(PARAM_GROUP, "keys", (a, k) -> {
            List<Object> keys = new ArrayList<>(List.of("params"));
            keys.addAll(((Optimizer.ParamGroup) a[0]).options.keySet());
            return new PyList(keys);
        });
        method(PARAM_GROUP, "__repr__", (a, k) -> {
            Optimizer.ParamGroup g = (Optimizer.ParamGroup) a[0];
            PyDict d = new PyDict();
            d.put("params", new PyList(g.params));
            g.options.forEach((key, v) -> d.put(key, fromJava(v)));
            return dev.kindling.lang.objects.Repr.repr(d);
        });
        method(SCHEDULER, "step", (a, k) -> {
            ((LRScheduler) a[0]).step();
            return PyNone.NONE;
        });
        method(SCHEDULER, "get_last_lr", (a, k) -> new PyList(((LRScheduler) a[0]).lastLr()));
    }

    /** A Python option value as the Java optimizers keep it (tuples become lists). */
    static Object toJava(Object v) {
        if (v == PyNone.NONE) {
            return null;
        }
        if (v instanceof PyTuple || v instanceof PyList) {
            List<Object> out = new ArrayList<>();
            for (Object o : Ops.toList(v)) {
                out.add(toJava(o));
            }
            return out;
        }
        if (v instanceof Tensor t && t.numel() == 1) {
            return t.item();
        }
        return v;
    }

    static Object fromJava(Object v) {
        return fromJava(v, false);
    }

    /** One parameter's saved state: tensors stay tensors (even 1-element ones); a step becomes a count again. */
    private static Map<String, Object> stateToJava(Object state) {
        Map<String, Object> out = new LinkedHashMap<>();
        ((PyDict) state).map().forEach((key, v) -> {
            String name = (String) key.value();
            if ("step".equals(name)) {
                out.put(name, (long) (v instanceof Tensor t ? ((Number) t.item()).doubleValue() : Ops.toDouble(v)));
            } else {
                out.put(name, v instanceof Tensor ? v : toJava(v));
            }
        });
        return out;
    }

    private static Object fromJava(Object v, boolean tuple) {
        if (v == null) {
            return PyNone.NONE;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(fromJava(x, false)));
            return tuple ? PyTuple.fromList(out) : new PyList(out);
        }
        if (v instanceof Map<?, ?> m) {
            PyDict d = new PyDict();
            m.forEach((key, x) -> d.put(key, "step".equals(key) && x instanceof Number n
                    ? Torch.tensor(n.doubleValue(), DType.FLOAT32) // PyTorch keeps Adam's step as a float tensor
                    : fromJava(x, TUPLE_OPTIONS.contains(key))));
            return d;
        }
        if (v instanceof Integer i) {
            return (long) i;
        }
        return v;
    }

    /** An optimizer class whose constructor is its declaration in the registry. */
    private static PyClass optimizer(PyModule m, String name, Class<?> javaClass) {
        Op op = OpRegistry.standard().findOptimizer(name);
        PyClass c = PyClass.javaType(name, "torch.optim", OPTIMIZER,
                Binder.function(op, OptimArguments.converters(op)));
        JavaTypes.register(javaClass, c);
        m.set(name, c);
        return c;
    }

    static PyModule create() {
        PyModule m = new PyModule("torch.optim");
        m.set("Optimizer", OPTIMIZER);
        optimizer(m, "SGD", SGD.class);
        optimizer(m, "Adam", Adam.class);
        optimizer(m, "AdamW", AdamW.class);
        m.set("lr_scheduler", schedulers());
        return m;
    }

    static PyModule schedulers() {
        PyModule s = new PyModule("torch.optim.lr_scheduler");
        s.set("LRScheduler", SCHEDULER);
        for (String name : new String[] {"StepLR", "ExponentialLR"}) {
            Op op = OpRegistry.standard().findScheduler(name);
            s.set(name, PyClass.javaType(name, "torch.optim.lr_scheduler", SCHEDULER,
                    Binder.function(op, OptimArguments.converters(op))));
        }
        return s;
    }
}
