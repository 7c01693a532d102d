package dev.kindling.lang.modules.torch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyDict;
import dev.kindling.lang.objects.PyKey;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PySet;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.ops.Op;
import dev.kindling.ops.Param;
import dev.kindling.ops.ParamType;
import dev.kindling.optim.Optimizer;
import dev.kindling.optim.OptimizerParams;
import dev.kindling.tensor.Tensor;

/**
 * The Java form of the Python arguments of torch.optim's constructors that only the interpreter
 * can make: an optimizer's params (tensors, or param-group dicts), a scheduler's optimizer, and
 * hyperparameters kept as the script wrote them. PyTorch's optimizers are Python classes that
 * store a number as given, so {@code lr=1} prints as {@code 1}, in the repr and in
 * "Invalid learning rate: -1" alike.
 */
final class OptimArguments {
    private OptimArguments() {}

    /** The converters for one optimizer's or scheduler's constructor. */
    static Map<String, UnaryOperator<Object>> converters(Op op) {
        Map<String, UnaryOperator<Object>> out = new HashMap<>();
        out.put("params", OptimArguments::params);
        out.put("optimizer", OptimArguments::optimizer);
        for (Param p : op.overloads().get(0).schema().params()) {
            if (p.type() == ParamType.FLOAT) {
                out.put(p.name(), OptimArguments::number);
            } else if (p.type() == ParamType.FLOAT_LIST) {
                out.put(p.name(), OptimArguments::numbers);
            }
        }
        return out;
    }

    /** A number as given: int, float or bool; a one-element tensor as its value. */
    private static Object number(Object o) {
        return OptimModule.toJava(o);
    }

    /** A tuple of numbers (betas) as a list of numbers as given; one number is not one, as PyTorch's {@code betas[0]} says. */
    private static Object numbers(Object o) {
        if (!(o instanceof PyTuple || o instanceof PyList)) {
            throw KindlingError.typeError("'" + Ops.typeName(o) + "' object is not subscriptable");
        }
        List<Object> out = new ArrayList<>();
        for (Object item : Ops.toList(o)) {
            out.add(number(item));
        }
        return out;
    }

    private static Object optimizer(Object o) {
        if (!(o instanceof Optimizer)) {
            throw KindlingError.typeError(Ops.typeName(o) + " is not an Optimizer");
        }
        return o;
    }

    /**
     * PyTorch's reading of params: a list of tensors is one group; a list whose first item is a
     * dict is a list of groups, each dict's {@code params} its tensors and its other keys its options.
     */
    private static Object params(Object o) {
        if (o instanceof Tensor t) {
            throw KindlingError.typeError("params argument given to the optimizer should be an iterable of Tensors or "
                    + "dicts, but got " + t.typeDescription());
        }
        List<Object> items = Ops.toList(o);
        if (items.isEmpty()) {
            return OptimizerParams.groups(List.of(), List.of());
        }
        if (!(items.get(0) instanceof PyDict)) {
            return OptimizerParams.groups(List.of(tensors(items)), List.of(Map.of()));
        }
        List<List<Tensor>> groups = new ArrayList<>();
        List<Map<String, Object>> groupOptions = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof PyDict d)) {
                throw KindlingError.typeError("param_group must be a dict, but got " + Ops.typeOf(item));
            }
            groups.add(groupTensors(d));
            groupOptions.add(groupOptions(d));
        }
        return OptimizerParams.groups(groups, groupOptions);
    }

    private static List<Tensor> groupTensors(PyDict group) {
        Object params = group.get("params");
        if (params == null) {
            throw Ops.keyError("params");
        }
        if (params instanceof Tensor t) {
            return List.of(t);
        }
        if (params instanceof PySet) {
            throw KindlingError.typeError("optimizer parameters need to be organized in ordered collections, but the "
                    + "ordering of tensors in sets will change between runs. Please use a list instead.");
        }
        return tensors(Ops.toList(params));
    }

    private static Map<String, Object> groupOptions(PyDict group) {
        Map<String, Object> options = new LinkedHashMap<>();
        for (Map.Entry<PyKey, Object> e : group.map().entrySet()) {
            if (!"params".equals(e.getKey().value())) {
                options.put(String.valueOf(e.getKey().value()), OptimModule.toJava(e.getValue()));
            }
        }
        return options;
    }

    private static List<Tensor> tensors(List<Object> items) {
        List<Tensor> out = new ArrayList<>(items.size());
        for (Object item : items) {
            if (item instanceof PyTuple) {
                throw KindlingError.notImplementedError("optimizer: named parameters (name, tensor) are not supported "
                        + "in Kindling; pass model.parameters()");
            }
            if (!(item instanceof Tensor t)) {
                throw KindlingError.typeError("optimizer can only optimize Tensors, but one of the params is "
                        + Ops.typeName(item));
            }
            out.add(t);
        }
        return out;
    }
}
