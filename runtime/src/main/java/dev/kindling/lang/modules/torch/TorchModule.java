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
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.ops.OpRegistry;
import dev.kindling.ops.Variant;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;
import dev.kindling.tensor.random.CpuGenerator;

/** The {@code torch} module: tensor creation, random numbers, functions, dtypes and grad modes. */
public final class TorchModule {
    private TorchModule() {}

    public static PyModule create() {
        ValueTypes.install();
        PyModule m = new PyModule("torch");
        m.set("Tensor", TensorType.TYPE);
        m.set("Size", ValueTypes.SIZE);
        m.set("dtype", ValueTypes.DTYPE);
        m.set("device", DeviceType.TYPE);
        m.set("Generator", GeneratorType.TYPE);
        m.set("no_grad", GradModeType.NO_GRAD);
        m.set("enable_grad", GradModeType.ENABLE_GRAD);
        m.set("set_grad_enabled", GradModeType.SET_GRAD_ENABLED);
        m.set("inference_mode", GradModeType.INFERENCE_MODE);
        m.set("__version__", "2.13.0+kindling");
        function(m, "save", (a, k) -> {
            Object[] p = Args.bind("save", a, k, "obj", "f");
            Serialization.save(p[0], p[1]);
            return PyNone.NONE;
        });
        function(m, "load", (a, k) -> {
            // map_location and weights_only are accepted: there is one device, and only data is stored.
            Object[] p = Args.bind("load", a, k, "f", "map_location=", "pickle_module=", "*", "weights_only=", "mmap=");
            return Serialization.load(p[0]);
        });
        m.set("cuda", CudaModule.create());
        m.set("autograd", autograd());
        m.set("nn", NnModule.create());
        m.set("optim", OptimModule.create());
        m.set("utils", DataModule.utils());
        dtypes(m);
        creation(m);
        random(m);
        functions(m);
        function(m, "is_grad_enabled", (a, k) -> GradMode.isEnabled());
        function(m, "is_tensor", (a, k) -> a[0] instanceof Tensor);
        function(m, "get_default_dtype", (a, k) -> DType.DEFAULT_FLOAT);
        function(m, "set_printoptions", (a, k) -> PyNone.NONE);
        return m;
    }

    /** {@code torch.cuda}: nothing is available on this build. */
    public static PyModule cuda() {
        return CudaModule.create();
    }

    /** {@code torch.autograd}: anomaly detection (gradcheck lives in the autograd package). */
    public static PyModule autograd() {
        PyModule m = new PyModule("torch.autograd");
        function(m, "set_detect_anomaly", (a, k) -> {
            Engine.setDetectAnomaly(Ops.truthy(a[0]));
            return PyNone.NONE;
        });
        function(m, "gradcheck", (a, k) -> {
            Object[] p = Args.bind("gradcheck", a, k, "func", "inputs", "eps=", "atol=", "rtol=", "raise_exception=");
            Object fn = p[0];
            List<Tensor> inputs = p[1] instanceof Tensor t ? List.of(t) : tensors(p[1]);
            try {
                return dev.kindling.autograd.GradCheck.check(in -> {
                    Object out = Ops.call(fn, in.toArray(), null);
                    return out instanceof Tensor t ? t : (Tensor) Ops.toList(out).get(0);
                }, inputs);
            } catch (KindlingError e) {
                if (!TorchArgs.bool(p[5], true)) {
                    return false;
                }
                throw e;
            }
        });
        function(m, "grad", (a, k) -> {
            Object[] p = Args.bind("grad", a, k, "outputs", "inputs", "grad_outputs=", "retain_graph=", "create_graph=",
                    "only_inputs=", "allow_unused=");
            if (TorchArgs.bool(p[4], false)) {
                throw KindlingError.notImplementedError("torch.autograd.grad(create_graph=True): Kindling's autograd "
                        + "does not record the backward pass, so higher-order gradients are not available");
            }
            Tensor output = p[0] instanceof Tensor t ? t : tensors(p[0]).get(0);
            List<Tensor> inputs = p[1] instanceof Tensor t ? List.of(t) : tensors(p[1]);
            Object go = p[2];
            Tensor gradOutput = go instanceof Tensor t ? t
                    : go == null || go == PyNone.NONE ? null : tensors(go).get(0);
            Tensor[] grads = Engine.grad(output, gradOutput, inputs, TorchArgs.bool(p[3], false), TorchArgs.bool(p[6],
                    false));
            Object[] out = new Object[grads.length];
            for (int i = 0; i < grads.length; i++) {
                out[i] = grads[i] == null ? PyNone.NONE : grads[i];
            }
            return new PyTuple(out);
        });
        function(m, "backward", (a, k) -> {
            ((Tensor) a[0]).backward(a.length > 1 && a[1] instanceof Tensor g ? g : null, false);
            return PyNone.NONE;
        });
        return m;
    }

    private static void dtypes(PyModule m) {
        m.set("float32", DType.FLOAT32).set("float", DType.FLOAT32).set("float64", DType.FLOAT64)
                .set("double", DType.FLOAT64).set("int64", DType.INT64).set("long", DType.INT64)
                .set("int32", DType.INT32).set("int", DType.INT32).set("bool", DType.BOOL);
    }

    private static void creation(PyModule m) {
        function(m, "tensor", (a, k) -> {
            Object[] p = Args.bind("tensor", a, k, "data", "*", "dtype=", "device=", "requires_grad=", "pin_memory=");
            if (p[0] instanceof Tensor) {
                Warnings.warn(ErrorType.USER_WARNING, "To copy construct from a tensor, it is recommended to use "
                        + "sourceTensor.detach().clone() or sourceTensor.detach().clone().requires_grad_(True), rather "
                        + "than torch.tensor(sourceTensor).");
            }
            Tensor t = Torch.tensor(p[0] instanceof Tensor x ? x : TorchArgs.data(p[0]), TorchArgs.dtype(p[1]));
            DeviceType.check(p[2]);
            return TorchArgs.bool(p[3], false) ? t.requiresGrad_(true) : t;
        });
        function(m, "as_tensor", (a, k) -> {
            Object[] p = Args.bind("as_tensor", a, k, "data", "dtype=", "device=");
            return p[0] instanceof Tensor t ? t : Torch.tensor(TorchArgs.data(p[0]), TorchArgs.dtype(p[1]));
        });
    }

    private static void random(PyModule m) {
        function(m, "manual_seed", (a, k) -> CpuGenerator.defaultGenerator().manualSeed(Ops.toLong(a[0])));
        function(m, "seed", (a, k) -> CpuGenerator.defaultGenerator().seed());
        function(m, "initial_seed", (a, k) -> CpuGenerator.defaultGenerator().initialSeed());
    }

    private static void functions(PyModule m) {
        Binder.installFunctions(OpRegistry.standard(), m, Variant.FUNCTION);
        function(m, "_set_detect_anomaly", (a, k) -> {
            Engine.setDetectAnomaly(Ops.truthy(a[0]));
            return PyNone.NONE;
        });
    }

    static List<Tensor> tensors(Object sequence) {
        List<Tensor> out = new ArrayList<>();
        for (Object o : Ops.toList(sequence)) {
            out.add(TensorMethods.tensor(o));
        }
        return out;
    }
}
