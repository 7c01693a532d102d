package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.random.CpuGenerator;

/**
 * Every op of the Java DSL, one test per family: results, dtypes (PyTorch's promotion) and
 * printed text, with the expected strings recorded from PyTorch 2.x for the same expressions.
 */
class TensorOpsTest {
    private static Tensor t(Object data) {
        return Torch.tensor(data);
    }

    private static Tensor f(double... v) {
        return Torch.tensor(v);
    }

    private static Tensor l(long... v) {
        return Torch.tensor(v);
    }

    private static Tensor m23() {
        return Torch.tensor(List.of(List.of(1.0, 2.0, 3.0), List.of(4.0, 5.0, 6.0)));
    }

    private static void prints(String expected, Object value) {
        assertEquals(expected, String.valueOf(value));
    }

    private static String error(Runnable r) {
        return assertThrows(KindlingError.class, r::run).getMessage();
    }

    @Test
    void creation() {
        prints("tensor([[0., 0., 0.],\n        [0., 0., 0.]])", Torch.zeros(2, 3));
        prints("tensor([1., 1.])", Torch.ones(2));
        prints("tensor([[7, 7]])", Torch.full(new int[] {1, 2}, 7, DType.INT64));
        prints("torch.Size([2, 0])", Torch.empty(2, 0).shape());
        prints("tensor([0, 1, 2, 3, 4])", Torch.arange(0, 5, 1, DType.INT64));
        prints("tensor([0.0000, 0.5000, 1.0000, 1.5000])", Torch.arange(0, 2, 0.5, DType.FLOAT32));
        prints("tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])", Torch.linspace(0, 1, 5, DType.FLOAT32));
        prints("tensor([[1., 0., 0.],\n        [0., 1., 0.]])", Torch.eye(2, 3, DType.FLOAT32));
        Tensor x = l(1, 2);
        prints("tensor([0, 0])", Torch.zerosLike(x));
        prints("tensor([1, 1])", Torch.onesLike(x));
        prints("tensor([3, 3])", Torch.fullLike(x, 3));
        assertEquals(DType.INT64, t(List.of(1L, 2L)).dtype());
        assertEquals(DType.FLOAT32, t(List.of(1L, 2.5)).dtype());
        assertEquals(DType.BOOL, t(List.of(true, false)).dtype());
        prints("tensor(3.5000)", t(3.5));
        prints("tensor([1., 2.], dtype=torch.float64)", Torch.tensor(List.of(1L, 2L), DType.FLOAT64));
        prints("tensor([], size=(2, 0))", Torch.zeros(2, 0));
        prints("tensor([])", Torch.zeros(0));
    }

    @Test
    void randomCreation() {
        Tensor r = Torch.rand(new CpuGenerator(0), 1000);
        assertTrue((Double) r.min().item() >= 0 && (Double) r.max().item() < 1);
        // torch.manual_seed(0); torch.rand(3) and torch.randn(3)
        prints("tensor([0.4963, 0.7682, 0.0885])", Torch.rand(new CpuGenerator(0), 3));
        prints("tensor([ 1.5410, -0.2934, -2.1788])", Torch.randn(new CpuGenerator(0), 3));
        Tensor ri = Torch.randint(new CpuGenerator(0), 0, 10, new int[] {50}, DType.INT64);
        assertEquals(DType.INT64, ri.dtype());
        assertTrue((Long) ri.min().item() >= 0 && (Long) ri.max().item() < 10);
        prints("tensor([0, 1, 2, 3, 4, 5])", Torch.randperm(new CpuGenerator(0), 6, DType.INT64).sort(0, false).values());
        Tensor n = Torch.normal(new CpuGenerator(0), new int[] {4000}, DType.FLOAT64, 5, 2);
        assertEquals(5, (Double) n.mean().item(), 0.15);
    }

    @Test
    void arithmeticWithBroadcasting() {
        Tensor a = m23();
        Tensor b = f(10, 20, 30);
        prints("tensor([[11., 22., 33.],\n        [14., 25., 36.]])", a.add(b));
        prints("tensor([[ -9., -18., -27.],\n        [ -6., -15., -24.]])", a.sub(b));
        prints("tensor([[ 2.,  4.,  6.],\n        [ 8., 10., 12.]])", a.mul(2));
        prints("tensor([[0.5000, 1.0000, 1.5000],\n        [2.0000, 2.5000, 3.0000]])", a.div(2));
        prints("tensor([[0., 1., 1.],\n        [2., 2., 3.]])", a.floorDivide(2));
        prints("tensor([[1., 0., 1.],\n        [0., 1., 0.]])", a.remainder(2));
        prints("tensor([[ 1.,  4.,  9.],\n        [16., 25., 36.]])", a.pow(2));
        prints("tensor([[-1., -2., -3.],\n        [-4., -5., -6.]])", a.neg());
        prints("tensor([3., 5.])", f(1, 2).add(f(1, 1.5), 2));
        prints("tensor([1, 1])", l(-3, 3).remainder(2));
        prints("tensor([-2,  1])", l(-3, 3).floorDivide(2));
        // reflected operators: the interpreter wraps the Python number, 2 - x
        prints("tensor([1., 0.])", Torch.asTensor(2.0).sub(f(1, 2)));
    }

    @Test
    void typePromotion() {
        assertEquals(DType.FLOAT32, l(1, 2).div(2).dtype());
        prints("tensor([0.5000, 1.0000])", l(1, 2).div(2));
        assertEquals(DType.FLOAT32, l(1, 2).add(0.5).dtype());
        assertEquals(DType.INT64, l(1, 2).add(1).dtype());
        assertEquals(DType.INT64, l(1, 2).mul(Torch.asTensor(true)).dtype());
        assertEquals(DType.BOOL, l(1, 2).lt(2).dtype());
        assertEquals(DType.INT64, l(1, 2).sum().dtype());
        assertEquals(DType.INT64, t(List.of(true, true)).sum().dtype());
        assertEquals(DType.FLOAT64, f(1).to(DType.FLOAT64).add(f(1)).dtype());
        assertEquals(DType.FLOAT32, f(1).add(Torch.scalar(1, DType.FLOAT64)).dtype(), "0-dim does not promote");
        assertEquals(DType.INT64, Torch.tensor(new int[] {1}, DType.INT32).add(l(1)).dtype());
        assertEquals(DType.INT32, Torch.tensor(new int[] {1}, DType.INT32).add(5).dtype());
        assertEquals(DType.FLOAT32, l(1, 2).sqrt().dtype());
        assertEquals(DType.FLOAT32, l(4).pow(0.5).dtype());
        assertEquals(DType.INT64, l(4).pow(2).dtype());
        prints("tensor([16])", l(4).pow(2));
    }

    @Test
    void float32RoundsLikePyTorch() {
        assertEquals(0.30000001192092896, (Double) f(0.1).add(0.2).item(), 0);
        assertEquals((double) (1.0f / 3.0f), (Double) f(1).div(3).item(), 0);
    }

    @Test
    void unaryMath() {
        Tensor x = f(-1.5, 0, 2.25);
        prints("tensor([1.5000, 0.0000, 2.2500])", x.abs());
        prints("tensor([1.0000, 1.4142])", f(1, 2).sqrt());
        prints("tensor([1.0000, 2.7183])", f(0, 1).exp());
        prints("tensor([0.0000, 0.6931])", f(1, 2).log());
        prints("tensor([0.0000, 0.6931])", f(0, 1).log1p());
        prints("tensor([0.0000, 0.8415])", f(0, 1).sin());
        prints("tensor([1.0000, 0.5403])", f(0, 1).cos());
        prints("tensor([0.0000, 0.7616])", f(0, 1).tanh());
        prints("tensor([0.5000, 0.7311])", f(0, 1).sigmoid());
        prints("tensor([0.0000, 0.0000, 2.2500])", x.relu());
        prints("tensor([-1.,  0.,  1.])", x.clamp(-1.0, 1.0));
        prints("tensor([-1.5000,  0.0000,  1.0000])", x.clamp(null, 1.0));
        prints("tensor([-2.,  0.,  2.])", x.floor());
        prints("tensor([-1.,  0.,  3.])", x.ceil());
        prints("tensor([-1.,  0.,  1.])", x.sign());
        prints("tensor([-2.,  0.,  2.])", x.round());
        prints("tensor([1.2300, 2.5700])", f(1.234, 2.567).round(2));
        prints("tensor([2., 2.])", f(1, 2).maximum(f(2, 1)));
        prints("tensor([1., 1.])", f(1, 2).minimum(f(2, 1)));
        prints("tensor([1., 0.])", Torch.where(t(List.of(true, false)), f(1, 1), 0.0));
    }

    @Test
    void inPlace() {
        Tensor x = f(1, 2);
        int v = x.version();
        x.add_(1).mul_(2).sub_(1).div_(2);
        prints("tensor([1.5000, 2.5000])", x);
        assertTrue(x.version() > v);
        prints("tensor([1., 1.])", x.clamp_(0.0, 1.0));
        prints("tensor([0., 0.])", x.zero_());
        prints("tensor([4., 4.])", x.fill_(4));
        prints("tensor([7., 8.])", x.copy_(f(7, 8)));
        prints("tensor([7, 8])", l(0, 0).copy_(f(7.9, 8.2)));
    }

    @Test
    void comparisonsAndLogic() {
        Tensor a = f(1, 2, 3);
        prints("tensor([False,  True, False])", a.eq(2));
        prints("tensor([ True, False,  True])", a.ne(2));
        prints("tensor([ True, False, False])", a.lt(2));
        prints("tensor([ True,  True, False])", a.le(2));
        prints("tensor([False, False,  True])", a.gt(2));
        prints("tensor([False,  True,  True])", a.ge(2));
        Tensor p = t(List.of(true, true, false));
        Tensor q = t(List.of(true, false, false));
        prints("tensor([ True, False, False])", p.bitwiseAnd(q));
        prints("tensor([ True,  True, False])", p.bitwiseOr(q));
        prints("tensor([False, False,  True])", p.bitwiseNot());
        prints("tensor([ True, False, False])", p.logicalAnd(q));
        prints("tensor([ True,  True, False])", p.logicalOr(q));
        prints("tensor([False, False,  True])", p.logicalNot());
        prints("tensor(True)", p.any());
        prints("tensor(False)", p.all());
        prints("tensor([1, 0])", l(3, 4).bitwiseAnd(1));
    }

    @Test
    void reductions() {
        Tensor a = m23();
        prints("tensor(21.)", a.sum());
        prints("tensor([5., 7., 9.])", a.sum(0, false));
        prints("tensor([[ 6.],\n        [15.]])", a.sum(1, true));
        prints("tensor(21.)", a.sum(new int[] {0, 1}, false));
        prints("tensor(3.5000)", a.mean());
        prints("tensor([2., 5.])", a.mean(new int[] {1}, false));
        prints("tensor(720.)", a.prod());
        prints("tensor([ 4., 10., 18.])", a.prod(0, false));
        prints("tensor(6.)", a.max());
        prints("tensor(1.)", a.min());
        prints("torch.return_types.max(\nvalues=tensor([3., 6.]),\nindices=tensor([2, 2]))", a.max(1, false));
        prints("torch.return_types.min(\nvalues=tensor([[1., 2., 3.]]),\nindices=tensor([[0, 0, 0]]))", a.min(0, true));
        prints("tensor(5)", a.argmax());
        prints("tensor([0, 0])", a.argmin(1, false));
        prints("tensor([2, 2])", a.argmax(1, false));
        prints("tensor(1.8708)", a.std(null, true, false));
        prints("tensor([1., 1.])", a.var(new int[] {1}, true, false));
        prints("tensor(9.5394)", a.norm());
        prints("tensor([[0.0900, 0.2447, 0.6652],\n        [0.0900, 0.2447, 0.6652]])", a.softmax(1));
        prints("tensor([-2.4076, -1.4076, -0.4076])", f(1, 2, 3).logSoftmax(0));
        prints("tensor([ 1.,  3.,  6., 10.])", f(1, 2, 3, 4).cumsum(0));
        prints("torch.return_types.sort(\nvalues=tensor([3., 2., 1.]),\nindices=tensor([1, 2, 0]))",
                f(1, 3, 2).sort(0, true));
        prints("torch.return_types.topk(\nvalues=tensor([5., 4.]),\nindices=tensor([1, 3]))", f(1, 5, 2, 4).topk(2, 0, true));
        prints("tensor(10)", l(1, 2, 3, 4).sum());
        prints("tensor(2.5000)", l(1, 2, 3, 4).to(DType.FLOAT32).mean());
    }

    @Test
    void shapes() {
        Tensor a = Torch.arange(0, 6, 1, DType.FLOAT32);
        Tensor v = a.view(2, 3);
        prints("torch.Size([2, 3])", v.shape());
        assertEquals(new Size(2, 3), v.size());
        assertEquals(3, v.size(-1));
        assertEquals(2, v.dim());
        assertEquals(6, v.numel());
        prints("torch.Size([3, 2])", a.reshape(-1, 2).shape());
        prints("torch.Size([6])", v.flatten().shape());
        prints("torch.Size([3])", a.view(1, 3, 2).sum(2, false).squeeze().shape());
        prints("torch.Size([1, 3, 2])", a.view(1, 3, 2).squeeze(1).shape());
        prints("torch.Size([2, 1, 3])", v.unsqueeze(1).shape());
        prints("tensor([[0., 3.],\n        [1., 4.],\n        [2., 5.]])", v.transpose(0, 1));
        prints("tensor([[0., 3.],\n        [1., 4.],\n        [2., 5.]])", v.t());
        prints("torch.Size([3, 2, 1])", v.unsqueeze(2).permute(1, 0, 2).shape());
        prints("tensor([[1., 2.],\n        [1., 2.]])", f(1, 2).expand(2, 2));
        prints("tensor([[1., 2., 1., 2.]])", f(1, 2).repeat(1, 2));
        assertTrue(v.isContiguous());
        assertTrue(v.t().contiguous().isContiguous());
        prints("tensor([3, 2, 1])", l(1, 2, 3).flip(0));
        prints("tensor([1., 2., 3., 4.])", Torch.cat(List.of(f(1, 2), f(3, 4)), 0));
        prints("tensor([[1., 2.],\n        [3., 4.]])", Torch.stack(List.of(f(1, 2), f(3, 4)), 0));
        List<Tensor> parts = a.split(4, 0);
        assertEquals(2, parts.size());
        prints("tensor([4., 5.])", parts.get(1));
        assertEquals(3, a.chunk(3, 0).size());
        prints("tensor([2., 3.])", a.chunk(3, 0).get(1));
    }

    @Test
    void layoutFollowsPyTorch() {
        Tensor x = Torch.ones(2, 3).requiresGrad_(true);
        assertTrue(x.isContiguous());
        assertEquals("[1, 3]", java.util.Arrays.toString(x.t().stride()));
        assertEquals(false, x.t().isContiguous());
        assertEquals("[0, 3, 1]", java.util.Arrays.toString(x.expand(2, 2, 3).stride()));
        assertEquals("[3, 3, 1]", java.util.Arrays.toString(x.unsqueeze(1).stride()));
        assertEquals("[3, 1, 3]", java.util.Arrays.toString(x.t().unsqueeze(0).stride()));
        assertTrue(x.t().contiguous().isContiguous());
        assertEquals("CloneBackward0", x.t().contiguous().gradFn().name());
        assertEquals("UnsafeViewBackward0", x.t().reshape(6).gradFn().name());
        assertEquals("ViewBackward0", x.reshape(6).gradFn().name());
        assertEquals("UnsafeViewBackward0", x.t().flatten().gradFn().name());
        assertEquals("view size is not compatible with input tensor's size and stride (at least one dimension spans "
                + "across two contiguous subspaces). Use .reshape(...) instead.", error(() -> x.t().view(6)));
        assertTrue(Torch.ones(3, 1).t().isContiguous());
        prints("torch.Size([3])", Torch.ones(3, 1).t().view(3).shape());
        prints("torch.Size([3, 2, 1])", Torch.ones(2, 3).t().view(3, 2, 1).shape());
        Tensor m = Torch.arange(6).view(2, 3);
        prints("tensor([0, 3, 1, 4, 2, 5])", m.t().reshape(-1));
        prints("tensor([0, 3, 1, 4, 2, 5])", m.t().contiguous().view(-1));
        Tensor x2 = Torch.ones(2, 3).requiresGrad_(true);
        x2.t().reshape(6).mul(Torch.arange(6).to(DType.FLOAT32)).sum().backward();
        prints("tensor([[0., 2., 4.],\n        [1., 3., 5.]])", x2.grad());
    }

    @Test
    void matmulRules() {
        Tensor a = m23();
        Tensor b = Torch.ones(3, 2);
        prints("tensor([[ 6.,  6.],\n        [15., 15.]])", a.matmul(b));
        prints("tensor([[ 6.,  6.],\n        [15., 15.]])", a.mm(b));
        prints("tensor(14.)", f(1, 2, 3).dot(f(1, 2, 3)));
        prints("tensor(14.)", f(1, 2, 3).matmul(f(1, 2, 3)));
        prints("tensor([ 6., 15.])", a.matmul(f(1, 1, 1)));
        prints("tensor([5., 7., 9.])", f(1, 1).matmul(a));
        prints("torch.Size([4, 2, 2])", Torch.ones(4, 2, 3).matmul(Torch.ones(3, 2)).shape());
        prints("torch.Size([4, 2, 5])", Torch.ones(4, 2, 3).matmul(Torch.ones(4, 3, 5)).shape());
        prints("torch.Size([4, 2])", Torch.ones(4, 2, 3).matmul(Torch.ones(3)).shape());
    }

    @Test
    void indexing() {
        Tensor a = Torch.arange(0, 12, 1, DType.INT64).view(3, 4);
        prints("tensor([[ 0,  1,  2,  3],\n        [ 4,  5,  6,  7],\n        [ 8,  9, 10, 11]])", a);
        prints("tensor([4, 5, 6, 7])", a.get(Index.at(1)));
        prints("tensor([ 8,  9, 10, 11])", a.get(Index.at(-1)));
        prints("tensor(6)", a.get(Index.at(1), Index.at(2)));
        prints("tensor([[ 0,  2],\n        [ 8, 10]])", a.get(Index.slice(null, null, 2L), Index.slice(null, null, 2L)));
        prints("torch.Size([1, 3, 4])", a.get(Index.newAxis()).shape());
        prints("tensor([ 3,  7, 11])", a.get(Index.ellipsis(), Index.at(-1)));
        prints("tensor([ 6,  7,  8,  9, 10, 11])", a.get(Index.tensor(a.gt(5))));
        prints("tensor([[ 8,  9, 10, 11],\n        [ 0,  1,  2,  3]])", a.get(Index.tensor(l(2, 0))));
        prints("tensor([0, 1, 2, 3])", a.select(0));
    }

    @Test
    void severalIndexTensorsSelectElementwise() {
        Tensor a = Torch.arange(0, 12, 1, DType.INT64).view(3, 4);
        prints("tensor([1, 6])", a.get(Index.tensor(l(0, 1)), Index.tensor(l(1, 2))));
        Tensor x = Torch.arange(0, 24, 1, DType.INT64).view(2, 3, 4);
        prints("tensor([[ 0,  4,  8],\n        [15, 19, 23]])", x.get(Index.tensor(l(0, 1)), Index.all(), Index.tensor(l(0, 3))));
        prints("tensor([[ 1, 11],\n        [13, 23]])", x.get(Index.all(), Index.tensor(l(0, 2)), Index.tensor(l(1, 3))));
        prints("tensor([[ 1,  2],\n        [13, 14]])",
                x.get(Index.tensor(l(0, 1).view(2, 1)), Index.at(0), Index.tensor(l(1, 2))));
        Tensor c = a.clone();
        c.set(new Index[] {Index.tensor(l(0, 2)), Index.tensor(l(1, 3))}, l(-1, -2));
        prints("tensor([[ 0, -1,  2,  3],\n        [ 4,  5,  6,  7],\n        [ 8,  9, 10, -2]])", c);
        assertEquals("shape mismatch: indexing tensors could not be broadcast together with shapes [2], [3]",
                error(() -> a.get(Index.tensor(l(0, 1)), Index.tensor(l(0, 1, 2)))));
    }

    @Test
    void assignment() {
        Tensor b = Torch.arange(0, 12, 1, DType.INT64).view(3, 4).clone();
        b.set(new Index[] {Index.at(0)}, Torch.scalar(-1, DType.INT64));
        prints("tensor([-1, -1, -1, -1])", b.get(Index.at(0)));
        b.set(new Index[] {Index.tensor(b.gt(9))}, Torch.scalar(0, DType.INT64));
        prints("tensor([8, 9, 0, 0])", b.get(Index.at(2)));
        b.set(new Index[] {Index.all(), Index.at(1)}, l(100, 200, 300));
        prints("tensor([100, 200, 300])", b.get(Index.all(), Index.at(1)));
        b.set(new Index[] {Index.slice(1L, null, null)}, l(1, 2, 3, 4));
        prints("tensor([[1, 2, 3, 4],\n        [1, 2, 3, 4]])", b.get(Index.slice(1L, null, null)));
    }

    @Test
    void conversions() {
        assertEquals(3.5, f(3.5).item());
        assertEquals(3L, l(3).item());
        assertEquals(Boolean.TRUE, t(List.of(true)).item());
        assertEquals(List.of(List.of(1L, 2L), List.of(3L, 4L)), l(1, 2, 3, 4).view(2, 2).tolist());
        assertEquals(List.of(1.5, 2.0), f(1.5, 2).tolist());
        prints("tensor([1, 2], dtype=torch.int32)", f(1.7, 2.2).to(DType.INT32));
        prints("tensor([1., 2.], dtype=torch.float64)", l(1, 2).to(DType.FLOAT64));
        prints("tensor([ True, False])", l(3, 0).to(DType.BOOL));
        Tensor c = f(1, 2);
        c.clone().add_(1);
        prints("tensor([1., 2.])", c);
    }

    @Test
    void devicesAndDefaultGenerator() {
        assertEquals("cpu", Torch.ones(2).device().toString());
        assertEquals("device(type='cuda', index=0)", Device.of("cuda:0").repr());
        assertEquals(false, Device.cudaAvailable());
        Tensor x = Torch.ones(2);
        assertTrue(x.to("cpu") == x);
        KindlingError e = assertThrows(KindlingError.class, () -> x.to("cuda"));
        assertEquals("Torch not compiled with CUDA enabled", e.getMessage());
        assertEquals(dev.kindling.errors.ErrorType.ASSERTION_ERROR, e.type());
        Torch.manualSeed(0);
        prints("tensor([0.4963, 0.7682, 0.0885])", Torch.rand(3));
        Torch.manualSeed(0);
        prints("tensor([ 1.5410, -0.2934, -2.1788])", Torch.randn(3));
        prints("tensor([0, 1, 2])", Torch.arange(3));
        prints("tensor([2, 3])", Torch.arange(2, 4));
        prints("tensor([2.5000, 2.5000])", Torch.full(new int[] {2}, 2.5));
        assertEquals(5, Torch.randperm(5).numel());
        assertEquals(DType.INT64, Torch.randint(0, 3, 4).dtype());
        assertEquals(DType.FLOAT32, Torch.normal(0, 1, 4).dtype());
    }

    @Test
    void edgeValuesMatchPyTorch() {
        prints("tensor([0., 0.])", f(Double.NaN, -0.0).sign());
        prints("tensor([-0.])", f(-0.0).relu());
        prints("tensor([nan])", f(Double.NaN).relu());
        prints("tensor(5.)", f(3, 4).norm());
        assertEquals("linalg.vector_norm: Expected a floating point or complex tensor as input. Got Long",
                error(() -> l(3, 4).norm()));
        prints("tensor([inf, -inf, nan])", f(1, -1, 0).div(0));
        prints("tensor([0.5000, 1.5000])", f(-3.5, 3.5).remainder(2));
        prints("tensor([nan, 2.])", f(-8, 4).pow(0.5));
        prints("tensor(0.)", Torch.zeros(0).sum());
        prints("tensor(nan)", Torch.zeros(0).mean());
        prints("tensor(1)", f(1, 3, 3).argmax());
        prints("tensor([-0., 0., 2., 2.])", f(-0.5, 0.5, 1.5, 2.5).round());
        prints("tensor([ True, False])", f(1, 2).eq(l(1, 3)));
        prints("tensor([-4, -4])", l(-7, 7).floorDivide(l(2, -2)));
        prints("tensor([ 1, -1])", l(-7, 7).remainder(l(2, -2)));
    }

    @Test
    void float32SoftmaxOverAnInnerDimRoundsAsATen() {
        // PyTorch 2.13: torch.arange(24.).view(2, 3, 4).softmax(0).sum(0) is not exactly 1 in float32.
        Tensor x = Torch.arange(0.0, 24.0, 1.0, DType.FLOAT32).view(2, 3, 4);
        prints("tensor([[1.0000, 1.0000, 1.0000, 1.0000],\n        [1.0000, 1.0000, 1.0000, 1.0000],\n"
                + "        [1.0000, 1.0000, 1.0000, 1.0000]])", x.softmax(0).sum(0, false));
        assertEquals(6.144174e-06f, (float) x.softmax(0).at(0));
    }

    @Test
    void pythonConversionsAndJavaArrays() {
        assertEquals(-2L, f(-2.7).longValue());
        assertEquals(2.5, f(2.5).doubleValue());
        assertEquals(false, f(0).booleanValue());
        assertEquals(true, l(3).booleanValue());
        assertEquals("only one element tensors can be converted to Python scalars", error(() -> Torch.ones(2).doubleValue()));
        assertEquals("Boolean value of Tensor with more than one value is ambiguous", error(() -> Torch.ones(2).booleanValue()));
        assertEquals("Boolean value of Tensor with no values is ambiguous", error(() -> Torch.ones(0).booleanValue()));
        prints("tensor([1.5000, 2.0000])", Torch.tensor(new float[] {1.5f, 2f}));
        prints("tensor([ True, False])", Torch.tensor(new boolean[] {true, false}));
        prints("tensor([[1, 2],\n        [3, 4]])", Torch.tensor(new long[][] {{1, 2}, {3, 4}}));
    }

    @Test
    void errorsUsePyTorchWording() {
        assertEquals("The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1",
                error(() -> Torch.ones(2, 3).add(Torch.ones(2, 4))));
        assertEquals("mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)",
                error(() -> Torch.ones(2, 3).mm(Torch.ones(2, 3))));
        assertEquals("shape '[4, 2]' is invalid for input of size 6", error(() -> Torch.ones(6).view(4, 2)));
        assertEquals("a Tensor with 2 elements cannot be converted to Scalar", error(() -> Torch.ones(2).item()));
        assertEquals("index 5 is out of bounds for dimension 0 with size 3", error(() -> Torch.ones(3).get(Index.at(5))));
    }

    @Test
    void allocationCapAndOverflow() {
        String message = error(() -> Torch.zeros(1 << 20, 1 << 20));
        assertTrue(message.contains("bytes"), message);
        String overflow = error(() -> Torch.zeros(1 << 30, 1 << 30, 1 << 30));
        assertTrue(overflow.contains("overflow"), overflow);
    }
}
