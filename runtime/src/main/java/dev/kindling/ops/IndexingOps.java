package dev.kindling.ops;

import static dev.kindling.ops.Variant.FUNCTION;
import static dev.kindling.ops.Variant.METHOD;

import java.util.ArrayList;
import java.util.List;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/** Selection by index or mask: gather, index_select, masked_fill, where, nonzero, unique. */
final class IndexingOps {
    private IndexingOps() {}

    static void declare(OpRegistry r) {
        r.op("gather(Tensor self, int dim, Tensor index, *, bool sparse_grad=False, Tensor(a!)? out=None) -> Tensor",
                a -> a.self().gather(a.index("dim"), a.tensor("index"))).variants(METHOD, FUNCTION).grad("GatherBackward0").outDtype(OutDtype.SAME)
                .doc("Elements picked along a dim by an index tensor.",
                        "torch.gather(torch.tensor([[1, 2], [3, 4]]), 1, torch.tensor([[1], [0]]))");
        r.op("index_select(Tensor self, int dim, Tensor index, *, Tensor(a!)? out=None) -> Tensor",
                a -> a.self().indexSelect(a.index("dim"), a.tensor("index"))).variants(METHOD, FUNCTION)
                .grad("IndexSelectBackward0").outDtype(OutDtype.same((result, out) -> "index_select(): self and result must have the same scalar type"))
                .doc("Slices along a dim chosen by an index tensor.",
                        "torch.index_select(torch.tensor([10, 20, 30]), 0, torch.tensor([2, 0]))");
        r.op("masked_fill(Tensor self, Tensor mask, Scalar value) -> Tensor",
                a -> a.self().maskedFill(a.tensor("mask"), a.scalar("value")))
                .overload("masked_fill(Tensor self, Tensor mask, Tensor value) -> Tensor",
                        a -> a.self().maskedFill(a.tensor("mask"), fillValue(a.tensor("value"))))
                .variants(METHOD, FUNCTION).grad("MaskedFillBackward0")
                .doc("value where mask is True.", "torch.zeros(3).masked_fill(torch.tensor([True, False, True]), 1)");
        r.op("masked_fill_(Tensor(a!) self, Tensor mask, Scalar value) -> Tensor(a!)",
                a -> a.self().maskedFill_(a.tensor("mask"), a.scalar("value")))
                .overload("masked_fill_(Tensor(a!) self, Tensor mask, Tensor value) -> Tensor(a!)",
                        a -> a.self().maskedFill_(a.tensor("mask"), fillValue(a.tensor("value"))))
                .variants(METHOD)
                .doc("In-place masked_fill.", "torch.zeros(3).masked_fill_(torch.tensor([True, False, True]), 1)");
        r.op("where(Tensor condition) -> Tensor[]", a -> a.tensor("condition").nonzero().unbind(1))
                .overload("where(Tensor condition, Tensor self, Tensor other, *, Tensor(a!)? out=None) -> Tensor",
                        a -> Torch.where(a.tensor("condition"), a.operand("self"), a.operand("other")))
                .variants(METHOD, FUNCTION).allowNumbersAsTensors().grad("WhereBackward0")
                .outDtype(OutDtype.same((result, out) -> "Expected out type to be " + result + " but got " + out))
                .doc("self where condition holds, else other.",
                        "torch.where(torch.tensor([True, False]), torch.ones(2), torch.zeros(2))");
        r.op("nonzero(Tensor self, *, bool as_tuple=False) -> Tensor", a -> {
            if (a.bool("as_tuple")) {
                throw KindlingError.notImplementedError("nonzero(as_tuple=True): use t.nonzero().unbind(1)");
            }
            return a.self().nonzero();
        }).variants(METHOD, FUNCTION)
                .doc("The indices of the non-zero elements, one row each.", "torch.nonzero(torch.tensor([0, 1, 2]))");
        r.op("unique(Tensor self, bool sorted=True, bool return_inverse=False, bool return_counts=False, int? dim=None)"
                + " -> Tensor", IndexingOps::unique).variants(METHOD, FUNCTION)
                .doc("The distinct elements, sorted; with their inverse indices and counts on request.",
                        "torch.unique(torch.tensor([3, 1, 3]))");
    }

    /** masked_fill's value tensor must be 0-d, as PyTorch requires. */
    private static double fillValue(Tensor t) {
        if (t.dim() > 0) {
            throw KindlingError.runtimeError("masked_fill_ only supports a 0-dimensional value tensor, but got tensor "
                    + "with " + t.dim() + " dimension(s).");
        }
        return t.doubleValue();
    }

    private static Object unique(OpArgs a) {
        if (!a.isNone("dim")) {
            throw KindlingError.notImplementedError("unique(dim=...): Kindling supports dim=None only");
        }
        Tensor[] r = a.self().unique();
        List<Tensor> out = new ArrayList<>(List.of(r[0]));
        if (a.bool("return_inverse")) {
            out.add(r[1]);
        }
        if (a.bool("return_counts")) {
            out.add(r[2]);
        }
        return out.size() == 1 ? r[0] : out;
    }
}
