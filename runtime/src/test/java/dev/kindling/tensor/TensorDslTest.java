package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kindling.autograd.GradMode;
import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.random.CpuGenerator;

/** The Java DSL: creation, promotion, printing, shape ops, indexing, errors and autograd semantics. */
class TensorDslTest {
    private static Tensor t(double... v) {
        return Torch.tensor(v);
    }

    private static Tensor ints(long... v) {
        return Torch.tensor(v);
    }

    @Test
    void fluentChainsPrintAsPyTorch() {
        Tensor x = t(1, -2, 3);
        assertEquals("tensor([4., 0., 8.])", x.add(Torch.tensor(List.of(1.0, 1.0, 1.0))).mul(2).relu().toString());
        assertEquals("tensor(32.)", t(1, 2, 3).matmul(t(4, 5, 6)).toString());
        assertEquals("tensor([[1., 2.],\n        [3., 4.]])",
                Torch.tensor(List.of(List.of(1.0, 2.0), List.of(3.0, 4.0))).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "int / int | INT64 | INT64 | div | FLOAT32",
        "int + int | INT64 | INT64 | add | INT64",
        "int + float | INT64 | FLOAT32 | add | FLOAT32",
        "float32 + float64 | FLOAT32 | FLOAT64 | add | FLOAT64",
        "bool + int | BOOL | INT64 | add | INT64",
        "int32 + int64 | INT32 | INT64 | add | INT64",
        "comparison | FLOAT32 | FLOAT32 | lt | BOOL",
    })
    void typePromotionFollowsPyTorch(String name, DType a, DType b, String op, DType expected) {
        Tensor x = Torch.full(new int[] {2}, 3, a);
        Tensor y = Torch.full(new int[] {2}, 2, b);
        Tensor r = op.equals("div") ? x.div(y) : op.equals("lt") ? x.lt(y) : x.add(y);
        assertEquals(expected, r.dtype(), name);
    }

    @Test
    void pythonNumbersDoNotWidenTensors() {
        assertEquals(DType.FLOAT32, Torch.ones(2).add(0.5).dtype());
        assertEquals(DType.FLOAT32, ints(1, 2).add(0.5).dtype());
        assertEquals(DType.INT64, ints(1, 2).mul(3L).dtype());
        assertEquals(DType.INT64, ints(1, 2).sum().dtype());
        assertEquals(DType.FLOAT32, Torch.ones(2).mul(Torch.scalar(2, DType.FLOAT64)).dtype());
    }

    @Test
    void float32ArithmeticRoundsLikeFloat() {
        Tensor r = Torch.tensor(List.of(0.1)).add(0.2);
        assertEquals((double) (0.1f + 0.2f), r.at(0));
    }

    @Test
    void errorsUsePyTorchWording() {
        assertError("The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1",
                () -> Torch.ones(2, 3).add(Torch.ones(4)));
        assertError("mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)",
                () -> Torch.ones(2, 3).matmul(Torch.ones(2, 3)));
        assertError("shape '[4, 2]' is invalid for input of size 6", () -> Torch.ones(6).view(4, 2));
        assertError("a Tensor with 2 elements cannot be converted to Scalar", () -> t(1, 2).item());
        KindlingError e = assertThrows(KindlingError.class, () -> Torch.ones(3).get(Index.at(5)));
        assertEquals(ErrorType.INDEX_ERROR, e.type());
        assertEquals("index 5 is out of bounds for dimension 0 with size 3", e.getMessage());
    }

    @Test
    void allocationOverTheCapIsAClearError() {
        KindlingError e = assertThrows(KindlingError.class, () -> Torch.zeros(100000, 100000, 100000));
        assertEquals(ErrorType.RUNTIME_ERROR, e.type());
        assertTrue(e.getMessage().contains("bytes"), e.getMessage());
    }

    private static void assertError(String message, Runnable r) {
        KindlingError e = assertThrows(KindlingError.class, r::run);
        assertEquals(message, e.getMessage());
    }

    @Test
    void printingChoosesFixedScientificAndIntegerForms() {
        assertEquals("tensor([0.1000, 0.2500, 1.0000])", t(0.1, 0.25, 1.0).toString());
        assertEquals("tensor([1.0000e-05, 1.0000e+00, 1.0000e+02])", t(1e-5, 1, 100).toString());
        assertEquals("tensor([1., inf, nan])", t(1, Double.POSITIVE_INFINITY, Double.NaN).toString());
        assertEquals("tensor([ -1,  20, 300])", ints(-1, 20, 300).toString());
        assertEquals("tensor([ True, False])", Torch.tensor(List.of(true, false)).toString());
        assertEquals("tensor([1.5000, 2.0000], dtype=torch.float64)", Torch.tensor(List.of(1.5, 2.0), DType.FLOAT64)
                .toString());
        assertEquals("tensor([], size=(2, 0))", Torch.zeros(2, 0).toString());
        assertEquals("tensor(2.5000, requires_grad=True)", t(2.5).reshape().requiresGrad_(true).toString());
        String big = Torch.arange(0, 2000, 1, DType.INT64).toString();
        assertEquals("tensor([   0,    1,    2,  ..., 1997, 1998, 1999])", big);
    }

    @Test
    void shapesAndViews() {
        Tensor x = Torch.arange(0, 12, 1, DType.INT64).reshape(3, 4);
        assertEquals("torch.Size([3, 4])", x.shape().toString());
        assertArrayEquals(new int[] {4, 3}, x.t().shape().toArray());
        assertArrayEquals(new int[] {3, 1, 4}, x.unsqueeze(1).shape().toArray());
        assertArrayEquals(new int[] {12}, x.flatten().shape().toArray());
        assertEquals("tensor([[ 0,  4,  8],\n        [ 1,  5,  9],\n        [ 2,  6, 10],\n        [ 3,  7, 11]])",
                x.t().toString());
        Tensor view = x.view(-1);
        view.setAt(0, 100);
        assertEquals(100.0, x.at(0), "a view shares its elements");
        assertEquals(3, x.split(2, 1).get(0).size(0));
        assertEquals("tensor([[ 4,  5,  6,  7],\n        [ 8,  9, 10, 11]])",
                Torch.cat(List.of(x.get(Index.slice(1L, 2L, null)), x.get(Index.slice(2L, null, null))), 0).toString());
    }

    @Test
    void indexingReadsAndWrites() {
        Tensor x = Torch.arange(0, 12, 1, DType.INT64).reshape(3, 4);
        assertEquals("tensor([ 6,  7,  8,  9, 10, 11])", x.get(Index.tensor(x.gt(5))).toString());
        assertEquals("tensor([1, 5, 9])", x.get(Index.all(), Index.at(1)).toString());
        assertEquals("tensor([[0, 1, 2, 3],\n        [8, 9, 10, 11]])".replace("[0, 1, 2, 3]", "[ 0,  1,  2,  3]")
                .replace("[8, 9, 10, 11]", "[ 8,  9, 10, 11]"), x.get(Index.tensor(ints(0, 2))).toString());
        x.set(new Index[] {Index.all(), Index.at(3)}, Torch.scalar(-1, DType.INT64));
        assertEquals(-1.0, x.at(3));
        assertEquals(-1.0, x.at(11));
    }

    @Test
    void reductionsWithDims() {
        Tensor x = Torch.tensor(List.of(List.of(1.0, 5.0, 3.0), List.of(4.0, 2.0, 6.0)));
        assertEquals("tensor([ 9., 12.])", x.sum(1, false).toString());
        ValuesIndices m = x.max(1, false);
        assertEquals("torch.return_types.max(\nvalues=tensor([5., 6.]),\nindices=tensor([1, 2]))", m.toString());
        assertEquals("tensor(3.5000)", x.mean().toString());
        assertEquals("tensor([[0.0900, 0.2447, 0.6652]])", Torch.tensor(List.of(List.of(1.0, 2.0, 3.0))).softmax(1)
                .toString());
    }

    @Test
    void autogradAccumulatesAndFollowsPyTorchRules() {
        Tensor w = Torch.randn(new CpuGenerator(3), 3).requiresGrad_(true);
        w.mul(w).sum().backward();
        Tensor first = w.grad();
        assertTrue(first.sub(w.mul(2)).abs().max().at(0) < 1e-6);
        w.mul(w).sum().backward();
        assertTrue(w.grad().sub(w.mul(4)).abs().max().at(0) < 1e-6, "gradients accumulate");
        assertError("grad can be implicitly created only for scalar outputs", () -> w.mul(2).backward());
        assertError("element 0 of tensors does not require grad and does not have a grad_fn",
                () -> Torch.ones(2).sum().backward());
        Tensor y = w.mul(w).sum();
        y.backward();
        KindlingError again = assertThrows(KindlingError.class, y::backward);
        assertTrue(again.getMessage().startsWith("Trying to backward through the graph a second time"));
        assertError("a leaf Variable that requires grad is being used in an in-place operation.", () -> w.add_(1.0));
        GradMode.withoutGrad(() -> w.sub_(w.grad().mul(0.1)));
        assertEquals("MulBackward0", w.mul(3.0).gradFn().name());
        assertTrue(w.detach().isLeaf());
    }

    @Test
    void versionCountersCatchChangedSavedTensors() {
        Tensor a = Torch.ones(2).requiresGrad_(true);
        Tensor b = a.mul(2);
        Tensor c = b.mul(b);
        b.add_(1.0);
        KindlingError e = assertThrows(KindlingError.class, () -> c.sum().backward());
        assertTrue(e.getMessage().startsWith("one of the variables needed for gradient computation has been modified"));
    }

    @Test
    void randomStreamsMatchPyTorch() {
        CpuGenerator g = new CpuGenerator().manualSeed(0);
        assertEquals("tensor([0.4963, 0.7682, 0.0885])", Torch.rand(g, 3).toString());
    }
}
