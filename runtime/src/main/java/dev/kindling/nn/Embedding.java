package dev.kindling.nn;

import java.util.Optional;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Functional;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;
import dev.kindling.tensor.random.CpuGenerator;

/**
 * A lookup table of num_embeddings vectors; the weight is N(0, 1) from the default generator, as PyTorch's.
 *
 * <pre>{@code
 * Embedding table = new Embedding(10, 3);
 * Tensor vectors = (Tensor) table.forward(Torch.tensor(new long[] {1, 4, 1}));   // shape [3, 3]
 * }</pre>
 */
public class Embedding extends Module {
    private final int numEmbeddings;
    private final int embeddingDim;

    private final Integer paddingIdx;

    public Embedding(int numEmbeddings, int embeddingDim) {
        this(numEmbeddings, embeddingDim, null);
    }

    /** paddingIdx (null for none, negative counts from the end): that row starts at zero and gets no gradient. */
    public Embedding(int numEmbeddings, int embeddingDim, Integer paddingIdx) {
        if (paddingIdx != null && (paddingIdx >= numEmbeddings || paddingIdx < -numEmbeddings)) {
            throw new KindlingError(ErrorType.ASSERTION_ERROR, "Padding_idx must be within num_embeddings");
        }
        this.paddingIdx = paddingIdx == null ? null : paddingIdx < 0 ? paddingIdx + numEmbeddings : paddingIdx;
        this.numEmbeddings = numEmbeddings;
        this.embeddingDim = embeddingDim;
        Tensor weight = Torch.full(new int[] {numEmbeddings, embeddingDim}, 0, DType.FLOAT32).asParameter(true);
        Init.normal_(weight, 0, 1, CpuGenerator.defaultGenerator());
        if (this.paddingIdx != null) {
            for (int j = 0; j < embeddingDim; j++) {
                weight.setAt(this.paddingIdx * embeddingDim + j, 0);
            }
        }
        registerParameter("weight", weight);
    }

    @Override
    public Object attribute(String name) {
        return name.equals("num_embeddings") ? (Object) (long) numEmbeddings
                : name.equals("embedding_dim") ? (Object) (long) embeddingDim
                : name.equals("padding_idx") ? Optional.ofNullable(paddingIdx).map(Integer::longValue) : null;
    }

    @Override
    public java.util.List<String> tensorInputs() {
        return java.util.List.of("input");
    }

    @Override
    public Object forward(Object... inputs) {
        return Functional.embedding((Tensor) inputs[0], parameter("weight"), paddingIdx == null ? -1 : paddingIdx);
    }

    @Override
    public String extraRepr() {
        return numEmbeddings + ", " + embeddingDim + (paddingIdx == null ? "" : ", padding_idx=" + paddingIdx);
    }
}
