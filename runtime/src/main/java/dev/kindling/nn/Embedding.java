package dev.kindling.nn;

import dev.kindling.tensor.DType;
import dev.kindling.tensor.Functional;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;
import dev.kindling.tensor.random.CpuGenerator;

/** A lookup table of num_embeddings vectors; the weight is N(0, 1) from the default generator, as PyTorch's. */
public class Embedding extends Module {
    private final int numEmbeddings;
    private final int embeddingDim;

    public Embedding(int numEmbeddings, int embeddingDim) {
        this.numEmbeddings = numEmbeddings;
        this.embeddingDim = embeddingDim;
        Tensor weight = Torch.full(new int[] {numEmbeddings, embeddingDim}, 0, DType.FLOAT32).asParameter(true);
        Init.normal_(weight, 0, 1, CpuGenerator.defaultGenerator());
        registerParameter("weight", weight);
    }

    @Override
    public Object attribute(String name) {
        return name.equals("num_embeddings") ? (Object) (long) numEmbeddings
                : name.equals("embedding_dim") ? (Object) (long) embeddingDim : null;
    }

    @Override
    public Object forward(Object... inputs) {
        return Functional.embedding((Tensor) inputs[0], parameter("weight"));
    }

    @Override
    public String extraRepr() {
        return numEmbeddings + ", " + embeddingDim;
    }
}
