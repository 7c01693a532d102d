package dev.kindling.lang.modules.torch;

import java.util.Map;
import java.util.WeakHashMap;

import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyGetSet;
import dev.kindling.lang.objects.PyObj;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.lang.objects.Repr;
import dev.kindling.tensor.Tensor;

/**
 * The AccumulateGrad node that {@code next_functions} shows for a leaf that requires grad, as
 * PyTorch shows it: {@code name()} is {@code torch::autograd::AccumulateGrad}, {@code variable} is
 * the leaf, and a leaf has one such node for as long as it lives (so {@code is} holds between
 * graphs). Kindling's engine accumulates into leaves directly; this object is only what scripts
 * that walk the graph see.
 */
final class AccumulateGradNode implements PyObj {
    static final PyClass TYPE = PyClass.javaType("AccumulateGrad", "builtins", BuiltinTypes.OBJECT, null);
    /** One node per leaf, held no longer than the leaf (a Tensor's equality is its identity). */
    private static final Map<Tensor, AccumulateGradNode> NODES = new WeakHashMap<>();

    static {
        Bindings.method(TYPE, "__repr__", (a, k) -> a[0].toString());
        Bindings.method(TYPE, "name", (a, k) -> "torch::autograd::AccumulateGrad");
        TYPE.define("variable", new PyGetSet("variable", n -> ((AccumulateGradNode) n).variable, null));
        TYPE.define("next_functions", new PyGetSet("next_functions", n -> new PyTuple(new Object[0]), null));
    }

    private final Tensor variable;

    private AccumulateGradNode(Tensor variable) {
        this.variable = variable;
    }

    /** The leaf's node, made on first use. */
    static AccumulateGradNode of(Tensor leaf) {
        synchronized (NODES) {
            return NODES.computeIfAbsent(leaf, AccumulateGradNode::new);
        }
    }

    @Override
    public PyClass type() {
        return TYPE;
    }

    /** What repr() shows, inside containers too (the interpreter prints its own objects with toString). */
    @Override
    public String toString() {
        return "<AccumulateGrad object at " + Repr.address(this) + ">";
    }
}
