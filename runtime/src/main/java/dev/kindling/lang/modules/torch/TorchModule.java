package dev.kindling.lang.modules.torch;

import static dev.kindling.lang.modules.torch.Bindings.function;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kindling.autograd.Engine;
import dev.kindling.autograd.GradMode;
import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.errors.Warnings;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyTuple;
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
        function(m, "numel", (a, k) -> (long) ((Tensor) a[0]).numel());
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

    /** Options every factory takes: dtype and requires_grad (device is accepted for the CPU). */
    private static Tensor finish(Tensor t, Map<String, Object> k) {
        if (k != null) {
            DeviceType.check(k.get("device"));
            if (TorchArgs.bool(k.get("requires_grad"), false)) {
                t.requiresGrad_(true);
            }
        }
        return t;
    }

    private static DType dtype(Map<String, Object> k, DType fallback) {
        DType d = k == null ? null : TorchArgs.dtype(k.get("dtype"));
        return d == null ? fallback : d;
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
        function(m, "as_tensor", (a, k) -> a[0] instanceof Tensor t ? t : Torch.tensor(TorchArgs.data(a[0]),
                dtype(k, null)));
        function(m, "zeros", (a, k) -> finish(Torch.full(TorchArgs.shape(a, 0, "zeros"), 0, dtype(k, DType.FLOAT32)), k));
        function(m, "ones", (a, k) -> finish(Torch.full(TorchArgs.shape(a, 0, "ones"), 1, dtype(k, DType.FLOAT32)), k));
        function(m, "empty", (a, k) -> finish(Torch.full(TorchArgs.shape(a, 0, "empty"), 0, dtype(k, DType.FLOAT32)), k));
        function(m, "full", (a, k) -> {
            Object[] p = Args.bind("full", a, k, "size", "fill_value", "*", "dtype=", "device=", "requires_grad=");
            Object fill = p[1];
            DType inferred = fill instanceof Boolean ? DType.BOOL : Ops.isInt(fill) ? DType.INT64 : DType.FLOAT32;
            DType d = p[2] == null ? inferred : TorchArgs.dtype(p[2]);
            Tensor t = Torch.full(TorchArgs.ints(p[0], "full"), TensorMethods.scalar(fill), d);
            return TorchArgs.bool(p[4], false) ? t.requiresGrad_(true) : t;
        });
        function(m, "zeros_like", (a, k) -> finish(like((Tensor) a[0], 0, k), k));
        function(m, "ones_like", (a, k) -> finish(like((Tensor) a[0], 1, k), k));
        function(m, "empty_like", (a, k) -> finish(like((Tensor) a[0], 0, k), k));
        function(m, "full_like", (a, k) -> finish(like((Tensor) a[0], TensorMethods.scalar(a[1]), k), k));
        function(m, "arange", (a, k) -> {
            Object[] p = Args.bind("arange", a, k, "start", "end=", "step=", "*", "dtype=", "device=", "requires_grad=");
            Object start = p[1] == null ? 0L : p[0];
            Object end = p[1] == null ? p[0] : p[1];
            Object step = p[2] == null ? 1L : p[2];
            boolean integral = Ops.isInt(start) && Ops.isInt(end) && Ops.isInt(step);
            DType d = p[3] != null ? TorchArgs.dtype(p[3]) : integral ? DType.INT64 : DType.FLOAT32;
            Tensor t = Torch.arange(TensorMethods.scalar(start), TensorMethods.scalar(end), TensorMethods.scalar(step), d);
            return TorchArgs.bool(p[5], false) ? t.requiresGrad_(true) : t;
        });
        function(m, "linspace", (a, k) -> {
            Object[] p = Args.bind("linspace", a, k, "start", "end", "steps", "*", "dtype=", "device=", "requires_grad=");
            return Torch.linspace(TensorMethods.scalar(p[0]), TensorMethods.scalar(p[1]), (int) Ops.toLong(p[2]),
                    p[3] == null ? DType.FLOAT32 : TorchArgs.dtype(p[3]));
        });
        function(m, "eye", (a, k) -> {
            Object[] p = Args.bind("eye", a, k, "n", "m=", "*", "dtype=", "device=", "requires_grad=");
            int n = (int) Ops.toLong(p[0]);
            return Torch.eye(n, p[1] == null ? n : (int) Ops.toLong(p[1]), p[2] == null ? DType.FLOAT32
                    : TorchArgs.dtype(p[2]));
        });
    }

    private static Tensor like(Tensor t, double value, Map<String, Object> k) {
        return Torch.full(t.shape().toArray(), value, dtype(k, t.dtype()));
    }

    private static CpuGenerator generator(Map<String, Object> k) {
        return GeneratorType.orDefault(k == null ? null : k.get("generator"));
    }

    private static Map<String, Object> withoutGenerator(Map<String, Object> k) {
        return k;
    }

    private static void random(PyModule m) {
        function(m, "manual_seed", (a, k) -> CpuGenerator.defaultGenerator().manualSeed(Ops.toLong(a[0])));
        function(m, "seed", (a, k) -> CpuGenerator.defaultGenerator().seed());
        function(m, "initial_seed", (a, k) -> CpuGenerator.defaultGenerator().initialSeed());
        function(m, "rand", (a, k) -> finish(Torch.rand(generator(k), TorchArgs.shape(a, 0, "rand"),
                dtype(k, DType.FLOAT32)), withoutGenerator(k)));
        function(m, "randn", (a, k) -> finish(Torch.normal(generator(k), TorchArgs.shape(a, 0, "randn"),
                dtype(k, DType.FLOAT32), 0, 1), k));
        function(m, "rand_like", (a, k) -> Torch.rand(generator(k), ((Tensor) a[0]).shape().toArray(),
                dtype(k, ((Tensor) a[0]).dtype())));
        function(m, "randn_like", (a, k) -> Torch.normal(generator(k), ((Tensor) a[0]).shape().toArray(),
                dtype(k, ((Tensor) a[0]).dtype()), 0, 1));
        function(m, "randint", (a, k) -> {
            Object[] p = Args.bind("randint", a, k, "low", "high=", "size=", "*", "generator=", "dtype=", "device=",
                    "requires_grad=");
            boolean twoArgs = p[2] == null;
            long low = twoArgs ? 0 : Ops.toLong(p[0]);
            long high = twoArgs ? Ops.toLong(p[0]) : Ops.toLong(p[1]);
            Object size = twoArgs ? p[1] : p[2];
            if (size == null) {
                throw KindlingError.typeError("randint() missing 1 required positional arguments: \"size\"");
            }
            return Torch.randint(GeneratorType.orDefault(p[3]), low, high, TorchArgs.ints(size, "randint"),
                    p[4] == null ? DType.INT64 : TorchArgs.dtype(p[4]));
        });
        function(m, "randperm", (a, k) -> {
            Object[] p = Args.bind("randperm", a, k, "n", "*", "generator=", "dtype=", "device=", "requires_grad=");
            return Torch.randperm(GeneratorType.orDefault(p[1]), (int) Ops.toLong(p[0]),
                    p[2] == null ? DType.INT64 : TorchArgs.dtype(p[2]));
        });
        function(m, "bernoulli", (a, k) -> {
            Object[] p = Args.bind("bernoulli", a, k, "input", "*", "generator=");
            return Torch.bernoulli(GeneratorType.orDefault(p[1]), TensorMethods.tensor(p[0]));
        });
        function(m, "normal", (a, k) -> {
            Object[] p = Args.bind("normal", a, k, "mean", "std=", "size=", "*", "generator=");
            CpuGenerator g = GeneratorType.orDefault(p[3]);
            double std = p[1] == null ? 1 : TensorMethods.scalar(p[1]);
            if (p[0] instanceof Tensor mean) {
                Tensor noise = Torch.normal(g, mean.shape().toArray(), mean.dtype(), 0, 1);
                return noise.mul(p[1] instanceof Tensor s ? s : std).add(mean);
            }
            int[] size = p[2] == null ? new int[0] : TorchArgs.ints(p[2], "normal");
            return Torch.normal(g, size, DType.FLOAT32, TensorMethods.scalar(p[0]), std);
        });
    }

    private static void functions(PyModule m) {
        for (String op : new String[] {"abs", "sqrt", "exp", "log", "log1p", "sin", "cos", "tanh", "sigmoid", "relu",
            "floor", "ceil", "trunc", "sign", "reciprocal"}) {
            function(m, op, (a, k) -> TensorMethods.unary(TensorMethods.tensor(a[0]), op));
        }
        for (String op : new String[] {"eq", "ne", "lt", "le", "gt", "ge"}) {
            function(m, op, (a, k) -> TensorMethods.compare(TensorMethods.tensor(a[0]), op, TorchArgs.operand(a[1])));
        }
        method(m, "add", "sub", "mul", "div", "pow", "matmul", "mm", "dot", "maximum", "minimum", "clamp", "clip",
                "sum", "mean", "prod", "max", "min", "argmax", "argmin", "std", "var", "norm", "softmax", "log_softmax",
                "cumsum", "sort", "argsort", "topk", "reshape", "flatten", "squeeze", "unsqueeze", "transpose", "t",
                "permute", "flip", "split", "chunk", "round", "floor_divide", "remainder", "logical_and", "logical_or",
                "logical_not", "any", "all", "neg");
        TensorFunctions.install(m);
        IndexingMethods.stacks(m);
        function(m, "cat", (a, k) -> {
            Object[] p = Args.bind("cat", a, k, "tensors", "dim=");
            return Torch.cat(tensors(p[0]), p[1] == null ? 0 : TorchArgs.dim(p[1]));
        });
        m.set("concat", m.get("cat"));
        function(m, "stack", (a, k) -> {
            Object[] p = Args.bind("stack", a, k, "tensors", "dim=");
            return Torch.stack(tensors(p[0]), p[1] == null ? 0 : TorchArgs.dim(p[1]));
        });
        function(m, "where", (a, k) -> Torch.where((Tensor) a[0], TorchArgs.operand(a[1]), TorchArgs.operand(a[2])));
        function(m, "equal", (a, k) -> ((Tensor) a[0]).shape().equals(((Tensor) a[1]).shape())
                && ((Tensor) a[0]).eq(a[1]).all().at(0) != 0);
        function(m, "_set_detect_anomaly", (a, k) -> {
            Engine.setDetectAnomaly(Ops.truthy(a[0]));
            return PyNone.NONE;
        });
    }

    /** torch.f(t, ...) for each Tensor method f(...). */
    private static void method(PyModule m, String... names) {
        for (String name : names) {
            Object bound = TensorType.TYPE.lookup(name);
            function(m, name, (a, k) -> {
                if (a.length == 0) {
                    throw KindlingError.typeError(name + "() missing 1 required positional arguments: \"input\"");
                }
                Object[] all = a.clone();
                all[0] = TensorMethods.tensor(a[0]);
                return Ops.call(bound, all, k);
            });
        }
    }

    static List<Tensor> tensors(Object sequence) {
        List<Tensor> out = new ArrayList<>();
        for (Object o : Ops.toList(sequence)) {
            out.add(TensorMethods.tensor(o));
        }
        return out;
    }
}
