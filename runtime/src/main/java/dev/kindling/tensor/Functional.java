package dev.kindling.tensor;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.Warnings;
import dev.kindling.tensor.random.CpuGenerator;
import dev.kindling.tensor.random.Distributions;

/**
 * {@code torch.nn.functional} operations that need more than one tensor op: linear and dropout.
 *
 * <pre>{@code
 * Tensor x = Torch.ones(2, 3), w = Torch.ones(4, 3), b = Torch.zeros(4);
 * Tensor y = Functional.linear(x, w, b);   // F.linear(x, w, b): every element 3.
 * }</pre>
 */
public final class Functional {
    private Functional() {}

    public static Tensor linear(Tensor input, Tensor weight, Tensor bias) {
        return LinearAlgebra.linear(input, weight, bias);
    }

    /** Inverted dropout with PyTorch's bernoulli stream: kept elements are scaled by 1/(1-p). */
    public static Tensor dropout(Tensor input, double p, boolean training, CpuGenerator g) {
        if (!training || p == 0) {
            return input;
        }
        if (p == 1) {
            return input.mul(0.0);
        }
        float[] noise = new float[input.numel()];
        Distributions.dropoutNoise(noise, p, g);
        double[] mask = new double[noise.length];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = noise[i];
        }
        return input.mul(new Tensor(mask, input.shape.clone(), DType.FLOAT32));
    }

    /**
     * PyTorch's deprecated implicit dim for softmax-like ops called without one (F.softmax(x),
     * nn.Softmax()): 0 for 0-, 1- and 3-D inputs, else 1, with its UserWarning.
     */
    public static int implicitSoftmaxDim(String name, Tensor input) {
        Warnings.warn(ErrorType.USER_WARNING, "Implicit dimension choice for " + name + " has been deprecated. Change "
                + "the call to include dim=X as an argument.");
        int ndim = input.dim();
        return ndim == 0 || ndim == 1 || ndim == 3 ? 0 : 1;
    }

    /**
     * The p-norm along dim, kept as a size-1 dim so it divides its input. One node with ATen's
     * rule, which gives a zero gradient where the norm is zero (composed sqrt would give nan).
     */
    private static Tensor norm(Tensor x, double p, int dim) {
        Tensor v = x.detach();
        Tensor out = p == 2 ? v.mul(v).sum(dim, true).sqrt()
                : p == 1 ? v.abs().sum(dim, true) : v.abs().pow(p).sum(dim, true).pow(1 / p);
        Tensor value = new Tensor(out.elements, out.shape, out.dtype);
        return value.withGradFn("LinalgVectorNormBackward0", new Tensor[] {x}, g -> {
            Tensor slope = p == 1 ? v.sign() : v.mul(v.abs().pow(p - 2)).div(value.pow(p - 1));
            Tensor masked = Torch.where(value.eq(0), 0.0, slope);
            return new Tensor[] {masked.mul(g)};
        }, true);
    }

    /** input / max(||input||_p, eps) along dim (grad_fn DivBackward0, as in PyTorch). */
    public static Tensor normalize(Tensor input, double p, int dim, double eps) {
        return input.div(norm(input, p, dim).clamp(eps, null));
    }

    /**
     * Cosine of the angle between x1 and x2 along dim, as ATen computes it: each side divided by
     * its own norm (clamped to eps) and the products summed (grad_fn SumBackward1).
     */
    public static Tensor cosineSimilarity(Tensor x1, Tensor x2, int dim, double eps) {
        int[] shape = Shapes.broadcast(x1.shape, x2.shape);
        Tensor a = java.util.Arrays.equals(x1.shape, shape) ? x1 : x1.expand(shape);
        Tensor b = java.util.Arrays.equals(x2.shape, shape) ? x2 : x2.expand(shape);
        int d = Shapes.wrapDim(dim, shape.length);
        return a.div(norm(a, 2, d).clamp(eps, null)).mul(b.div(norm(b, 2, d).clamp(eps, null))).sum(d, false);
    }

    /**
     * Layer normalisation over the trailing dims of {@code normalized}: (x - mean) / sqrt(var + eps)
     * with the biased variance, then * weight + bias. One node (NativeLayerNormBackward0) whose
     * rule is ATen's closed form for input, weight and bias.
     */
    public static Tensor layerNorm(Tensor input, int[] normalized, Tensor weight, Tensor bias, double eps) {
        checkLayerNormShape(input, normalized);
        int n = Shapes.numel(normalized);
        int m = n == 0 ? 0 : input.numel() / n;
        Tensor x = input.detach().reshape(m, n);
        Tensor centered = x.sub(x.mean(new int[] {1}, true));
        Tensor rstd = centered.mul(centered).mean(new int[] {1}, true).add(eps).sqrt().reciprocal();
        Tensor xhat = centered.mul(rstd);
        Tensor affine = xhat.reshape(input.shape);
        if (weight != null) {
            affine = affine.mul(weight.detach());
        }
        if (bias != null) {
            affine = affine.add(bias.detach());
        }
        Tensor out = new Tensor(affine.elements, affine.shape, affine.dtype);
        return out.withGradFn("NativeLayerNormBackward0", new Tensor[] {input, weight, bias},
                g -> layerNormBackward(g.reshape(m, n), xhat, rstd, weight, bias, input.shape), true);
    }

    private static Tensor[] layerNormBackward(Tensor g, Tensor xhat, Tensor rstd, Tensor weight, Tensor bias,
            int[] inputShape) {
        Tensor dxhat = weight == null ? g : g.mul(weight.detach().reshape(1, -1));
        Tensor dx = dxhat.sub(dxhat.mean(new int[] {1}, true))
                .sub(xhat.mul(dxhat.mul(xhat).mean(new int[] {1}, true))).mul(rstd);
        Tensor dw = weight == null ? null : g.mul(xhat).sum(new int[] {0}, false).reshape(weight.shape);
        Tensor db = bias == null ? null : g.sum(new int[] {0}, false).reshape(bias.shape);
        return new Tensor[] {dx.reshape(inputShape), dw, db};
    }

    /** PyTorch's check that the input ends in normalized_shape. */
    private static void checkLayerNormShape(Tensor input, int[] normalized) {
        int offset = input.dim() - normalized.length;
        boolean ok = offset >= 0;
        for (int i = 0; ok && i < normalized.length; i++) {
            ok = input.shape[offset + i] == normalized[i];
        }
        if (!ok) {
            String expected = Shapes.str(normalized);
            throw dev.kindling.errors.KindlingError.runtimeError("Given normalized_shape=" + expected
                    + ", expected input with shape [*, " + expected.substring(1) + ", but got input of size"
                    + Shapes.str(input.shape));
        }
    }

    /** Rows of weight picked by integer indices: output shape indices.shape + [dim] (EmbeddingBackward0). */
    public static Tensor embedding(Tensor indices, Tensor weight) {
        return embedding(indices, weight, -1);
    }

    /** As embedding(indices, weight); rows equal to paddingIdx (if >= 0) get no gradient. */
    public static Tensor embedding(Tensor indices, Tensor weight, int paddingIdx) {
        if (weight.dim() != 2) {
            throw dev.kindling.errors.KindlingError.runtimeError("'weight' must be 2-D");
        }
        if (indices.dtype != DType.INT64 && indices.dtype != DType.INT32) {
            throw dev.kindling.errors.KindlingError.runtimeError("Expected tensor for argument #1 'indices' to have "
                    + "one of the following scalar types: Long, Int; but got torch." + Pointwise.typeWord(indices.dtype)
                    + "Tensor instead (while checking arguments for embedding)");
        }
        int rows = weight.shape[0];
        int dim = weight.shape[1];
        int count = indices.numel();
        double[] out = new double[count * dim];
        for (int i = 0; i < count; i++) {
            long row = (long) indices.at(i);
            if (row < 0 || row >= rows) {
                throw dev.kindling.errors.KindlingError.indexError("index out of range in self");
            }
            System.arraycopy(weight.doubles(), (int) row * dim, out, i * dim, dim);
        }
        int[] shape = java.util.Arrays.copyOf(indices.shape, indices.shape.length + 1);
        shape[shape.length - 1] = dim;
        return new Tensor(out, shape, weight.dtype).withGradFn("EmbeddingBackward0", new Tensor[] {weight},
                g -> new Tensor[] {embeddingBackward(g, indices, weight.shape, paddingIdx)}, false);
    }

    /** Scatters each output row's gradient back into its weight row, adding up repeats. */
    private static Tensor embeddingBackward(Tensor g, Tensor indices, int[] weightShape, int paddingIdx) {
        int dim = weightShape[1];
        Tensor flat = g.contiguous().reshape(-1, dim);
        double[] grad = new double[weightShape[0] * dim];
        for (int i = 0; i < indices.numel(); i++) {
            int row = (int) indices.at(i);
            if (row == paddingIdx) {
                continue;
            }
            for (int j = 0; j < dim; j++) {
                grad[row * dim + j] = g.dtype.cast(grad[row * dim + j] + flat.at(i * dim + j));
            }
        }
        return new Tensor(grad, weightShape.clone(), g.dtype);
    }

    /** Splits dim into sizes (one may be -1), as a view: nn.Unflatten's forward. */
    public static Tensor unflatten(Tensor input, int dim, int[] sizes) {
        int d = Shapes.wrapDim(dim, input.dim());
        int known = 1;
        int infer = -1;
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] == -1) {
                infer = i;
            } else {
                known *= sizes[i];
            }
        }
        int[] resolved = sizes.clone();
        if (infer >= 0 && known != 0 && input.shape[d] % known == 0) {
            resolved[infer] = input.shape[d] / known;
        }
        if (Shapes.numel(resolved) != input.shape[d] || infer >= 0 && resolved[infer] == -1) {
            throw dev.kindling.errors.KindlingError.runtimeError("unflatten: Provided sizes " + Shapes.str(sizes)
                    + " don't multiply up to the size of dim " + dim + " (" + input.shape[d] + ") in the input tensor");
        }
        int[] shape = new int[input.dim() - 1 + sizes.length];
        System.arraycopy(input.shape, 0, shape, 0, d);
        System.arraycopy(resolved, 0, shape, d, resolved.length);
        System.arraycopy(input.shape, d + 1, shape, d + resolved.length, input.dim() - d - 1);
        return input.view(shape);
    }
}
