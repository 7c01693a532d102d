package dev.kindling.ops;

import java.util.List;
import java.util.Map;

import dev.kindling.nn.Module;
import dev.kindling.nn.ModuleDict;
import dev.kindling.nn.ModuleList;
import dev.kindling.nn.ParameterList;
import dev.kindling.tensor.Tensor;

/**
 * {@code torch.nn}'s containers that take one collection: ModuleList, ModuleDict and
 * ParameterList, by their constructors' signatures in {@code torch/nn/modules/container.py}.
 * Their argument is {@code Any}: only the interpreter can tell a Python value's modules, so its
 * binder converts it (a list of modules, a map from name to module, a list of tensors) before the
 * kernel runs. Sequential, which takes its modules as {@code *args}, is not declared here: a
 * schema has no varargs.
 */
final class ContainerModules {
    private ContainerModules() {}

    static void declare(OpRegistry r) {
        r.module("ModuleList(Any? modules=None) -> Module", ContainerModules::moduleList)
                .doc("Holds modules in a list, registered as 0, 1, ...; it has no forward.",
                        "nn.ModuleList([nn.ReLU(), nn.Tanh()])");
        r.module("ModuleDict(Any? modules=None) -> Module", ContainerModules::moduleDict)
                .doc("Holds modules under string keys, in insertion order; it has no forward.",
                        "nn.ModuleDict({'act': nn.ReLU()})");
        r.module("ParameterList(Any? values=None) -> Module", ContainerModules::parameterList)
                .doc("Holds parameters in a list, registered as 0, 1, ...; it has no forward.",
                        "nn.ParameterList([nn.Parameter(torch.ones(2))])");
    }

    /** modules: the binder's list of modules. */
    @SuppressWarnings("unchecked")
    private static ModuleList moduleList(OpArgs a) {
        ModuleList list = new ModuleList();
        if (!a.isNone("modules")) {
            ((List<Module>) a.get("modules")).forEach(list::append);
        }
        return list;
    }

    /** modules: the binder's map from key to module, in the caller's order. */
    @SuppressWarnings("unchecked")
    private static ModuleDict moduleDict(OpArgs a) {
        ModuleDict dict = new ModuleDict();
        if (!a.isNone("modules")) {
            ((Map<String, Module>) a.get("modules")).forEach(dict::put);
        }
        return dict;
    }

    /** values: the binder's list of tensors. */
    @SuppressWarnings("unchecked")
    private static ParameterList parameterList(OpArgs a) {
        ParameterList list = new ParameterList();
        if (!a.isNone("values")) {
            ((List<Tensor>) a.get("values")).forEach(list::append);
        }
        return list;
    }
}
