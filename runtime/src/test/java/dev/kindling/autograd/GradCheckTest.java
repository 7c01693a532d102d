package dev.kindling.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Functional;
import dev.kindling.tensor.Index;
import dev.kindling.tensor.Losses;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;
import dev.kindling.tensor.random.CpuGenerator;

/**
 * Every differentiable op against central finite differences in float64 (PyTorch's gradcheck
 * tolerances), on random inputs with broadcasting, kept away from kinks (inputs of relu, abs,
 * clamp and max are at least 0.2 from the kink; log and sqrt get positive inputs).
 */
class GradCheckTest {
    private static final CpuGenerator RNG = new CpuGenerator(1234);

    private static Tensor input(boolean positive, int... shape) {
        return GradCheckCases.input(RNG, positive, shape);
    }

    private static Arguments op(String name, Function<List<Tensor>, Tensor> f, Tensor... inputs) {
        return GradCheckCases.op(name, f, inputs);
    }

    static Stream<Arguments> ops() {
        List<Arguments> ops = new ArrayList<>();
        ops.add(op("add broadcast", in -> in.get(0).add(in.get(1)), input(false, 2, 3), input(false, 3)));
        ops.add(op("add alpha", in -> in.get(0).add(in.get(1), 2.5), input(false, 2, 3), input(false, 2, 1)));
        ops.add(op("sub", in -> in.get(0).sub(in.get(1)), input(false, 3, 1), input(false, 1, 4)));
        ops.add(op("mul", in -> in.get(0).mul(in.get(1)), input(false, 2, 3), input(false, 2, 3)));
        ops.add(op("mul scalar", in -> in.get(0).mul(3.0), input(false, 4)));
        ops.add(op("div", in -> in.get(0).div(in.get(1)), input(false, 2, 3), input(true, 3)));
        ops.add(op("rsub scalar", in -> Torch.asTensor(2.0).sub(in.get(0)), input(false, 3)));
        ops.add(op("pow scalar", in -> in.get(0).pow(3.0), input(false, 5)));
        ops.add(op("pow tensor", in -> in.get(0).pow(in.get(1)), input(true, 2, 2), input(false, 2, 2)));
        ops.add(op("scalar pow tensor", in -> Torch.asTensor(2.0).pow(in.get(0)), input(false, 3)));
        ops.add(op("neg", in -> in.get(0).neg(), input(false, 3)));
        ops.add(op("reciprocal", in -> in.get(0).reciprocal(), input(true, 3)));
        for (String u : new String[] {"abs", "sqrt", "exp", "log", "log1p", "sin", "cos", "tanh", "sigmoid", "relu",
            "gelu"}) {
            boolean positive = u.equals("sqrt") || u.equals("log") || u.equals("log1p");
            ops.add(op(u, in -> GradCheckCases.unary(u, in.get(0)), input(positive, 2, 3)));
        }
        ops.add(op("leaky_relu", in -> in.get(0).leakyRelu(0.1), input(false, 6)));
        ops.add(op("clamp", in -> in.get(0).clamp(-0.1, 0.1), input(false, 6)));
        ops.add(op("maximum", in -> in.get(0).maximum(in.get(1)), input(false, 4), input(false, 4)));
        ops.add(op("minimum", in -> in.get(0).minimum(in.get(1)), input(false, 4), input(false, 4)));
        ops.add(op("where", in -> Torch.where(in.get(0).gt(0), in.get(0), in.get(1)), input(false, 5), input(false, 5)));
        ops.add(op("sum", in -> in.get(0).sum(), input(false, 2, 3)));
        ops.add(op("sum dim keepdim", in -> in.get(0).sum(1, true), input(false, 2, 3)));
        ops.add(op("sum dims", in -> in.get(0).sum(new int[] {0, 2}, false), input(false, 2, 3, 2)));
        ops.add(op("mean", in -> in.get(0).mean(), input(false, 2, 3)));
        ops.add(op("mean dim", in -> in.get(0).mean(new int[] {-1}, false), input(false, 2, 3)));
        ops.add(op("prod", in -> in.get(0).prod(), input(true, 4)));
        ops.add(op("prod dim", in -> in.get(0).prod(1, false), input(true, 2, 3)));
        ops.add(op("max", in -> in.get(0).max(), input(false, 5)));
        ops.add(op("min", in -> in.get(0).min(), input(false, 5)));
        ops.add(op("max dim", in -> in.get(0).max(1, false).values(), input(false, 3, 4)));
        ops.add(op("min dim keepdim", in -> in.get(0).min(0, true).values(), input(false, 3, 4)));
        ops.add(op("var", in -> in.get(0).var(null, true, false), input(false, 6)));
        ops.add(op("std dim", in -> in.get(0).std(new int[] {1}, true, false), input(false, 2, 4)));
        ops.add(op("norm", in -> in.get(0).norm(), input(false, 5)));
        ops.add(op("softmax", in -> in.get(0).softmax(1), input(false, 2, 4)));
        ops.add(op("log_softmax", in -> in.get(0).logSoftmax(0), input(false, 3, 2)));
        ops.add(op("cumsum", in -> in.get(0).cumsum(1), input(false, 2, 4)));
        ops.add(op("sort", in -> in.get(0).sort(0, true).values(), input(false, 5)));
        ops.add(op("topk", in -> in.get(0).topk(2, -1, true).values(), input(false, 2, 5)));
        ops.add(op("topk of a 0-d tensor", in -> in.get(0).topk(1, 0, true).values(), input(false)));
        ops.add(op("view", in -> in.get(0).view(3, 2), input(false, 2, 3)));
        ops.add(op("reshape -1", in -> in.get(0).reshape(-1), input(false, 2, 3)));
        ops.add(op("flatten", in -> in.get(0).flatten(), input(false, 2, 2, 2)));
        ops.add(op("squeeze", in -> in.get(0).squeeze(), input(false, 2, 1, 3)));
        ops.add(op("unsqueeze", in -> in.get(0).unsqueeze(1), input(false, 4)));
        ops.add(op("transpose", in -> in.get(0).transpose(0, 2), input(false, 2, 3, 4)));
        ops.add(op("t", in -> in.get(0).t(), input(false, 2, 3)));
        ops.add(op("permute", in -> in.get(0).permute(2, 0, 1), input(false, 2, 3, 4)));
        ops.add(op("expand", in -> in.get(0).expand(3, 4), input(false, 3, 1)));
        ops.add(op("repeat", in -> in.get(0).repeat(2, 3), input(false, 2, 2)));
        ops.add(op("flip", in -> in.get(0).flip(0), input(false, 3, 2)));
        ops.add(op("split", in -> in.get(0).split(2, 1).get(1), input(false, 2, 5)));
        ops.add(op("chunk", in -> in.get(0).chunk(2, 0).get(0), input(false, 4, 2)));
        ops.add(op("cat", in -> Torch.cat(List.of(in.get(0), in.get(1)), 1), input(false, 2, 2), input(false, 2, 3)));
        ops.add(op("stack", in -> Torch.stack(List.of(in.get(0), in.get(1)), 0), input(false, 3), input(false, 3)));
        ops.add(op("stack last dim", in -> Torch.stack(List.of(in.get(0), in.get(1), in.get(0)), -1), input(false, 2, 3),
                input(false, 2, 3)));
        ops.add(op("matmul 2d", in -> in.get(0).matmul(in.get(1)), input(false, 2, 3), input(false, 3, 4)));
        // x @ W.T: the transpose is not copied, and W's gradient is made in W's layout
        ops.add(op("matmul by a transpose", in -> in.get(0).matmul(in.get(1).t()), input(false, 2, 3), input(false, 4, 3)));
        ops.add(op("transpose of a transpose", in -> in.get(0).t().t().mul(in.get(0).t().t()), input(false, 2, 3)));
        ops.add(op("transpose times a transpose", in -> in.get(0).t().matmul(in.get(1).t()), input(false, 3, 2),
                input(false, 4, 3)));
        ops.add(op("matmul 1d 1d", in -> in.get(0).matmul(in.get(1)), input(false, 3), input(false, 3)));
        ops.add(op("matmul 1d 2d", in -> in.get(0).matmul(in.get(1)), input(false, 3), input(false, 3, 2)));
        ops.add(op("matmul 2d 1d", in -> in.get(0).matmul(in.get(1)), input(false, 2, 3), input(false, 3)));
        ops.add(op("matmul batched", in -> in.get(0).matmul(in.get(1)), input(false, 2, 2, 3), input(false, 3, 2)));
        ops.add(op("mm", in -> in.get(0).mm(in.get(1)), input(false, 2, 2), input(false, 2, 3)));
        ops.add(op("dot", in -> in.get(0).dot(in.get(1)), input(false, 4), input(false, 4)));
        ops.add(op("select", in -> in.get(0).get(Index.at(1)), input(false, 3, 2)));
        ops.add(op("slice", in -> in.get(0).get(Index.all(), Index.slice(1L, null, 2L)), input(false, 2, 5)));
        ops.add(op("mask", in -> in.get(0).get(Index.tensor(in.get(0).gt(0))), input(false, 6)));
        ops.add(op("index list", in -> in.get(0).get(Index.tensor(Torch.tensor(new long[] {2, 0, 2}))),
                input(false, 3, 2)));
        ops.add(op("linear", in -> Functional.linear(in.get(0), in.get(1), in.get(2)), input(false, 4, 3),
                input(false, 2, 3), input(false, 2)));
        ops.add(op("mse_loss", in -> Losses.mseLoss(in.get(0), in.get(1), "mean"), input(false, 3, 2),
                input(false, 3, 2)));
        ops.add(op("mse_loss sum", in -> Losses.mseLoss(in.get(0), in.get(1), "sum"), input(false, 4), input(false, 4)));
        ops.add(op("l1_loss", in -> Losses.l1Loss(in.get(0), in.get(1), "mean"), input(false, 4), input(false, 4)));
        Tensor classes = Torch.tensor(new long[] {1, 0, 2});
        ops.add(op("cross_entropy", in -> Losses.crossEntropy(in.get(0), classes, null, "mean", 0, -100),
                input(false, 3, 3)));
        ops.add(op("cross_entropy smoothing", in -> Losses.crossEntropy(in.get(0), classes, null, "mean", 0.1, -100),
                input(false, 3, 3)));
        ops.add(op("nll_loss", in -> Losses.nllLoss(in.get(0), classes, null, "sum", -100), input(false, 3, 3)));
        Tensor targets = Torch.tensor(new double[] {1, 0, 1, 0}, DType.FLOAT64);
        ops.add(op("bce", in -> Losses.binaryCrossEntropy(in.get(0).sigmoid(), targets, null, "mean"),
                input(false, 4)));
        ops.add(op("bce_with_logits", in -> Losses.binaryCrossEntropyWithLogits(in.get(0), targets, null, "mean"),
                input(false, 4)));
        ops.add(op("clone", in -> in.get(0).clone(), input(false, 3)));
        ops.add(op("remainder", in -> in.get(0).mul(4.0).remainder(in.get(1)), input(true, 2, 3), input(true, 3)));
        ops.add(op("trunc", in -> in.get(0).trunc().add(in.get(0)), input(false, 4)));
        ops.add(op("setitem slice (CopySlices)", in -> written(in.get(0).mul(2.0), in.get(1).exp(),
                Index.all(), Index.slice(1L, null, null)), input(false, 2, 3), input(false, 2)));
        ops.add(op("setitem broadcast", in -> written(in.get(0).mul(1.0), in.get(1), Index.at(0)), input(false, 2, 3),
                input(false, 1)));
        ops.add(op("setitem index list (IndexPutBackward0)", in -> written(in.get(0).mul(1.0), in.get(1).mul(in.get(1)),
                Index.tensor(Torch.tensor(new long[] {2, 0}))), input(false, 3, 2), input(false, 2, 2)));
        ops.add(op("setitem into a constant", in -> written(Torch.zeros(2, 2).to(DType.FLOAT64), in.get(0).tanh(),
                Index.at(1)), input(false, 2)));
        ops.add(op("in-place after use", in -> {
            Tensor a = in.get(0).mul(1.0);
            Tensor b = a.exp(); // saves its output, not a, so changing a afterwards is allowed
            a.add_(in.get(1).sin());
            return a.add(b);
        }, input(false, 3), input(false, 3)));
        return ops.stream();
    }

    /** {@code t[index] = value}, returning t. */
    private static Tensor written(Tensor t, Tensor value, Index... index) {
        t.set(index, value);
        return t;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ops")
    void gradientMatchesFiniteDifferences(String name, Function<List<Tensor>, Tensor> f, List<Tensor> inputs) {
        assertTrue(GradCheck.check(f, inputs), name);
    }

    @Test
    void aWrongGradientIsCaught() {
        Tensor x = input(false, 3);
        // round() has a zero gradient almost everywhere but is not constant: finite differences of a
        // function that jumps catch it when an element sits at a jump, so check a deliberately broken rule.
        Function<List<Tensor>, Tensor> broken = in -> in.get(0).mul(in.get(0)).detach().requiresGrad_(true);
        assertThrows(KindlingError.class, () -> GradCheck.check(in -> in.get(0).add(broken.apply(in)), List.of(x)));
    }

    @Test
    void setitemRecordsCopySlicesAndKeepsTheOldHistoryBehindIt() {
        Tensor w = Torch.ones(3).requiresGrad_(true);
        Tensor z = w.mul(3.0);
        Tensor before = z.mul(2.0);
        z.set(new Index[] {Index.slice(1L, 3L, null)}, Torch.tensor(0.0));
        assertEquals("CopySlices", z.gradFn().name());
        z.sum().add(before.sum()).backward();
        // z's surviving element gives 3; before = 6 w gives 6 to every element.
        assertEquals("tensor([9., 6., 6.])", w.grad().toString());
    }

    @Test
    void writingIntoALeafThatRequiresGradIsRefusedWithPyTorchsWording() {
        Tensor w = Torch.ones(3).requiresGrad_(true);
        KindlingError view = assertThrows(KindlingError.class, () -> w.set(new Index[] {Index.at(0)}, Torch.tensor(1.0)));
        assertEquals("a view of a leaf Variable that requires grad is being used in an in-place operation.",
                view.getMessage());
        KindlingError whole = assertThrows(KindlingError.class, () -> w.set(new Index[] {Index.all()}, Torch.tensor(1.0)));
        assertEquals("a leaf Variable that requires grad is being used in an in-place operation.", whole.getMessage());
    }

    @Test
    void floorDivideHasNoDerivativeAsInPyTorch() {
        Tensor x = Torch.ones(2).requiresGrad_(true);
        Tensor q = x.floorDivide(2.0);
        assertEquals("torch::autograd::NotImplemented", q.gradFn().name());
        KindlingError e = assertThrows(KindlingError.class, () -> q.sum().backward());
        assertEquals("derivative for aten::floor_divide is not implemented", e.getMessage());
    }

    @Test
    void autogradGradReturnsGradientsWithoutTouchingDotGrad() {
        Tensor u = Torch.tensor(new double[] {2, 3}, DType.FLOAT64).requiresGrad_(true);
        Tensor v = u.mul(u);
        Tensor[] g = Engine.grad(v.sum(), null, List.of(u, v), false, false);
        assertEquals("tensor([4., 6.], dtype=torch.float64)", g[0].toString());
        assertEquals("tensor([1., 1.], dtype=torch.float64)", g[1].toString());
        assertEquals(null, u.grad());
        Tensor q = Torch.tensor(new double[] {1}, DType.FLOAT64).requiresGrad_(true);
        KindlingError unused = assertThrows(KindlingError.class,
                () -> Engine.grad(u.mul(2.0).sum(), null, List.of(q), false, false));
        assertTrue(unused.getMessage().startsWith("The differentiated Tensor at index 0 appears to not have been used"));
    }

    @Test
    void retainGradKeepsANonLeafsGradient() {
        Tensor x = Torch.ones(2).requiresGrad_(true);
        Tensor y = x.mul(2.0);
        y.retainGrad();
        y.mul(y).sum().backward();
        assertEquals("tensor([4., 4.])", y.grad().toString());
        assertTrue(y.retainsGrad());
    }

    @Test
    void aHundredThousandOpChainDoesNotOverflowTheStack() {
        Tensor w = Torch.tensor(new double[] {1.0}, DType.FLOAT64).requiresGrad_(true);
        Tensor y = w;
        for (int i = 0; i < 100_000; i++) {
            y = y.mul(1.0);
        }
        y.sum().backward();
        assertTrue(Math.abs(w.grad().at(0) - 1.0) < 1e-12);
    }
}
