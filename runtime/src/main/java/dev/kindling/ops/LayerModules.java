package dev.kindling.ops;

import dev.kindling.errors.KindlingError;
import dev.kindling.nn.Activation;
import dev.kindling.nn.Dropout;
import dev.kindling.nn.Embedding;
import dev.kindling.nn.LayerNorm;
import dev.kindling.nn.Linear;

/**
 * {@code torch.nn}'s layers, by their constructors' signatures in {@code torch/nn/modules/*.py}:
 * Linear, Dropout, Flatten, Unflatten, LayerNorm and Embedding. A layer's forward is its
 * {@code F.} form; arguments Kindling cannot honour ({@code device='cuda'}, a float64 dtype,
 * Embedding's max_norm) are refused rather than ignored.
 */
final class LayerModules {
    private LayerModules() {}

    static void declare(OpRegistry r) {
        r.module("Linear(int in_features, int out_features, bool bias=True, Device? device=None, "
                + "ScalarType? dtype=None) -> Module", LayerModules::linear)
                .doc("y = x @ weight.T + bias, initialised as PyTorch initialises it.", "nn.Linear(3, 2)");
        r.module("Dropout(float p=0.5, bool inplace=False) -> Module", LayerModules::dropout)
                .doc("Zeroes elements with probability p while training, scaling the rest; the identity in eval mode.",
                        "nn.Dropout(0.2)");
        r.module("Flatten(int start_dim=1, int end_dim=-1) -> Module",
                a -> Activation.flatten(a.index("start_dim"), a.index("end_dim")))
                .doc("Flattens dims start_dim to end_dim into one.", "nn.Flatten()(torch.ones(2, 3, 4)).shape");
        r.module("Unflatten(int dim, int[] unflattened_size) -> Module", LayerModules::unflatten)
                .doc("Splits one dim into the given sizes.", "nn.Unflatten(1, (2, 3))(torch.ones(4, 6)).shape");
        r.module("LayerNorm(int[1] normalized_shape, Scalar eps=1e-05, bool elementwise_affine=True, bool bias=True, "
                + "Device? device=None, ScalarType? dtype=None) -> Module", LayerModules::layerNorm)
                .doc("Normalises over the last dims, then scales by weight and shifts by bias.", "nn.LayerNorm(4)");
        r.module("Embedding(int num_embeddings, int embedding_dim, int? padding_idx=None, float? max_norm=None, "
                + "float norm_type=2.0, bool scale_grad_by_freq=False, bool sparse=False, Tensor? _weight=None, "
                + "bool _freeze=False, Device? device=None, ScalarType? dtype=None) -> Module", LayerModules::embedding)
                .doc("A table of num_embeddings vectors, looked up by index.", "nn.Embedding(10, 3)");
    }

    private static Linear linear(OpArgs a) {
        FactoryOptions.requireModuleDefaults(a, "Linear");
        int[] weight = RequestedShape.forAllocation(new long[] {a.integer("out_features"), a.integer("in_features")});
        return new Linear(weight[1], weight[0], a.bool("bias"));
    }

    private static Dropout dropout(OpArgs a) {
        return new Dropout(a.scalar("p"), a.bool("inplace"));
    }

    /** The sizes as the caller wrote them (a list or a tuple), which the layer's repr echoes. */
    private static Activation unflatten(OpArgs a) {
        Object sizes = a.get("unflattened_size");
        AsWritten written = sizes instanceof AsWritten w ? w : new AsWritten(a.ints("unflattened_size"),
                tupleRepr(a.ints("unflattened_size")));
        return Activation.unflatten(a.index("dim"), (int[]) written.value(), written.repr());
    }

    private static String tupleRepr(int[] sizes) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < sizes.length; i++) {
            sb.append(i > 0 ? ", " : "").append(sizes[i]);
        }
        return sb.append(sizes.length == 1 ? ",)" : ")").toString();
    }

    private static LayerNorm layerNorm(OpArgs a) {
        FactoryOptions.requireModuleDefaults(a, "LayerNorm");
        return new LayerNorm(a.shape("normalized_shape"), a.scalar("eps"),
                ActivationModules.numberRepr(a.number("eps")), a.bool("elementwise_affine"), a.bool("bias"));
    }

    private static Embedding embedding(OpArgs a) {
        FactoryOptions.requireModuleDefaults(a, "Embedding");
        ActivationOps.refuseEmbeddingOptions(a);
        if (a.get("_weight") != null || a.bool("_freeze")) {
            throw KindlingError.notImplementedError("Embedding: _weight and _freeze are not supported in Kindling");
        }
        int[] table = RequestedShape.forAllocation(
                new long[] {a.integer("num_embeddings"), a.integer("embedding_dim")});
        return new Embedding(table[0], table[1], a.isNone("padding_idx") ? null : paddingIndex(a, table[0]));
    }

    /** padding_idx as an int; one past any int is out of range, as Embedding's own check then says. */
    private static int paddingIndex(OpArgs a, int rows) {
        long index = a.integer("padding_idx");
        return (int) Math.max(Math.min(index, rows), -(long) rows - 1);
    }
}
