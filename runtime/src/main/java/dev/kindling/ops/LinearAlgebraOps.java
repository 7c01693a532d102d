package dev.kindling.ops;

import static dev.kindling.ops.Variant.FUNCTION;
import static dev.kindling.ops.Variant.METHOD;

/** Products: matmul and its special cases mm, bmm, dot, outer. */
final class LinearAlgebraOps {
    private LinearAlgebraOps() {}

    static void declare(OpRegistry r) {
        r.op("matmul(Tensor self, Tensor other) -> Tensor", a -> a.self().matmul(a.tensor("other")))
                .variants(METHOD, FUNCTION).grad("MmBackward0")
                .doc("The matrix product, batched and broadcast as PyTorch's @.",
                        "torch.matmul(torch.ones(2, 3), torch.ones(3, 4))");
        r.op("mm(Tensor self, Tensor mat2) -> Tensor", a -> a.self().mm(a.tensor("mat2"))).variants(METHOD, FUNCTION)
                .grad("MmBackward0").doc("The product of two matrices.", "torch.mm(torch.ones(2, 3), torch.ones(3, 4))");
        r.op("bmm(Tensor self, Tensor mat2) -> Tensor", a -> a.self().bmm(a.tensor("mat2"))).variants(METHOD, FUNCTION)
                .grad("BmmBackward0")
                .doc("Products of matching matrices in two batches.", "torch.bmm(torch.ones(2, 2, 3), torch.ones(2, 3, 4))");
        r.op("dot(Tensor self, Tensor tensor) -> Tensor", a -> a.self().dot(a.tensor("tensor"))).variants(METHOD, FUNCTION)
                .grad("DotBackward0").doc("The dot product of two vectors.", "torch.dot(torch.ones(3), torch.ones(3))");
        r.op("outer(Tensor self, Tensor vec2) -> Tensor", a -> a.self().outer(a.tensor("vec2"))).variants(METHOD, FUNCTION)
                .grad("MulBackward0")
                .doc("The outer product of two vectors.", "torch.outer(torch.tensor([1, 2]), torch.tensor([3, 4]))");
        r.op("trace(Tensor self) -> Tensor", a -> a.self().trace()).variants(METHOD, FUNCTION).grad("TraceBackward0")
                .doc("The sum of a matrix's main diagonal.", "torch.trace(torch.tensor([[1., 2.], [3., 4.]]))");
    }
}
