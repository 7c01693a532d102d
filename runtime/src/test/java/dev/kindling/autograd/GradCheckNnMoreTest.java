package dev.kindling.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.kindling.tensor.DType;
import dev.kindling.tensor.Functional;
import dev.kindling.tensor.Losses;
import dev.kindling.tensor.NnOps;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;
import dev.kindling.tensor.random.CpuGenerator;

/**
 * The newer nn activations and losses against central finite differences in float64, on random
 * inputs kept at least 0.2 from zero (the kink of elu; hardtanh's bounds sit at ±1.5/±0.1, away
 * from the inputs' grid of ±[0.2, 1.2] except where noted).
 */
class GradCheckNnMoreTest {
    private static final CpuGenerator RNG = new CpuGenerator(4321);

    /** Random float64 leaf; values are ±[0.2, 1.2], scaled by {@code scale}. */
    private static Tensor input(double scale, int... shape) {
        Tensor u = Torch.rand(RNG, shape, DType.FLOAT64);
        Tensor sign = Torch.rand(RNG, shape, DType.FLOAT64);
        for (int i = 0; i < u.numel(); i++) {
            double magnitude = (0.2 + u.at(i)) * scale;
            u.setAt(i, sign.at(i) > 0.5 ? magnitude : -magnitude);
        }
        return u.requiresGrad_(true);
    }

    /** An int64 (rows x cols) index tensor with repeats, so the embedding gradient must add them up. */
    private static Tensor indices(int rows, int cols, long... values) {
        Tensor t = Torch.full(new int[] {rows, cols}, 0, DType.INT64);
        for (int i = 0; i < values.length; i++) {
            t.setAt(i, values[i]);
        }
        return t;
    }

    private static Arguments op(String name, Function<List<Tensor>, Tensor> f, Tensor... inputs) {
        return GradCheckCases.op(name, f, inputs);
    }

    static Stream<Arguments> ops() {
        List<Arguments> ops = new ArrayList<>();
        ops.add(op("silu", in -> NnOps.silu(in.get(0)), input(3, 2, 3)));
        ops.add(op("elu", in -> NnOps.elu(in.get(0), 1.5), input(2, 2, 3)));
        ops.add(op("softplus", in -> NnOps.softplus(in.get(0), 2, 20), input(2, 6)));
        ops.add(op("softplus over threshold", in -> NnOps.softplus(in.get(0), 1, 0.1), input(2, 6)));
        ops.add(op("hardtanh", in -> NnOps.hardtanh(in.get(0), -0.1, 1.5), input(1, 8)));
        ops.add(op("elu_ inplace", in -> NnOps.eluInPlace(in.get(0).mul(1.0), 0.7), input(2, 6)));
        ops.add(op("hardtanh_ inplace", in -> NnOps.inPlace(in.get(0).mul(1.0), t -> NnOps.hardtanh(t, -0.1, 1.5)),
                input(1, 8)));
        ops.add(op("softsign", in -> NnOps.softsign(in.get(0)), input(2, 5)));
        ops.add(op("logsigmoid", in -> NnOps.logSigmoid(in.get(0)), input(4, 2, 3)));
        losses(ops);
        ops.add(op("layer_norm", in -> Functional.layerNorm(in.get(0), new int[] {4}, in.get(1), in.get(2), 1e-5),
                input(1, 3, 4), input(1, 4), input(1, 4)));
        ops.add(op("layer_norm 2 dims", in -> Functional.layerNorm(in.get(0), new int[] {2, 3}, in.get(1), null, 1e-5),
                input(1, 2, 2, 3), input(1, 2, 3)));
        ops.add(op("layer_norm no affine", in -> Functional.layerNorm(in.get(0), new int[] {5}, null, null, 1e-5),
                input(1, 2, 5)));
        ops.add(op("embedding", in -> Functional.embedding(indices(2, 3, 1, 3, 1, 0, 3, 3),
                in.get(0)), input(1, 4, 2)));
        ops.add(op("unflatten", in -> Functional.unflatten(in.get(0), -1, new int[] {2, -1}).mul(in.get(0).reshape(3, 2, 2)),
                input(1, 3, 4)));
        return ops.stream();
    }

    /** Losses of input against target, both differentiable; the kinks |d| = beta sit off the grid. */
    private static void losses(List<Arguments> ops) {
        for (String r : new String[] {"mean", "sum", "none"}) {
            ops.add(op("smooth_l1 " + r, in -> Losses.smoothL1Loss(in.get(0), in.get(1), r, 0.7),
                    input(1, 2, 3), input(1, 2, 3)));
            ops.add(op("huber " + r, in -> Losses.huberLoss(in.get(0), in.get(1), r, 0.9),
                    input(1, 2, 3), input(1, 2, 3)));
        }
        for (String r : new String[] {"batchmean", "mean", "sum", "none"}) {
            ops.add(op("kl_div " + r, in -> Losses.klDiv(in.get(0), in.get(1).abs(), r, false),
                    input(1, 2, 3), input(1, 2, 3)));
            ops.add(op("kl_div log_target " + r, in -> Losses.klDiv(in.get(0), in.get(1), r, true),
                    input(1, 2, 3), input(1, 2, 3)));
        }
        ops.add(op("cosine_similarity", in -> Functional.cosineSimilarity(in.get(0), in.get(1), 1, 1e-8),
                input(1, 3, 4), input(1, 3, 4)));
        ops.add(op("cosine_similarity broadcast", in -> Functional.cosineSimilarity(in.get(0), in.get(1), -1, 1e-8),
                input(1, 2, 3), input(1, 3)));
        ops.add(op("normalize", in -> Functional.normalize(in.get(0), 2, 1, 1e-12), input(1, 3, 4)));
        ops.add(op("normalize p=1 dim 0", in -> Functional.normalize(in.get(0), 1, 0, 1e-12), input(1, 3, 4)));
        ops.add(op("normalize p=3", in -> Functional.normalize(in.get(0), 3, -1, 1e-12), input(1, 2, 4)));
    }

    /** The padding row is read in the forward but, as in PyTorch, gets no gradient (so no finite-difference check). */
    @Test
    void embeddingPaddingRowGetsNoGradient() {
        Tensor weight = input(1, 4, 2);
        Functional.embedding(indices(1, 3, 3, 1, 3), weight, 3).sum().backward();
        double[] expected = {0, 0, 1, 1, 0, 0, 0, 0};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], weight.grad().at(i), "element " + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ops")
    void gradientMatchesFiniteDifferences(String name, Function<List<Tensor>, Tensor> f, List<Tensor> inputs) {
        assertTrue(GradCheck.check(f, inputs), name);
    }
}
