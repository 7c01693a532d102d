package dev.kindling.lang.modules.torch;

import static dev.kindling.lang.modules.torch.Bindings.function;

import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.nn.Init;
import dev.kindling.tensor.Functional;
import dev.kindling.tensor.Losses;
import dev.kindling.tensor.NnOps;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.random.CpuGenerator;

/** {@code torch.nn.functional} and {@code torch.nn.init}. */
final class FunctionalModule {
    private FunctionalModule() {}

    private static Tensor optional(Object o) {
        return o == null || o == PyNone.NONE ? null : (Tensor) o;
    }

    private static String reduction(Object o) {
        return o == null ? "mean" : (String) o;
    }

    static PyModule create() {
        PyModule f = new PyModule("torch.nn.functional");
        function(f, "relu", (a, k) -> {
            Object[] p = Args.bind("relu", a, k, "input", "inplace=");
            Tensor x = TensorMethods.tensor(p[0]);
            return TorchArgs.bool(p[1], false) ? x.relu_() : x.relu();
        });
        for (String op : new String[] {"sigmoid", "tanh"}) {
            function(f, op, (a, k) -> TensorMethods.unary(TensorMethods.tensor(a[0]), op));
        }
        function(f, "gelu", (a, k) -> TensorMethods.tensor(a[0]).gelu());
        function(f, "leaky_relu", (a, k) -> {
            Object[] p = Args.bind("leaky_relu", a, k, "input", "negative_slope=", "inplace=");
            double slope = p[1] == null ? 0.01 : Ops.toDouble(p[1]);
            return TorchArgs.bool(p[2], false) ? ((Tensor) p[0]).leakyRelu_(slope) : ((Tensor) p[0]).leakyRelu(slope);
        });
        function(f, "softmax", (a, k) -> {
            Object[] p = Args.bind("softmax", a, k, "input", "dim=", "_stacklevel=", "dtype=");
            return ((Tensor) p[0]).softmax(softmaxDim("softmax", (Tensor) p[0], p[1]));
        });
        function(f, "log_softmax", (a, k) -> {
            Object[] p = Args.bind("log_softmax", a, k, "input", "dim=", "_stacklevel=", "dtype=");
            return ((Tensor) p[0]).logSoftmax(softmaxDim("log_softmax", (Tensor) p[0], p[1]));
        });
        activations(f);
        function(f, "one_hot", (a, k) -> {
            Object[] p = Args.bind("one_hot", a, k, "tensor", "num_classes=");
            return Losses.oneHot((Tensor) p[0], p[1] == null ? -1 : (int) Ops.toLong(p[1]));
        });
        function(f, "mse_loss", (a, k) -> {
            Object[] p = Args.bind("mse_loss", a, k, "input", "target", "size_average=", "reduce=", "reduction=");
            return Losses.mseLoss((Tensor) p[0], (Tensor) p[1], reduction(p[4]));
        });
        function(f, "l1_loss", (a, k) -> {
            Object[] p = Args.bind("l1_loss", a, k, "input", "target", "size_average=", "reduce=", "reduction=");
            return Losses.l1Loss((Tensor) p[0], (Tensor) p[1], reduction(p[4]));
        });
        function(f, "cross_entropy", (a, k) -> {
            Object[] p = Args.bind("cross_entropy", a, k, "input", "target", "weight=", "size_average=",
                    "ignore_index=", "reduce=", "reduction=", "label_smoothing=");
            return Losses.crossEntropy((Tensor) p[0], (Tensor) p[1], optional(p[2]), reduction(p[6]),
                    p[7] == null ? 0 : Ops.toDouble(p[7]), p[4] == null ? -100 : Ops.toLong(p[4]));
        });
        function(f, "nll_loss", (a, k) -> {
            Object[] p = Args.bind("nll_loss", a, k, "input", "target", "weight=", "size_average=", "ignore_index=",
                    "reduce=", "reduction=");
            return Losses.nllLoss((Tensor) p[0], (Tensor) p[1], optional(p[2]), reduction(p[6]),
                    p[4] == null ? -100 : Ops.toLong(p[4]));
        });
        function(f, "binary_cross_entropy", (a, k) -> {
            Object[] p = Args.bind("binary_cross_entropy", a, k, "input", "target", "weight=", "size_average=",
                    "reduce=", "reduction=");
            return Losses.binaryCrossEntropy((Tensor) p[0], (Tensor) p[1], optional(p[2]), reduction(p[5]));
        });
        function(f, "binary_cross_entropy_with_logits", (a, k) -> {
            Object[] p = Args.bind("binary_cross_entropy_with_logits", a, k, "input", "target", "weight=",
                    "size_average=", "reduce=", "reduction=", "pos_weight=");
            return Losses.binaryCrossEntropyWithLogits((Tensor) p[0], (Tensor) p[1], optional(p[6]), reduction(p[5]));
        });
        moreLosses(f);
        function(f, "layer_norm", (a, k) -> {
            Object[] p = Args.bind("layer_norm", a, k, "input", "normalized_shape", "weight=", "bias=", "eps=");
            return Functional.layerNorm((Tensor) p[0], NnModule.shapeArg(p[1]), optional(p[2]), optional(p[3]),
                    number(p[4], 1e-5));
        });
        function(f, "embedding", (a, k) -> {
            Object[] p = Args.bind("embedding", a, k, "input", "weight", "padding_idx=", "max_norm=", "norm_type=",
                    "scale_grad_by_freq=", "sparse=");
            refuseEmbeddingOptions(p[3], p[5], p[6]);
            Tensor weight = (Tensor) p[1];
            int rows = weight.shape().get(0);
            boolean padded = p[2] != null && p[2] != PyNone.NONE;
            int padding = padded ? (int) Ops.toLong(p[2]) : 0;
            if (padded && (padding >= rows || padding < -rows)) {
                throw new dev.kindling.errors.KindlingError(dev.kindling.errors.ErrorType.ASSERTION_ERROR,
                        "Padding_idx must be within num_embeddings");
            }
            // -1 means no padding row; a given negative index counts from the end, as in PyTorch.
            return Functional.embedding((Tensor) p[0], weight, !padded ? -1 : padding < 0 ? padding + rows : padding);
        });
        function(f, "linear", (a, k) -> {
            Object[] p = Args.bind("linear", a, k, "input", "weight", "bias=");
            return Functional.linear((Tensor) p[0], (Tensor) p[1], optional(p[2]));
        });
        function(f, "dropout", (a, k) -> {
            Object[] p = Args.bind("dropout", a, k, "input", "p=", "training=", "inplace=");
            return Functional.dropout((Tensor) p[0], p[1] == null ? 0.5 : Ops.toDouble(p[1]),
                    TorchArgs.bool(p[2], true), CpuGenerator.defaultGenerator());
        });
        return f;
    }

    private static double number(Object o, double fallback) {
        return o == null ? fallback : Ops.toDouble(o);
    }

    private static boolean inplace(Object o) {
        return TorchArgs.bool(o, false);
    }

    private static Tensor hardtanh(Tensor x, double min, double max, boolean inplace) {
        return inplace ? NnOps.inPlace(x, t -> NnOps.hardtanh(t, min, max)) : NnOps.hardtanh(x, min, max);
    }

    private static void activations(PyModule f) {
        function(f, "silu", (a, k) -> {
            Object[] p = Args.bind("silu", a, k, "input", "inplace=");
            return inplace(p[1]) ? NnOps.inPlace((Tensor) p[0], NnOps::silu) : NnOps.silu((Tensor) p[0]);
        });
        function(f, "elu", (a, k) -> {
            Object[] p = Args.bind("elu", a, k, "input", "alpha=", "inplace=");
            double alpha = number(p[1], 1.0);
            return inplace(p[2]) ? NnOps.eluInPlace((Tensor) p[0], alpha) : NnOps.elu((Tensor) p[0], alpha);
        });
        function(f, "softplus", (a, k) -> {
            Object[] p = Args.bind("softplus", a, k, "input", "beta=", "threshold=");
            return NnOps.softplus((Tensor) p[0], number(p[1], 1.0), number(p[2], 20.0));
        });
        function(f, "hardtanh", (a, k) -> {
            Object[] p = Args.bind("hardtanh", a, k, "input", "min_val=", "max_val=", "inplace=");
            return hardtanh((Tensor) p[0], number(p[1], -1.0), number(p[2], 1.0), inplace(p[3]));
        });
        function(f, "relu6", (a, k) -> {
            Object[] p = Args.bind("relu6", a, k, "input", "inplace=");
            return hardtanh((Tensor) p[0], 0, 6, inplace(p[1]));
        });
        function(f, "softsign", (a, k) -> NnOps.softsign((Tensor) Args.bind("softsign", a, k, "input")[0]));
        function(f, "logsigmoid", (a, k) -> NnOps.logSigmoid((Tensor) Args.bind("logsigmoid", a, k, "input")[0]));
    }

    private static void moreLosses(PyModule f) {
        function(f, "smooth_l1_loss", (a, k) -> {
            Object[] p = Args.bind("smooth_l1_loss", a, k, "input", "target", "size_average=", "reduce=", "reduction=",
                    "beta=");
            return Losses.smoothL1Loss((Tensor) p[0], (Tensor) p[1], reduction(p[4]), number(p[5], 1.0));
        });
        function(f, "huber_loss", (a, k) -> {
            Object[] p = Args.bind("huber_loss", a, k, "input", "target", "reduction=", "delta=", "weight=");
            if (optional(p[4]) != null) {
                throw dev.kindling.errors.KindlingError.notImplementedError("huber_loss: weight is not supported in "
                        + "Kindling");
            }
            return Losses.huberLoss((Tensor) p[0], (Tensor) p[1], reduction(p[2]), number(p[3], 1.0));
        });
        function(f, "kl_div", (a, k) -> {
            Object[] p = Args.bind("kl_div", a, k, "input", "target", "size_average=", "reduce=", "reduction=",
                    "log_target=");
            return Losses.klDiv((Tensor) p[0], (Tensor) p[1], reduction(p[4]), TorchArgs.bool(p[5], false));
        });
        function(f, "cosine_similarity", (a, k) -> {
            Object[] p = Args.bind("cosine_similarity", a, k, "x1", "x2", "dim=", "eps=");
            return Functional.cosineSimilarity((Tensor) p[0], (Tensor) p[1], p[2] == null ? 1 : TorchArgs.dim(p[2]),
                    number(p[3], 1e-8));
        });
        function(f, "normalize", (a, k) -> {
            Object[] p = Args.bind("normalize", a, k, "input", "p=", "dim=", "eps=", "out=");
            return Functional.normalize((Tensor) p[0], number(p[1], 2.0), p[2] == null ? 1 : TorchArgs.dim(p[2]),
                    number(p[3], 1e-12));
        });
    }

    /** max_norm, scale_grad_by_freq and sparse are not implemented: refuse them rather than ignore them. */
    static void refuseEmbeddingOptions(Object maxNorm, Object scaleGradByFreq, Object sparse) {
        if (maxNorm != null && maxNorm != PyNone.NONE || TorchArgs.bool(scaleGradByFreq, false)
                || TorchArgs.bool(sparse, false)) {
            throw dev.kindling.errors.KindlingError.notImplementedError(
                    "embedding: max_norm, scale_grad_by_freq and sparse are not supported in Kindling");
        }
    }

    static PyModule init() {
        PyModule m = new PyModule("torch.nn.init");
        function(m, "uniform_", (a, k) -> {
            Object[] p = Args.bind("uniform_", a, k, "tensor", "a=", "b=", "generator=");
            return Init.uniform_((Tensor) p[0], p[1] == null ? 0 : Ops.toDouble(p[1]), p[2] == null ? 1 : Ops.toDouble(p[2]),
                    GeneratorType.orDefault(p[3]));
        });
        function(m, "normal_", (a, k) -> {
            Object[] p = Args.bind("normal_", a, k, "tensor", "mean=", "std=", "generator=");
            return Init.normal_((Tensor) p[0], p[1] == null ? 0 : Ops.toDouble(p[1]), p[2] == null ? 1 : Ops.toDouble(p[2]),
                    GeneratorType.orDefault(p[3]));
        });
        function(m, "zeros_", (a, k) -> Init.constant_((Tensor) a[0], 0));
        function(m, "ones_", (a, k) -> Init.constant_((Tensor) a[0], 1));
        function(m, "constant_", (a, k) -> Init.constant_((Tensor) a[0], Ops.toDouble(a[1])));
        function(m, "xavier_uniform_", (a, k) -> {
            Object[] p = Args.bind("xavier_uniform_", a, k, "tensor", "gain=", "generator=");
            return Init.xavierUniform_((Tensor) p[0], p[1] == null ? 1 : Ops.toDouble(p[1]), GeneratorType.orDefault(p[2]));
        });
        for (String name : new String[] {"kaiming_uniform_", "kaiming_normal_"}) {
            function(m, name, (a, k) -> {
                Object[] p = Args.bind(name, a, k, "tensor", "a=", "mode=", "nonlinearity=", "generator=");
                double slope = p[1] == null ? 0 : Ops.toDouble(p[1]);
                String mode = p[2] == null ? "fan_in" : (String) p[2];
                String nonlinearity = p[3] == null ? "leaky_relu" : (String) p[3];
                CpuGenerator g = GeneratorType.orDefault(p[4]);
                return name.equals("kaiming_uniform_") ? Init.kaimingUniform_((Tensor) p[0], slope, mode, nonlinearity, g)
                        : Init.kaimingNormal_((Tensor) p[0], slope, mode, nonlinearity, g);
            });
        }
        function(m, "xavier_normal_", (a, k) -> {
            Object[] p = Args.bind("xavier_normal_", a, k, "tensor", "gain=", "generator=");
            return Init.xavierNormal_((Tensor) p[0], p[1] == null ? 1 : Ops.toDouble(p[1]), GeneratorType.orDefault(p[2]));
        });
        function(m, "calculate_gain", (a, k) -> {
            Object[] p = Args.bind("calculate_gain", a, k, "nonlinearity", "param=");
            return Init.calculateGain((String) p[0], p[1] == null || p[1] == PyNone.NONE ? null : Ops.toDouble(p[1]));
        });
        function(m, "eye_", (a, k) -> Init.eye_((Tensor) Args.bind("eye_", a, k, "tensor")[0]));
        return m;
    }

    private static int softmaxDim(String name, Tensor input, Object dim) {
        return dim == null || dim == PyNone.NONE ? Functional.implicitSoftmaxDim(name, input) : TorchArgs.dim(dim);
    }
}
