package dev.kindling.ops;

import static dev.kindling.ops.Variant.FUNCTIONAL;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.Functional;
import dev.kindling.tensor.Losses;
import dev.kindling.tensor.NnOps;
import dev.kindling.tensor.Tensor;

/** {@code torch.nn.functional}'s activations and layers' functional forms (linear, dropout, embedding...). */
final class ActivationOps {
    private ActivationOps() {}

    static void declare(OpRegistry r) {
        r.find("sigmoid").variants(FUNCTIONAL);
        r.find("tanh").variants(FUNCTIONAL);
        activations(r);
        moreActivations(r);
        layers(r);
    }

    private static void activations(OpRegistry r) {
        r.functional("relu(Tensor input, bool inplace=False) -> Tensor",
                a -> a.bool("inplace") ? a.tensor("input").relu_() : a.tensor("input").relu())
                .grad("ReluBackward0").doc("max(x, 0) of each element.", "F.relu(torch.tensor([-1., 2.]))");
        r.functional("gelu(Tensor input, str approximate=\"none\") -> Tensor", a -> {
            requireExactGelu(a.string("approximate"));
            return a.tensor("input").gelu();
        }).grad("GeluBackward0").doc("x * Phi(x), Phi the standard normal CDF.", "F.gelu(torch.tensor([1.]))");
        r.functional("leaky_relu(Tensor input, float negative_slope=0.01, bool inplace=False) -> Tensor",
                a -> a.bool("inplace") ? a.tensor("input").leakyRelu_(a.scalar("negative_slope"))
                        : a.tensor("input").leakyRelu(a.scalar("negative_slope")))
                .grad("LeakyReluBackward0").doc("x, or negative_slope * x below zero.", "F.leaky_relu(torch.tensor([-1.]))");
        r.functional("softmax(Tensor input, int? dim=None, int _stacklevel=3, ScalarType? dtype=None) -> Tensor",
                a -> a.tensor("input").softmax(softmaxDim("softmax", a)))
                .grad("SoftmaxBackward0").doc("exp(x) / sum(exp(x)) along a dim.", "F.softmax(torch.tensor([1., 2.]), dim=0)");
        r.functional("log_softmax(Tensor input, int? dim=None, int _stacklevel=3, ScalarType? dtype=None) -> Tensor",
                a -> a.tensor("input").logSoftmax(softmaxDim("log_softmax", a)))
                .grad("LogSoftmaxBackward0").doc("log(softmax(x)) along a dim.",
                        "F.log_softmax(torch.tensor([1., 2.]), dim=0)");
        r.functional("silu(Tensor input, bool inplace=False) -> Tensor",
                a -> a.bool("inplace") ? NnOps.inPlace(a.tensor("input"), NnOps::silu) : NnOps.silu(a.tensor("input")))
                .grad("SiluBackward0").doc("x * sigmoid(x).", "F.silu(torch.tensor([1.]))");
        r.functional("elu(Tensor input, float alpha=1.0, bool inplace=False) -> Tensor",
                a -> a.bool("inplace") ? NnOps.eluInPlace(a.tensor("input"), a.scalar("alpha"))
                        : NnOps.elu(a.tensor("input"), a.scalar("alpha")))
                .grad("EluBackward0").doc("x, or alpha * (exp(x) - 1) below zero.", "F.elu(torch.tensor([-1.]))");
    }

    private static void moreActivations(OpRegistry r) {
        r.functional("softplus(Tensor input, float beta=1.0, float threshold=20.0) -> Tensor",
                a -> NnOps.softplus(a.tensor("input"), a.scalar("beta"), a.scalar("threshold")))
                .grad("SoftplusBackward0").doc("log(1 + exp(beta * x)) / beta.", "F.softplus(torch.tensor([1.]))");
        r.functional("hardtanh(Tensor input, float min_val=-1.0, float max_val=1.0, bool inplace=False) -> Tensor",
                a -> hardtanh(a.tensor("input"), a.scalar("min_val"), a.scalar("max_val"), a.bool("inplace")))
                .grad("HardtanhBackward0").doc("x clamped to [min_val, max_val].", "F.hardtanh(torch.tensor([2.]))");
        r.functional("relu6(Tensor input, bool inplace=False) -> Tensor",
                a -> hardtanh(a.tensor("input"), 0, 6, a.bool("inplace")))
                .grad("HardtanhBackward0").doc("x clamped to [0, 6].", "F.relu6(torch.tensor([7.]))");
        r.functional("softsign(Tensor input) -> Tensor", a -> NnOps.softsign(a.tensor("input")))
                .doc("x / (1 + |x|).", "F.softsign(torch.tensor([1.]))");
        r.functional("logsigmoid(Tensor input) -> Tensor", a -> NnOps.logSigmoid(a.tensor("input")))
                .grad("LogSigmoidBackward0").doc("log(sigmoid(x)), computed stably.", "F.logsigmoid(torch.tensor([1.]))");
        r.functional("one_hot(Tensor tensor, int num_classes=-1) -> Tensor",
                a -> Losses.oneHot(a.tensor("tensor"), a.index("num_classes")))
                .doc("Class indices as rows with a 1 at each index.", "F.one_hot(torch.tensor([0, 2]), 3)");
    }

    /** Only the exact GELU is implemented: the tanh approximation is refused rather than computed exactly. */
    static void requireExactGelu(String approximate) {
        if (!approximate.equals("none")) {
            throw KindlingError.notImplementedError("gelu(approximate='tanh') is not supported in Kindling");
        }
    }

    private static Tensor hardtanh(Tensor x, double min, double max, boolean inplace) {
        return inplace ? NnOps.inPlace(x, t -> NnOps.hardtanh(t, min, max)) : NnOps.hardtanh(x, min, max);
    }

    private static int softmaxDim(String name, OpArgs a) {
        return a.isNone("dim") ? Functional.implicitSoftmaxDim(name, a.tensor("input")) : a.index("dim");
    }

    private static void layers(OpRegistry r) {
        r.functional("linear(Tensor input, Tensor weight, Tensor? bias=None) -> Tensor",
                a -> Functional.linear(a.tensor("input"), a.tensor("weight"), a.tensor("bias")))
                .grad("AddmmBackward0").doc("input @ weight.T + bias.", "F.linear(torch.ones(1, 2), torch.ones(3, 2))");
        r.functional("dropout(Tensor input, float p=0.5, bool training=True, bool inplace=False) -> Tensor",
                a -> Functional.dropout(a.tensor("input"), a.scalar("p"), a.bool("training"),
                        dev.kindling.tensor.random.CpuGenerator.defaultGenerator()))
                .grad("MulBackward0").doc("Zeroes elements with probability p while training, scaling the rest.",
                        "F.dropout(torch.ones(4), 0.5, training=False)");
        r.functional("layer_norm(Tensor input, int[] normalized_shape, Tensor? weight=None, Tensor? bias=None, "
                + "float eps=1e-05) -> Tensor",
                a -> Functional.layerNorm(a.tensor("input"), a.ints("normalized_shape"), a.tensor("weight"),
                        a.tensor("bias"), a.scalar("eps")))
                .grad("NativeLayerNormBackward0").doc("Normalises over the last dims, then scales and shifts.",
                        "F.layer_norm(torch.tensor([[1., 2., 3.]]), (3,))");
        r.functional("embedding(Tensor input, Tensor weight, int? padding_idx=None, float? max_norm=None, "
                + "float norm_type=2.0, bool scale_grad_by_freq=False, bool sparse=False) -> Tensor", ActivationOps::embedding)
                .grad("EmbeddingBackward0").doc("Rows of weight picked by index.",
                        "F.embedding(torch.tensor([1]), torch.eye(3))");
        r.functional("cosine_similarity(Tensor x1, Tensor x2, int dim=1, float eps=1e-08) -> Tensor",
                a -> Functional.cosineSimilarity(a.tensor("x1"), a.tensor("x2"), a.index("dim"), a.scalar("eps")))
                .doc("The cosine of the angle between rows.", "F.cosine_similarity(torch.ones(1, 2), torch.ones(1, 2))");
        r.functional("normalize(Tensor input, float p=2.0, int dim=1, float eps=1e-12, Tensor? out=None) -> Tensor",
                a -> Functional.normalize(a.tensor("input"), a.scalar("p"), a.index("dim"), a.scalar("eps")))
                .doc("Rows scaled to unit p-norm.", "F.normalize(torch.tensor([[3., 4.]]))");
    }

    /** max_norm, scale_grad_by_freq and sparse are not implemented: refused rather than ignored. */
    static void refuseEmbeddingOptions(OpArgs a) {
        if (a.get("max_norm") != null || a.bool("scale_grad_by_freq") || a.bool("sparse")) {
            throw KindlingError.notImplementedError(
                    "embedding: max_norm, scale_grad_by_freq and sparse are not supported in Kindling");
        }
    }

    private static Tensor embedding(OpArgs a) {
        refuseEmbeddingOptions(a);
        Tensor weight = a.tensor("weight");
        if (a.isNone("padding_idx")) {
            return Functional.embedding(a.tensor("input"), weight, -1);
        }
        int rows = weight.size(0);
        int padding = a.index("padding_idx");
        if (padding >= rows || padding < -rows) {
            throw new KindlingError(ErrorType.ASSERTION_ERROR, "Padding_idx must be within num_embeddings");
        }
        return Functional.embedding(a.tensor("input"), weight, padding < 0 ? padding + rows : padding);
    }
}
