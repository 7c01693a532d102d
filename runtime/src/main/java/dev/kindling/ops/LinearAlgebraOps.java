package dev.kindling.ops;

import static dev.kindling.ops.Variant.FUNCTION;
import static dev.kindling.ops.Variant.METHOD;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.Tensor;

/** Products: matmul and its special cases mm, bmm, dot, outer. */
final class LinearAlgebraOps {
    /** dot's out= must have the inputs' dtype. */
    private static final OutDtype DOT_DTYPE = OutDtype.same((input, out) -> "result dtype " + out
            + " does not match input dtype " + input);

    private LinearAlgebraOps() {}

    /** matmul's out= has the dtype of the product it dispatches to: dot, addmv or mm, each with its own words. */
    private static KindlingError matmulOutDtype(Tensor result, Tensor out, OpArgs args) {
        int selfDims = args.self().dim();
        int otherDims = args.tensor("other").dim();
        if (selfDims == 1 && otherDims == 1) {
            return DOT_DTYPE.refusal(result, out, args);
        }
        if (selfDims <= 2 && otherDims <= 2 && (selfDims == 1 || otherDims == 1) && result.dtype() != out.dtype()) {
            String in = OutDtype.typeName(result.dtype());
            return KindlingError.runtimeError("addmv input tensors must have the same dtype, but got "
                    + OutDtype.typeName(out.dtype()) + ", " + in + ", and " + in);
        }
        return OutDtype.SAME.refusal(result, out, args);
    }

    static void declare(OpRegistry r) {
        r.op("matmul(Tensor self, Tensor other, *, Tensor(a!)? out=None) -> Tensor", a -> a.self().matmul(a.tensor("other")))
                .variants(METHOD, FUNCTION).grad("MmBackward0").outDtype(LinearAlgebraOps::matmulOutDtype)
                .doc("The matrix product, batched and broadcast as PyTorch's @.",
                        "torch.matmul(torch.ones(2, 3), torch.ones(3, 4))");
        r.op("mm(Tensor self, Tensor mat2, *, Tensor(a!)? out=None) -> Tensor", a -> a.self().mm(a.tensor("mat2"))).variants(METHOD, FUNCTION)
                .outDtype(OutDtype.SAME)
                .grad("MmBackward0").doc("The product of two matrices.", "torch.mm(torch.ones(2, 3), torch.ones(3, 4))");
        r.op("bmm(Tensor self, Tensor mat2, *, Tensor(a!)? out=None) -> Tensor", a -> a.self().bmm(a.tensor("mat2"))).variants(METHOD, FUNCTION)
                .outDtype(OutDtype.SAME)
                .grad("BmmBackward0")
                .doc("Products of matching matrices in two batches.", "torch.bmm(torch.ones(2, 2, 3), torch.ones(2, 3, 4))");
        r.op("dot(Tensor self, Tensor tensor, *, Tensor(a!)? out=None) -> Tensor", a -> a.self().dot(a.tensor("tensor"))).variants(METHOD, FUNCTION)
                .outDtype(DOT_DTYPE)
                .grad("DotBackward0").doc("The dot product of two vectors.", "torch.dot(torch.ones(3), torch.ones(3))");
        r.op("outer(Tensor self, Tensor vec2, *, Tensor(a!)? out=None) -> Tensor", a -> a.self().outer(a.tensor("vec2"))).variants(METHOD, FUNCTION)
                .grad("MulBackward0")
                .doc("The outer product of two vectors.", "torch.outer(torch.tensor([1, 2]), torch.tensor([3, 4]))");
        r.op("trace(Tensor self) -> Tensor", a -> a.self().trace()).variants(METHOD, FUNCTION).grad("TraceBackward0")
                .doc("The sum of a matrix's main diagonal.", "torch.trace(torch.tensor([[1., 2.], [3., 4.]]))");
    }
}
