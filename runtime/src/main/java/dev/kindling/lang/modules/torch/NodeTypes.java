package dev.kindling.lang.modules.torch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.kindling.autograd.Node;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.lang.objects.Repr;
import dev.kindling.tensor.Tensor;

/** One Python class per backward-node name, so {@code y.grad_fn.__class__.__name__} is {@code AddBackward0}. */
final class NodeTypes {
    private static final Map<String, PyClass> TYPES = new ConcurrentHashMap<>();

    private NodeTypes() {}

    /** What a script sees as {@code node}: the node itself, or the ctx of the script's Function that made it. */
    static Object face(Node node) {
        return node == null ? PyNone.NONE : node.face() != null ? node.face() : node;
    }

    /** {@code grad_fn.next_functions}: for each input, the node its gradient goes to and 0. */
    static PyTuple nextFunctions(Node self) {
        Object[] out = new Object[self.inputs().length];
        for (int i = 0; i < out.length; i++) {
            Tensor input = self.inputs()[i];
            Object fn = self.edge(i) == null && self.needsGrad(i) && input != null && input.isLeaf()
                    ? AccumulateGradNode.of(input) : face(self.edge(i));
            out[i] = PyTuple.of(fn, 0L);
        }
        return new PyTuple(out);
    }

    static PyClass of(Node node) {
        return TYPES.computeIfAbsent(node.name(), name -> {
            // C++ classes to Python: type(y.grad_fn) prints <class 'MulBackward0'>, module builtins
            PyClass c = PyClass.javaType(name, "builtins", BuiltinTypes.OBJECT, null);
            Bindings.method(c, "__repr__", (a, k) -> "<" + name + " object at " + Repr.address(a[0]) + ">");
            // name() is the C++ class's name: generated nodes are named plainly, hand-written ones in full
            String cppName = name.equals("CopySlices") ? "torch::autograd::CopySlices" : name;
            Bindings.method(c, "name", (a, k) -> cppName);
            c.define("next_functions", new dev.kindling.lang.objects.PyGetSet("next_functions",
                    n -> nextFunctions((Node) n), null));
            return c;
        });
    }
}
