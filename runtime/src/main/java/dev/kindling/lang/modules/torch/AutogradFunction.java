package dev.kindling.lang.modules.torch;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import dev.kindling.autograd.GradMode;
import dev.kindling.autograd.Node;
import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.errors.Warnings;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyGetSet;
import dev.kindling.lang.objects.PyInstance;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyStaticMethod;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.tensor.Gradients;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * {@code torch.autograd.Function}: a script subclasses it with a static {@code forward(ctx, ...)}
 * and {@code backward(ctx, ...)}, and {@code MyFn.apply(...)} runs forward with grad mode off and
 * makes its output the output of one backward node named {@code MyFnBackward}, whose rule calls
 * the script's backward.
 *
 * <p>As in PyTorch, the ctx is the node scripts see: {@code y.grad_fn} is the ctx forward filled,
 * an instance of {@code torch.autograd.function.MyFnBackward} (a class made once per Function
 * subclass and kept as its {@code _backward_cls}). Arguments that are not tensors pass through to
 * forward unchanged, and backward returns one gradient (or None) per argument. One output may be
 * differentiable; others must be marked with {@code ctx.mark_non_differentiable}.
 */
final class AutogradFunction {
    /** The base of every ctx class: save_for_backward, saved_tensors, name(), next_functions... */
    static final PyClass BACKWARD_C_FUNCTION = PyClass.javaType("BackwardCFunction", "torch.autograd.function",
            BuiltinTypes.OBJECT, null);
    static final PyClass TYPE = PyClass.javaType("Function", "torch.autograd.function", BuiltinTypes.OBJECT, null);

    static {
        installFunction();
        installContext();
    }

    private AutogradFunction() {}

    /** What one call of {@code apply} keeps for backward: its arguments and what forward stored on ctx. */
    private static final class Call {
        final Object[] args;
        Tensor[] saved = new Tensor[0];
        final Set<Tensor> nonDifferentiable = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean materializeGrads = true;
        /** Whether forward has returned: saved tensors are readable from then on, as in PyTorch. */
        boolean forwardDone;
        Node node;

        Call(Object[] args) {
            this.args = args;
        }
    }

    private static void installFunction() {
        TYPE.define("apply", new PyStaticMethod(new PyBuiltin("Function.apply", AutogradFunction::apply), true));
        TYPE.define("forward", new PyStaticMethod(new PyBuiltin("Function.forward", (a, k) -> {
            throw KindlingError.notImplementedError("You must implement the forward function for custom "
                    + "autograd.Function.");
        }), false));
        TYPE.define("backward", new PyStaticMethod(new PyBuiltin("Function.backward", (a, k) -> {
            throw KindlingError.notImplementedError("You must implement either the backward or vjp method for your "
                    + "custom autograd.Function to use it with backward mode AD.");
        }), false));
        Bindings.method(TYPE, "__init__", (a, k) -> {
            Warnings.warn(ErrorType.DEPRECATION_WARNING, Ops.typeOf(a[0]) + " should not be instantiated. Methods on "
                    + "autograd functions are all static, so you should invoke them on the class itself. Instantiating "
                    + "an autograd function will raise an error in a future version of PyTorch.");
            return PyNone.NONE;
        });
        Bindings.method(TYPE, "__call__", (a, k) -> {
            throw KindlingError.runtimeError("Legacy autograd function with non-static forward method is deprecated. "
                    + "Please use new-style autograd function with static forward method. (Example: "
                    + "https://pytorch.org/docs/stable/autograd.html#torch.autograd.Function)");
        });
    }

    private static void installContext() {
        PyClass c = BACKWARD_C_FUNCTION;
        Bindings.method(c, "save_for_backward", (a, k) -> {
            Object[] given = Arrays.copyOfRange(a, 1, a.length);
            Tensor[] saved = new Tensor[given.length];
            for (int i = 0; i < given.length; i++) {
                if (given[i] instanceof Tensor t) {
                    saved[i] = t;
                } else if (given[i] != PyNone.NONE) {
                    throw KindlingError.typeError("save_for_backward can only save variables, but argument " + i
                            + " is of type " + Ops.typeName(given[i]));
                }
            }
            call(a[0]).saved = saved;
            return PyNone.NONE;
        });
        c.define("saved_tensors", new PyGetSet("saved_tensors", ctx -> savedTensors(call(ctx)), null));
        Bindings.method(c, "mark_non_differentiable", (a, k) -> {
            for (int i = 1; i < a.length; i++) {
                if (!(a[i] instanceof Tensor t)) {
                    throw KindlingError.typeError("mark_non_differentiable can only mark Tensors, but argument "
                            + (i - 1) + " is of type " + Ops.typeName(a[i]));
                }
                call(a[0]).nonDifferentiable.add(t);
            }
            return PyNone.NONE;
        });
        Bindings.method(c, "set_materialize_grads", (a, k) -> {
            call(a[0]).materializeGrads = a.length < 2 || Ops.truthy(a[1]);
            return PyNone.NONE;
        });
        Bindings.method(c, "name", (a, k) -> Ops.typeOf(a[0]).name());
        c.define("next_functions", new PyGetSet("next_functions", ctx -> {
            Call call = call(ctx);
            return call.node == null ? PyTuple.EMPTY : tensorArguments(call, NodeTypes.nextFunctions(call.node));
        }, null));
    }

    /** The entries of {@code all} (one per argument) that belong to tensor arguments, as PyTorch lists them. */
    private static PyTuple tensorArguments(Call call, PyTuple all) {
        java.util.List<Object> out = new java.util.ArrayList<>();
        for (int i = 0; i < call.args.length; i++) {
            if (call.args[i] instanceof Tensor) {
                out.add(all.get(i));
            }
        }
        return PyTuple.fromList(out);
    }

    private static Call call(Object ctx) {
        if (ctx instanceof PyInstance i && i.peer() instanceof Call c) {
            return c;
        }
        throw KindlingError.typeError("descriptor requires a 'torch._C._FunctionBase' object but received a '"
                + Ops.typeName(ctx) + "'");
    }

    private static PyTuple savedTensors(Call call) {
        if (call.node != null && call.node.released()) {
            throw KindlingError.runtimeError(Node.FREED);
        }
        if (!call.forwardDone) {
            return PyTuple.EMPTY;
        }
        Object[] out = new Object[call.saved.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = TensorType.orNone(call.saved[i]);
        }
        return new PyTuple(out);
    }

    /** The ctx class of a Function subclass, made on first apply: {@code torch.autograd.function.XBackward}. */
    private static PyClass backwardClass(PyClass function) {
        if (function.dict().get("_backward_cls") instanceof PyClass made) {
            return made;
        }
        PyClass made = PyClass.user(function.name() + "Backward", "torch.autograd.function", BACKWARD_C_FUNCTION);
        function.define("_backward_cls", made);
        return made;
    }

    /** {@code MyFn.apply(*args, **kwargs)}. */
    private static Object apply(Object[] a, Map<String, Object> k) {
        PyClass function = (PyClass) a[0];
        Object[] args = Arrays.copyOfRange(a, 1, a.length);
        PyInstance ctx = new PyInstance(backwardClass(function));
        Call call = new Call(args);
        ctx.setPeer(call);
        Tensor[] inputs = new Tensor[args.length];
        Object[] needsGrad = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            inputs[i] = args[i] instanceof Tensor t ? t : null;
            needsGrad[i] = inputs[i] != null && inputs[i].requiresGrad();
        }
        ctx.dict().put("needs_input_grad", new PyTuple(needsGrad));
        Object[] forwardArgs = new Object[args.length + 1];
        forwardArgs[0] = ctx;
        System.arraycopy(args, 0, forwardArgs, 1, args.length);
        Object output;
        boolean previous = GradMode.set(false);
        try {
            output = Ops.call(Ops.getAttr(function, "forward"), forwardArgs, k);
        } finally {
            GradMode.set(previous);
        }
        call.forwardDone = true;
        return outputs(function, ctx, call, inputs, output);
    }

    /** Forward's result with its differentiable tensor made the output of the Function's node. */
    private static Object outputs(PyClass function, PyInstance ctx, Call call, Tensor[] inputs, Object output) {
        Object[] outs = output instanceof PyTuple t ? t.items().clone() : new Object[] {output};
        int differentiable = -1;
        for (int i = 0; i < outs.length; i++) {
            if (!(outs[i] instanceof Tensor t)) {
                continue;
            }
            boolean marked = call.nonDifferentiable.contains(t);
            if (t.requiresGrad() || Arrays.asList(inputs).contains(t)) {
                // an input returned as is, or a tensor with a history of its own: a new tensor on the same data
                outs[i] = t.detach();
            }
            if (!marked) {
                if (differentiable >= 0 && anyRequiresGrad(inputs)) {
                    throw KindlingError.notImplementedError("Kindling's autograd.Function supports one differentiable "
                            + "output; mark the others with ctx.mark_non_differentiable");
                }
                differentiable = i;
            }
        }
        if (differentiable >= 0) {
            Tensor result = (Tensor) outs[differentiable];
            int index = differentiable;
            Object[] shapes = outs.clone();
            String name = function.name() + "Backward";
            Tensor recorded = result.recordedAs(name, inputs,
                    g -> backward(function, ctx, call, inputs, gradOutputs(call, shapes, index, g)));
            if (recorded.gradFn() != null) {
                call.node = recorded.gradFn().withFace(ctx);
            }
            outs[differentiable] = recorded;
        }
        return output instanceof PyTuple ? new PyTuple(outs) : outs[0];
    }

    private static boolean anyRequiresGrad(Tensor[] inputs) {
        for (Tensor t : inputs) {
            if (t != null && t.requiresGrad()) {
                return GradMode.isEnabled();
            }
        }
        return false;
    }

    /** The gradients backward receives: g for the differentiable output, zeros (or None) for the others. */
    private static Object[] gradOutputs(Call call, Object[] outputs, int differentiable, Tensor g) {
        Object[] grads = new Object[outputs.length + 1];
        for (int i = 0; i < outputs.length; i++) {
            Object out = outputs[i];
            grads[i + 1] = i == differentiable ? g
                    : out instanceof Tensor t && call.materializeGrads ? Torch.zerosLike(t) : PyNone.NONE;
        }
        return grads;
    }

    /** Runs the script's backward and checks its result as PyTorch does: one gradient per argument. */
    private static Tensor[] backward(PyClass function, PyInstance ctx, Call call, Tensor[] inputs, Object[] grads) {
        grads[0] = ctx;
        Object result = Ops.call(Ops.getAttr(function, "backward"), grads, null);
        Object[] returned = withoutTrailingNones(result instanceof PyTuple t ? t.items() : new Object[] {result},
                inputs.length);
        String name = function.name() + "Backward";
        if (returned.length != inputs.length) {
            throw KindlingError.runtimeError("function " + name + " returned an incorrect number of gradients "
                    + "(expected " + inputs.length + ", got " + returned.length + ")");
        }
        Tensor[] out = new Tensor[inputs.length];
        for (int i = 0; i < returned.length; i++) {
            if (returned[i] == PyNone.NONE) {
                continue;
            }
            if (!(returned[i] instanceof Tensor g)) {
                throw KindlingError.runtimeError("expected Variable or None (got " + Ops.typeName(returned[i]) + ")");
            }
            if (inputs[i] != null) {
                out[i] = fitted(name, i, g, inputs[i]);
            }
        }
        return out;
    }

    /** {@code grads} cut to {@code count} when all those past it are None (PyTorch accepts them). */
    private static Object[] withoutTrailingNones(Object[] grads, int count) {
        for (int i = count; i < grads.length; i++) {
            if (grads[i] != PyNone.NONE) {
                return grads;
            }
        }
        return grads.length > count ? Arrays.copyOf(grads, count) : grads;
    }

    /** A returned gradient in its input's shape and dtype: summed down when it broadcasts to more. */
    private static Tensor fitted(String name, int index, Tensor g, Tensor input) {
        int[] want = input.shape().toArray();
        int[] got = g.shape().toArray();
        if (!Arrays.equals(want, got)) {
            if (!expandable(want, got)) {
                throw KindlingError.runtimeError("Function " + name + " returned an invalid gradient at index " + index
                        + " - got " + Arrays.toString(got) + " but expected shape compatible with "
                        + Arrays.toString(want));
            }
            g = Gradients.sumToShape(g, want);
        }
        return g.dtype() == input.dtype() ? g : g.to(input.dtype());
    }

    /** Whether a tensor of shape {@code from} broadcasts to {@code to} (ATen's is_expandable_to). */
    private static boolean expandable(int[] from, int[] to) {
        if (from.length > to.length) {
            return false;
        }
        for (int i = 1; i <= from.length; i++) {
            int f = from[from.length - i];
            int t = to[to.length - i];
            if (f != t && f != 1) {
                return false;
            }
        }
        return true;
    }
}
