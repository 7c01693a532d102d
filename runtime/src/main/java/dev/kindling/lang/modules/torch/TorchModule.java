package dev.kindling.lang.modules.torch;

import static dev.kindling.lang.modules.torch.Bindings.function;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kindling.autograd.Engine;
import dev.kindling.bind.Binder;
import dev.kindling.autograd.GradMode;
import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.errors.Warnings;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.ops.OpRegistry;
import dev.kindling.ops.Variant;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.TorchState;
import dev.kindling.tensor.Torch;
import dev.kindling.tensor.random.CpuGenerator;

/** The {@code torch} module: tensor creation, random numbers, functions, dtypes and grad modes. */
public final class TorchModule {
    private TorchModule() {}

    public static PyModule create() {
        ValueTypes.install();
        StorageType.install();
        PyModule m = new PyModule("torch");
        m.set("Tensor", TensorType.TYPE);
        m.set("Size", ValueTypes.SIZE);
        m.set("UntypedStorage", StorageType.TYPE);
        m.set("dtype", ValueTypes.DTYPE);
        m.set("device", DeviceType.TYPE);
        m.set("Generator", GeneratorType.TYPE);
        m.set("no_grad", GradModeType.NO_GRAD);
        m.set("enable_grad", GradModeType.ENABLE_GRAD);
        m.set("set_grad_enabled", GradModeType.SET_GRAD_ENABLED);
        m.set("inference_mode", GradModeType.INFERENCE_MODE);
        m.set("__version__", "2.13.0+kindling");
        m.set("cuda", CudaModule.create());
        m.set("accelerator", CudaModule.accelerator());
        m.set("autograd", autograd());
        m.set("nn", NnModule.create());
        m.set("optim", OptimModule.create());
        m.set("utils", DataModule.utils());
        dtypes(m);
        random(m);
        functions(m);
        serialization(m);
        state(m);
        return m;
    }

    /** {@code torch.cuda}: nothing is available on this build. */
    public static PyModule cuda() {
        return CudaModule.create();
    }

    /** {@code torch.autograd}: anomaly detection, gradcheck, and backward and grad as functions. */
    public static PyModule autograd() {
        PyModule m = new PyModule("torch.autograd");
        m.set("Function", AutogradFunction.TYPE);
        m.set("function", autogradFunctionModule());
        function(m, "set_detect_anomaly", (a, k) -> {
            Object[] p = Args.bindMethodDef("set_detect_anomaly.__init__", a, k, "self", "mode", "check_nan=");
            Engine.setDetectAnomaly(Ops.truthy(p[1]));
            return PyNone.NONE;
        });
        function(m, "gradcheck", (a, k) -> {
            Object[] p = Args.bindDef("gradcheck", a, k, "func", "inputs", "*", "eps=", "atol=", "rtol=",
                    "raise_exception=", "nondet_tol=", "check_undefined_grad=", "check_grad_dtypes=",
                    "check_batched_grad=", "check_batched_forward_grad=", "check_forward_ad=", "check_backward_ad=",
                    "fast_mode=", "masked=");
            return gradcheck(p[0], tensors(p[1]), TorchArgs.bool(p[5], true));
        });
        function(m, "grad", (a, k) -> {
            Object[] p = Args.bindDef("grad", a, k, "outputs", "inputs", "grad_outputs=", "retain_graph=",
                    "create_graph=", "only_inputs=", "allow_unused=", "is_grads_batched=", "materialize_grads=");
            if (TorchArgs.bool(p[4], false)) {
                throw KindlingError.notImplementedError("torch.autograd.grad(create_graph=True): Kindling's autograd "
                        + "does not record the backward pass, so higher-order gradients are not available");
            }
            Tensor output = tensors(p[0]).get(0);
            List<Tensor> inputs = tensors(p[1]);
            Tensor gradOutput = p[2] == null || p[2] == PyNone.NONE ? null : tensors(p[2]).get(0);
            Tensor[] grads = Engine.grad(output, gradOutput, inputs, TorchArgs.bool(p[3], false),
                    TorchArgs.bool(p[6], false));
            Object[] out = new Object[grads.length];
            for (int i = 0; i < grads.length; i++) {
                out[i] = grads[i] == null ? PyNone.NONE : grads[i];
            }
            return new PyTuple(out);
        });
        function(m, "backward", (a, k) -> {
            Object[] p = Args.bindDef("backward", a, k, "tensors", "grad_tensors=", "retain_graph=",
                    "create_graph=", "grad_variables=", "inputs=");
            Tensor gradient = p[1] == null || p[1] == PyNone.NONE ? null : tensors(p[1]).get(0);
            tensors(p[0]).get(0).backward(gradient, TorchArgs.bool(p[2], false));
            return PyNone.NONE;
        });
        return m;
    }

    /** {@code torch.autograd.function}: Function, and once_differentiable. */
    private static PyModule autogradFunctionModule() {
        PyModule m = new PyModule("torch.autograd.function");
        m.set("Function", AutogradFunction.TYPE);
        m.set("BackwardCFunction", AutogradFunction.BACKWARD_C_FUNCTION);
        // backward always runs with grad mode off here (no create_graph), so a backward is
        // differentiable once only already: the decorator has nothing to add
        function(m, "once_differentiable", (a, k) -> {
            Args.exactly("once_differentiable", a, k, 1);
            return a[0];
        });
        return m;
    }

    private static Object gradcheck(Object function, List<Tensor> inputs, boolean raiseException) {
        try {
            return dev.kindling.autograd.GradCheck.check(in -> {
                Object out = Ops.call(function, in.toArray(), null);
                return out instanceof Tensor t ? t : tensors(out).get(0);
            }, inputs);
        } catch (KindlingError e) {
            if (!raiseException) {
                return false;
            }
            throw e;
        }
    }

    /** {@code torch.save} and {@code torch.load}. */
    private static void serialization(PyModule m) {
        function(m, "save", (a, k) -> {
            Object[] p = Args.bindDef("save", a, k, "obj", "f", "pickle_module=", "pickle_protocol=",
                    "_use_new_zipfile_serialization=", "_disable_byteorder_record=");
            Serialization.save(p[0], p[1]);
            return PyNone.NONE;
        });
        function(m, "load", (a, k) -> {
            // map_location and weights_only are accepted: there is one device, and only data is stored.
            Object[] p = Args.bindDef("load", a, k, "f", "map_location=", "pickle_module=", "*", "weights_only=",
                    "mmap=");
            return Serialization.load(p[0]);
        });
    }

    /** The process-wide switches torch keeps: grad mode, the default dtype, print options. */
    private static void state(PyModule m) {
        function(m, "is_grad_enabled", (a, k) -> {
            Args.none("torch.is_grad_enabled", a, k);
            return GradMode.isEnabled();
        });
        function(m, "get_default_dtype", (a, k) -> {
            Args.none("torch.get_default_dtype", a, k);
            return DType.DEFAULT_FLOAT;
        });
        function(m, "get_default_device", (a, k) -> {
            Args.none("torch.get_default_device", a, k);
            return DeviceType.of(TorchState.current().defaultDevice());
        });
        function(m, "set_default_device", (a, k) -> {
            Object device = Args.bindDef("set_default_device", a, k, "device")[0];
            TorchState.current().setDefaultDevice(device == PyNone.NONE ? null : DeviceType.of(device).device());
            return PyNone.NONE;
        });
        function(m, "set_default_dtype", (a, k) -> {
            setDefaultDtype(Args.bindDef("set_default_dtype", a, k, "d", "/")[0]);
            return PyNone.NONE;
        });
        function(m, "is_tensor", (a, k) -> Args.bindDef("is_tensor", a, k, "obj", "/")[0] instanceof Tensor);
        function(m, "set_printoptions", (a, k) -> {
            Args.bindDef("set_printoptions", a, k, "precision=", "threshold=", "edgeitems=", "linewidth=",
                    "profile=", "sci_mode=");
            return PyNone.NONE;
        });
    }

    /**
     * {@code torch.set_default_dtype(d)} with PyTorch's TypeErrors. The default float dtype is
     * one constant of the tensor core ({@link DType#DEFAULT_FLOAT}) that factories and type
     * promotion read, not yet a per-session setting, so only float32, the default, is accepted.
     */
    private static void setDefaultDtype(Object d) {
        if (!(d instanceof DType dtype)) {
            throw KindlingError.typeError("invalid dtype object: only floating-point types are supported as the "
                    + "default type");
        }
        if (!dtype.isFloatingPoint()) {
            throw KindlingError.typeError("only floating-point types are supported as the default type");
        }
        if (dtype != DType.DEFAULT_FLOAT) {
            throw KindlingError.notImplementedError("torch.set_default_dtype(" + dtype + ") is not supported in "
                    + "Kindling yet: the default dtype is torch.float32");
        }
    }

    private static void dtypes(PyModule m) {
        m.set("float32", DType.FLOAT32).set("float", DType.FLOAT32).set("float64", DType.FLOAT64)
                .set("double", DType.FLOAT64).set("int64", DType.INT64).set("long", DType.INT64)
                .set("int32", DType.INT32).set("int", DType.INT32).set("bool", DType.BOOL);
    }

    /** The default generator's seeding, as {@code torch.random}'s Python functions. */
    private static void random(PyModule m) {
        function(m, "manual_seed", (a, k) -> {
            Object seed = Args.bindDef("manual_seed", a, k, "seed")[0];
            return CpuGenerator.defaultGenerator().manualSeed(Ops.toLong(Ops.call(BuiltinTypes.INT,
                    new Object[] {seed}, null)));
        });
        function(m, "seed", (a, k) -> {
            Args.bindDef("seed", a, k);
            return CpuGenerator.defaultGenerator().seed();
        });
        function(m, "initial_seed", (a, k) -> {
            Args.bindDef("initial_seed", a, k);
            return CpuGenerator.defaultGenerator().initialSeed();
        });
    }

    private static void functions(PyModule m) {
        Binder.installFunctions(OpRegistry.standard(), m, Variant.FUNCTION, TorchArgs.CONVERTERS);
        function(m, "_set_detect_anomaly", (a, k) -> {
            Engine.setDetectAnomaly(Ops.truthy(Args.bindDef("_set_detect_anomaly", a, k, "mode", "/")[0]));
            return PyNone.NONE;
        });
    }

    /** A tensor, or a sequence of tensors, as autograd's functions take them. */
    static List<Tensor> tensors(Object tensorOrSequence) {
        if (tensorOrSequence instanceof Tensor t) {
            return List.of(t);
        }
        List<Tensor> out = new ArrayList<>();
        for (Object o : Ops.toList(tensorOrSequence)) {
            out.add(TensorMethods.tensor(o));
        }
        return out;
    }
}
