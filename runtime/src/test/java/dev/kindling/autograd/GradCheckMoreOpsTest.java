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
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;
import dev.kindling.tensor.random.CpuGenerator;

/**
 * The ops added after the core set (rsqrt, square, masked_fill, where, tril/triu, clamp_min/max,
 * lerp, addcmul/addcdiv, amax/amin, logsumexp, cumprod, outer, bmm, diag, gather, index_select,
 * narrow, unbind, roll, hstack/vstack) against central finite differences in float64, as GradCheckTest does for
 * the core ops; inputs stay at least 0.2 from every kink and mask boundary (0).
 */
class GradCheckMoreOpsTest {
    private static final CpuGenerator RNG = new CpuGenerator(4321);

    private static Tensor input(boolean positive, int... shape) {
        return GradCheckCases.input(RNG, positive, shape);
    }

    private static Arguments op(String name, Function<List<Tensor>, Tensor> f, Tensor... inputs) {
        return GradCheckCases.op(name, f, inputs);
    }

    static Stream<Arguments> ops() {
        List<Arguments> ops = new ArrayList<>();
        ops.add(op("square", in -> in.get(0).square(), input(false, 2, 3)));
        ops.add(op("rsqrt", in -> in.get(0).rsqrt(), input(true, 2, 3)));
        ops.add(op("masked_fill", in -> in.get(0).maskedFill(in.get(0).lt(0), 2.0), input(false, 2, 3)));
        ops.add(op("masked_fill broadcast mask", in -> in.get(0).maskedFill(in.get(1).gt(0), -1.0), input(false, 3),
                input(false, 2, 1)));
        ops.add(op("masked_fill_ on a non-leaf", in -> in.get(0).mul(2.0).maskedFill_(in.get(0).gt(0), 0.0),
                input(false, 5)));
        ops.add(op("Tensor.where", in -> Torch.where(in.get(0).gt(0), in.get(0), in.get(1)), input(false, 4),
                input(false, 4)));
        ops.add(op("tril", in -> in.get(0).tril(0), input(false, 3, 4)));
        ops.add(op("triu diagonal -1 batched", in -> in.get(0).triu(-1), input(false, 2, 3, 3)));
        ops.add(op("clamp_min", in -> in.get(0).clampMin(0.0), input(false, 6)));
        ops.add(op("clamp_max", in -> in.get(0).clampMax(0.0), input(false, 6)));
        ops.add(op("lerp", in -> in.get(0).lerp(in.get(1), 0.3), input(false, 2, 3), input(false, 3)));
        ops.add(op("lerp weight above a half", in -> in.get(0).lerp(in.get(1), 0.8), input(false, 4), input(false, 4)));
        ops.add(op("addcmul", in -> in.get(0).addcmul(in.get(1), in.get(2), 0.5), input(false, 2, 3),
                input(false, 3), input(false, 2, 1)));
        ops.add(op("addcdiv", in -> in.get(0).addcdiv(in.get(1), in.get(2), -2.0), input(false, 3), input(false, 3),
                input(true, 3)));
        ops.add(op("amax dim", in -> in.get(0).amax(new int[] {1}, false), input(false, 3, 4)));
        ops.add(op("amin all keepdim", in -> in.get(0).amin(null, true), input(false, 2, 3)));
        ops.add(op("logsumexp", in -> in.get(0).logsumexp(new int[] {-1}, false), input(false, 2, 3)));
        ops.add(op("logsumexp dims keepdim", in -> in.get(0).logsumexp(new int[] {0, 2}, true), input(false, 2, 2, 3)));
        ops.add(op("cumprod", in -> in.get(0).cumprod(1), input(false, 2, 4)));
        ops.add(op("cumprod dim 0", in -> in.get(0).cumprod(0), input(false, 3, 2)));
        ops.add(op("outer", in -> in.get(0).outer(in.get(1)), input(false, 3), input(false, 2)));
        ops.add(op("bmm", in -> in.get(0).bmm(in.get(1)), input(false, 2, 2, 3), input(false, 2, 3, 2)));
        ops.add(op("diag 1-D", in -> in.get(0).diag(1), input(false, 3)));
        ops.add(op("diag 2-D", in -> in.get(0).diag(-1), input(false, 3, 4)));
        Tensor index = Torch.tensor(new long[] {0, 2, 2, 1, 0, 1}).reshape(2, 3);
        ops.add(op("gather (repeated indices add up)", in -> in.get(0).gather(1, index), input(false, 2, 4)));
        ops.add(op("gather dim 0", in -> in.get(0).gather(0, Torch.tensor(new long[] {1, 0}).reshape(1, 2)), input(false, 2, 2)));
        ops.add(op("index_select", in -> in.get(0).indexSelect(1, Torch.tensor(new long[] {2, 0, 2})),
                input(false, 2, 3)));
        ops.add(op("narrow", in -> in.get(0).narrow(0, 1, 2), input(false, 4, 2)));
        ops.add(op("unbind", in -> in.get(0).unbind(1).get(1).mul(in.get(0).unbind(1).get(0)), input(false, 3, 2)));
        ops.add(op("roll flattened", in -> in.get(0).roll(new int[] {2}, null), input(false, 2, 3)));
        ops.add(op("roll dims", in -> in.get(0).roll(new int[] {1, -1}, new int[] {0, 1}), input(false, 2, 3)));
        ops.add(op("hstack", in -> Torch.hstack(List.of(in.get(0), in.get(1))), input(false, 2), input(false, 3)));
        ops.add(op("vstack", in -> Torch.vstack(List.of(in.get(0), in.get(1))), input(false, 3), input(false, 2, 3)));
        return ops.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ops")
    void gradientMatchesFiniteDifferences(String name, Function<List<Tensor>, Tensor> f, List<Tensor> inputs) {
        assertTrue(GradCheck.check(f, inputs), name);
    }

    @Test
    void recordsPyTorchsGradFnNames() {
        Tensor x = Torch.ones(2, 2).requiresGrad_(true);
        assertEquals("PowBackward0", x.square().gradFn().name());
        assertEquals("RsqrtBackward0", x.rsqrt().gradFn().name());
        assertEquals("MaskedFillBackward0", x.maskedFill(x.gt(0), 0).gradFn().name());
        assertEquals("TrilBackward0", x.tril(0).gradFn().name());
        assertEquals("TriuBackward0", x.triu(0).gradFn().name());
        assertEquals("ClampMinBackward0", x.clampMin(0).gradFn().name());
        assertEquals("ClampMaxBackward0", x.clampMax(0).gradFn().name());
        assertEquals("LerpBackward0", x.lerp(x, 0.5).gradFn().name());
        assertEquals("AddcmulBackward0", x.addcmul(x, x, 1).gradFn().name());
        assertEquals("AddcdivBackward0", x.addcdiv(x, x, 1).gradFn().name());
        assertEquals("AmaxBackward0", x.amax(null, false).gradFn().name());
        assertEquals("AminBackward0", x.amin(new int[] {0}, false).gradFn().name());
        assertEquals("LogsumexpBackward0", x.logsumexp(new int[] {1}, false).gradFn().name());
        assertEquals("CumprodBackward0", x.cumprod(0).gradFn().name());
        assertEquals("DiagonalBackward0_copy", x.diag(0).gradFn().name());
        assertEquals("DiagEmbedBackward0", x.diag(0).diag(0).gradFn().name());
        assertEquals("BmmBackward0", x.unsqueeze(0).bmm(x.unsqueeze(0)).gradFn().name());
        assertEquals("MulBackward0", x.diag(0).outer(x.diag(0)).gradFn().name());
        assertEquals("GatherBackward0", x.gather(0, Torch.tensor(new long[] {0}).reshape(1, 1)).gradFn().name());
        assertEquals("IndexSelectBackward0", x.indexSelect(0, Torch.tensor(new long[] {0})).gradFn().name());
        assertEquals("SliceBackward0", x.narrow(1, 0, 1).gradFn().name());
        assertEquals("UnbindBackward0", x.unbind(0).get(1).gradFn().name());
        assertEquals("RollBackward0", x.roll(new int[] {1}, null).gradFn().name());
    }
}
