package dev.kindling.lang.modules.torch;

import java.util.Map;

import dev.kindling.autograd.Node;
import dev.kindling.bind.Binder;
import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.errors.Warnings;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.JavaTypes;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyGetSet;
import dev.kindling.lang.objects.PyIterator;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.Repr;
import dev.kindling.ops.OpRegistry;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * {@code torch.Tensor} as the language sees it: every method and operator converts its Python
 * arguments and calls the Java DSL.
 */
final class TensorType {
    static final PyClass TYPE = PyClass.javaType("Tensor", "torch", BuiltinTypes.OBJECT, LegacyConstructor.body());

    /** {@code nn.Parameter}: a tensor marked as a module parameter (a subclass of Tensor). */
    static final PyClass PARAMETER = PyClass.javaType("Parameter", "torch.nn.parameter", TYPE, (a, k) -> {
        Object[] p = Args.bindMethodDef("Parameter.__new__", a, k, "cls", "data=", "requires_grad=");
        Object given = Args.orDefault(p[1], Torch.zeros(0));
        if (!(given instanceof Tensor data)) {
            throw new KindlingError(ErrorType.ATTRIBUTE_ERROR, "'" + Ops.typeName(given) + "' object has no "
                    + "attribute 'detach'");
        }
        return data.detach().asParameter(TorchArgs.bool(p[2], true));
    });

    /** A Tensor method body: the receiver, the remaining positional arguments, the keywords. */
    @FunctionalInterface
    interface Method {
        Object call(Tensor self, Object[] args, Map<String, Object> kwargs);
    }

    private TensorType() {}

    static void method(String name, Method body) {
        Bindings.method(TYPE, name, (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof Tensor self)) {
                throw KindlingError.typeError("descriptor '" + name + "' for 'torch._C.TensorBase' objects doesn't apply "
                        + "to a '" + (a.length == 0 ? "NoneType" : Ops.typeName(a[0])) + "' object");
            }
            Object[] rest = new Object[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return body.call(self, rest, k);
        });
    }

    private static void property(String name, java.util.function.Function<Tensor, Object> get,
            java.util.function.BiConsumer<Tensor, Object> set) {
        TYPE.define(name, new PyGetSet(name, o -> orNone(get.apply((Tensor) o)),
                set == null ? null : (o, v) -> set.accept((Tensor) o, v)));
    }

    static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }

    static {
        JavaTypes.register(Tensor.class, TYPE);
        JavaTypes.registerResolver(Tensor.class, t -> ((Tensor) t).isParameter() ? PARAMETER : TYPE);
        JavaTypes.registerResolver(Node.class, n -> NodeTypes.of((Node) n));
        properties();
        Binder.installMethods(OpRegistry.standard(), TYPE, TorchArgs.CONVERTERS);
        TensorMethods.install();
        TensorOperators.install();
    }

    private static void properties() {
        property("shape", Tensor::shape, null);
        property("dtype", Tensor::dtype, null);
        property("ndim", t -> (long) t.dim(), null);
        property("T", TensorType::reversedDims, null);
        property("mT", TensorType::matrixTranspose, null);
        property("grad", TensorType::gradWarningOnNonLeaf, TensorType::assignGrad);
        property("requires_grad", Tensor::requiresGrad, (t, v) -> t.requiresGrad_(Ops.truthy(v)));
        property("grad_fn", t -> NodeTypes.face(t.gradFn()), null);
        property("is_leaf", Tensor::isLeaf, null);
        property("retains_grad", Tensor::retainsGrad, null);
        property("_version", t -> (long) t.version(), null);
        property("_base", Tensor::viewBase, null);
        property("data", Tensor::data, (t, v) -> t.data().copy_((Tensor) v)); // moves no version, as in PyTorch
        property("device", t -> DeviceType.of(t.device()), null);
        property("is_cuda", t -> t.device().type().equals("cuda"), null);
    }

    /** {@code t.grad = v}: a tensor or None, as PyTorch checks it. */
    private static void assignGrad(Tensor t, Object v) {
        if (v != PyNone.NONE && !(v instanceof Tensor)) {
            throw KindlingError.typeError("assigned grad expected to be a Tensor or None but got grad of type "
                    + Ops.typeName(v));
        }
        t.setGrad(v == PyNone.NONE ? null : (Tensor) v);
    }

    /** {@code t.grad}, with PyTorch's warning when t is a non-leaf whose grad is never kept. */
    private static Tensor gradWarningOnNonLeaf(Tensor t) {
        if (!t.isLeaf() && !t.retainsGrad() && t.grad() == null) {
            Warnings.warn(ErrorType.USER_WARNING, NON_LEAF_GRAD);
        }
        return t.grad();
    }

    private static final String NON_LEAF_GRAD = "The .grad attribute of a Tensor that is not a leaf Tensor is being "
            + "accessed. Its .grad attribute won't be populated during autograd.backward(). If you indeed want the .grad "
            + "field to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you access the "
            + "non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. See "
            + "github.com/pytorch/pytorch/pull/30531 for more information. (Triggered internally at "
            + "/__w/pytorch/pytorch/build/aten/src/ATen/core/TensorBody.h:493.)";

    /**
     * ATen warns about x.T on other than 2-D tensors once per process (TORCH_WARN_ONCE); here once
     * per session, whose code runs on its own thread: [0] for 0-D tensors, [1] for the others.
     */
    private static final ThreadLocal<boolean[]> WARNED_T = ThreadLocal.withInitial(() -> new boolean[2]);

    /** {@code x.mT}: the last two dims swapped, a view; only for matrices and batches of them. */
    private static Tensor matrixTranspose(Tensor t) {
        if (t.dim() < 2) {
            throw KindlingError.runtimeError("tensor.mT is only supported on matrices or batches of matrices. Got "
                    + t.dim() + "-D tensor.");
        }
        return t.transpose(-2, -1);
    }

    /** {@code x.T}: the dims reversed, with PyTorch's deprecation warnings for other than 2-D tensors. */
    private static Tensor reversedDims(Tensor t) {
        boolean[] warned = WARNED_T.get();
        if (t.dim() == 0 && !warned[0]) {
            warned[0] = true;
            Warnings.warn(ErrorType.USER_WARNING, "Tensor.T is deprecated on 0-D tensors. This function is the "
                    + "identity in these cases. (Triggered internally at "
                    + "/__w/pytorch/pytorch/aten/src/ATen/native/TensorShape.cpp:4321.)");
        } else if (t.dim() != 2 && t.dim() != 0 && !warned[1]) {
            warned[1] = true;
            Warnings.warn(ErrorType.USER_WARNING, "The use of `x.T` on tensors of dimension other than 2 to reverse their "
                    + "shape is deprecated and it will throw an error in a future release. Consider `x.mT` to transpose "
                    + "batches of matrices or `x.permute(*torch.arange(x.ndim - 1, -1, -1))` to reverse the dimensions "
                    + "of a tensor. (Triggered internally at "
                    + "/__w/pytorch/pytorch/aten/src/ATen/native/TensorShape.cpp:4314.)");
        }
        return t.dim() < 2 ? t : t.permute(reversed(t.dim()));
    }

    private static int[] reversed(int n) {
        int[] d = new int[n];
        for (int i = 0; i < n; i++) {
            d[i] = n - 1 - i;
        }
        return d;
    }


    static Object iterator(Tensor t) {
        if (t.dim() == 0) {
            throw KindlingError.typeError("iteration over a 0-d tensor");
        }
        int n = t.size(0);
        return new PyIterator(new java.util.Iterator<Object>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public Object next() {
                return t.select(i++);
            }
        }, "tensor_iterator");
    }

    static String repr(Tensor t) {
        return t.toString();
    }

    static String format(Tensor t, String spec) {
        if (t.dim() == 0) {
            return Ops.format(t.item(), spec);
        }
        if (spec.isEmpty()) {
            return Repr.str(t);
        }
        throw KindlingError.typeError("unsupported format string passed to Tensor.__format__");
    }


    static Object[] bind(String name, Object[] a, Map<String, Object> k, String... spec) {
        return Args.bind(name, a, k, spec);
    }
}
