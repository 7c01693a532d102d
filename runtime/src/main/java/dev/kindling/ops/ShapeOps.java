package dev.kindling.ops;

import static dev.kindling.ops.Variant.FUNCTION;
import static dev.kindling.ops.Variant.METHOD;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.Torch;

/** Views and rearrangements: view, reshape, flatten, squeeze, transpose, permute, expand, split, cat... */
final class ShapeOps {
    /** cat's out= (and so stack's, hstack's, vstack's) takes the dtypes the inputs cast to, else cat's TypeError. */
    private static final OutDtype JOINED_DTYPE = (result, out, args) -> OutDtype.castable(result.dtype(), out.dtype())
            ? null : KindlingError.typeError("torch.cat(): input types can't be cast to the desired output type "
                    + OutDtype.typeName(out.dtype()));

    private ShapeOps() {}

    static void declare(OpRegistry r) {
        views(r);
        dims(r);
        pieces(r);
        joins(r);
    }

    private static void views(OpRegistry r) {
        r.op("numel(Tensor self) -> int", a -> (long) a.self().numel()).variants(METHOD, FUNCTION)
                .doc("How many elements the tensor has.", "torch.numel(torch.zeros(2, 3))");
        r.op("view(Tensor(a) self, ScalarType dtype) -> Tensor(a)", a -> a.self().to(a.dtype("dtype")))
                .overload("view(Tensor(a) self, int[] size) -> Tensor(a)",
                        a -> a.self().view(a.viewShape("size", a.self().numel())))
                .variants(METHOD).grad("ViewBackward0")
                .doc("The same elements with a new shape (-1 infers one size).", "torch.arange(6).view(2, 3)");
        r.op("reshape(Tensor(a) self, int[] shape) -> Tensor(a)", a -> a.self().reshape(a.viewShape("shape", a.self().numel())))
                .variants(METHOD, FUNCTION).grad("ViewBackward0")
                .doc("The same elements with a new shape, copied if need be.", "torch.reshape(torch.arange(6), (3, 2))");
        r.op("view_as(Tensor(a) self, Tensor other) -> Tensor(a)",
                a -> a.self().view(a.tensor("other").shape().toArray())).variants(METHOD)
                .doc("view to other's shape.", "torch.arange(4).view_as(torch.zeros(2, 2))");
        r.op("reshape_as(Tensor(a) self, Tensor other) -> Tensor(a)",
                a -> a.self().reshape(a.tensor("other").shape().toArray())).variants(METHOD)
                .doc("reshape to other's shape.", "torch.arange(4).reshape_as(torch.zeros(2, 2))");
        r.op("expand(Tensor(a) self, int[] size, *, bool implicit=False) -> Tensor(a)",
                a -> a.self().expand(a.ints("size"))).variants(METHOD).grad("ExpandBackward0")
                .doc("Repeats size-1 dims without copying (-1 keeps a size).", "torch.tensor([[1], [2]]).expand(2, 3)");
        r.op("expand_as(Tensor(a) self, Tensor other) -> Tensor(a)",
                a -> a.self().expand(a.tensor("other").shape().toArray())).variants(METHOD)
                .doc("expand to other's shape.", "torch.tensor([[1], [2]]).expand_as(torch.zeros(2, 3))");
        r.op("flatten(Tensor(a) self, int start_dim=0, int end_dim=-1) -> Tensor(a)",
                a -> a.self().flatten(a.index("start_dim"), a.index("end_dim"))).variants(METHOD, FUNCTION)
                .doc("Dims start_dim..end_dim merged into one.", "torch.flatten(torch.zeros(2, 3, 4), 1)");
        r.op("contiguous(Tensor(a) self) -> Tensor(a)", a -> a.self().contiguous()).variants(METHOD)
                .doc("The tensor with row-major strides.", "torch.zeros(2, 3).t().contiguous()");
        r.op("clone(Tensor self) -> Tensor", a -> a.self().clone()).variants(METHOD, FUNCTION).grad("CloneBackward0")
                .doc("A copy that autograd tracks.", "torch.clone(torch.ones(2))");
        r.op("detach(Tensor(a) self) -> Tensor(a)", a -> a.self().detach()).variants(METHOD, FUNCTION)
                .doc("The same data without autograd history.", "torch.ones(2, requires_grad=True).detach()");
        r.op("type_as(Tensor self, Tensor other) -> Tensor", a -> a.self().to(a.tensor("other").dtype()))
                .variants(METHOD).doc("Converted to other's dtype.", "torch.tensor([1, 2]).type_as(torch.zeros(1))");
    }

    private static void dims(OpRegistry r) {
        r.op("squeeze(Tensor(a) self) -> Tensor(a)", a -> a.self().squeeze())
                .overload("squeeze(Tensor(a) self, int dim) -> Tensor(a)", a -> a.self().squeeze(a.index("dim")))
                .variants(METHOD, FUNCTION).grad("SqueezeBackward0")
                .doc("Size-1 dims removed (all, or one).", "torch.squeeze(torch.zeros(1, 2, 1))");
        r.op("unsqueeze(Tensor(a) self, int dim) -> Tensor(a)", a -> a.self().unsqueeze(a.index("dim")))
                .variants(METHOD, FUNCTION).grad("UnsqueezeBackward0")
                .doc("A size-1 dim inserted at dim.", "torch.unsqueeze(torch.tensor([1, 2]), 0)");
        r.op("transpose(Tensor(a) self, int dim0, int dim1) -> Tensor(a)",
                a -> a.self().transpose(a.index("dim0"), a.index("dim1"))).variants(METHOD, FUNCTION)
                .grad("TransposeBackward0")
                .doc("Two dims swapped.", "torch.transpose(torch.zeros(2, 3), 0, 1)");
        r.op("t(Tensor(a) self) -> Tensor(a)", a -> a.self().t()).variants(METHOD, FUNCTION).grad("TBackward0")
                .doc("A matrix transposed (1-D and 0-D unchanged).", "torch.t(torch.zeros(2, 3))");
        r.op("permute(Tensor(a) self, int[] dims) -> Tensor(a)", a -> a.self().permute(a.ints("dims")))
                .variants(METHOD, FUNCTION).grad("PermuteBackward0")
                .doc("Dims reordered.", "torch.permute(torch.zeros(2, 3, 4), (2, 0, 1))");
        r.op("repeat(Tensor self, int[] repeats) -> Tensor", a -> a.self().repeat(a.ints("repeats")))
                .variants(METHOD).grad("RepeatBackward0")
                .doc("The tensor tiled along each dim.", "torch.tensor([1, 2]).repeat(2)");
        r.op("flip(Tensor self, int[] dims) -> Tensor", a -> a.self().flip(a.ints("dims")))
                .variants(METHOD, FUNCTION).grad("FlipBackward0")
                .doc("Elements reversed along dims.", "torch.flip(torch.tensor([1, 2, 3]), [0])");
        r.op("roll(Tensor self, int[1] shifts, int[1] dims=[]) -> Tensor",
                a -> a.self().roll(a.ints("shifts"), a.ints("dims").length == 0 ? null : a.ints("dims")))
                .variants(METHOD, FUNCTION).grad("RollBackward0")
                .doc("Elements shifted cyclically along dims.", "torch.roll(torch.tensor([1, 2, 3]), 1)");
        r.op("tril(Tensor self, int diagonal=0, *, Tensor(a!)? out=None) -> Tensor", a -> a.self().tril(a.index("diagonal"))).outDtype(OutDtype.SAME)
                .variants(METHOD, FUNCTION).grad("TrilBackward0")
                .doc("The lower triangle, the rest zero.", "torch.tril(torch.ones(3, 3))");
        r.op("triu(Tensor self, int diagonal=0, *, Tensor(a!)? out=None) -> Tensor", a -> a.self().triu(a.index("diagonal"))).outDtype(OutDtype.SAME)
                .variants(METHOD, FUNCTION).grad("TriuBackward0")
                .doc("The upper triangle, the rest zero.", "torch.triu(torch.ones(3, 3))");
        r.op("diag(Tensor self, int diagonal=0, *, Tensor(a!)? out=None) -> Tensor", a -> a.self().diag(a.index("diagonal"))).outDtype(OutDtype.SAME)
                .variants(METHOD, FUNCTION).grad("DiagEmbedBackward0")
                .doc("A vector's diagonal matrix, or a matrix's diagonal.", "torch.diag(torch.tensor([1, 2]))");
    }

    private static void pieces(OpRegistry r) {
        r.op("split(Tensor(a) self, int split_size, int dim=0) -> Tensor(a)[]",
                a -> a.self().split(a.index("split_size"), a.index("dim"))).variants(METHOD, FUNCTION)
                .doc("Pieces of split_size along a dim.", "torch.split(torch.arange(5), 2)");
        r.op("chunk(Tensor(a) self, int chunks, int dim=0) -> Tensor(a)[]",
                a -> a.self().chunk(a.index("chunks"), a.index("dim"))).variants(METHOD, FUNCTION)
                .doc("At most chunks pieces along a dim.", "torch.chunk(torch.arange(5), 2)");
        r.op("unbind(Tensor(a) self, int dim=0) -> Tensor(a)[]", a -> a.self().unbind(a.index("dim")))
                .variants(METHOD, FUNCTION)
                .doc("The slices along a dim, as a tuple.", "torch.unbind(torch.tensor([[1, 2], [3, 4]]))");
        r.op("narrow(Tensor(a) self, int dim, int start, int length) -> Tensor(a)",
                a -> a.self().narrow(a.index("dim"), a.index("start"), a.index("length"))).variants(METHOD, FUNCTION)
                .doc("length elements from start along a dim.", "torch.narrow(torch.arange(5), 0, 1, 2)");
        r.op("select(Tensor(a) self, int dim, int index) -> Tensor(a)",
                a -> a.self().select(a.index("dim"), a.index("index"))).variants(METHOD, FUNCTION)
                .grad("SelectBackward0")
                .doc("The slice at index along a dim, that dim removed: x.select(1, 2) is x[:, 2].",
                        "torch.arange(6).view(2, 3).select(1, 2)");
        r.op("diagonal(Tensor(a) self, int offset=0, int dim1=0, int dim2=1) -> Tensor(a)",
                a -> a.self().diagonal(a.index("offset"), a.index("dim1"), a.index("dim2")))
                .variants(METHOD, FUNCTION).grad("DiagonalBackward0")
                .doc("The diagonal of two dims (offset above it, or below when negative), as a view; the dims "
                        + "go, the diagonal is the last dim.", "torch.arange(9.).view(3, 3).diagonal(1)");
        r.op("as_strided(Tensor(a) self, int[] size, int[] stride, int? storage_offset=None) -> Tensor(a)",
                a -> a.self().asStrided(a.ints("size"), a.ints("stride"),
                        a.isNone("storage_offset") ? a.self().storageOffset() : a.index("storage_offset")))
                .variants(METHOD, FUNCTION).grad("AsStridedBackward0")
                .doc("A view of the tensor's storage with the given size, strides and storage offset.",
                        "torch.arange(6.).as_strided((2, 2), (1, 2))");
    }

    private static void joins(OpRegistry r) {
        Kernel cat = a -> {
            if (a.tensors("tensors").isEmpty()) {
                throw KindlingError.valueError("torch.cat(): expected a non-empty list of Tensors");
            }
            return Torch.cat(a.tensors("tensors"), a.index("dim"));
        };
        r.op("cat(Tensor[] tensors, int dim=0, *, Tensor(a!)? out=None) -> Tensor", cat).variants(FUNCTION).outDtype(JOINED_DTYPE).grad("CatBackward0")
                .doc("Tensors joined along an existing dim.", "torch.cat([torch.zeros(2), torch.ones(2)])");
        r.op("concat(Tensor[] tensors, int dim=0, *, Tensor(a!)? out=None) -> Tensor", cat).variants(FUNCTION).outDtype(JOINED_DTYPE).grad("CatBackward0")
                .doc("Alias of cat.", "torch.concat([torch.zeros(2), torch.ones(2)])");
        r.op("stack(Tensor[] tensors, int dim=0, *, Tensor(a!)? out=None) -> Tensor", a -> Torch.stack(a.tensors("tensors"), a.index("dim")))
                .variants(FUNCTION).grad("StackBackward0").outDtype(JOINED_DTYPE)
                .doc("Tensors joined along a new dim.", "torch.stack([torch.zeros(2), torch.ones(2)])");
        r.op("hstack(Tensor[] tensors, *, Tensor(a!)? out=None) -> Tensor", a -> Torch.hstack(a.tensors("tensors"))).variants(FUNCTION)
                .outDtype(JOINED_DTYPE)
                .doc("Tensors joined column-wise.", "torch.hstack([torch.zeros(2), torch.ones(2)])");
        r.op("vstack(Tensor[] tensors, *, Tensor(a!)? out=None) -> Tensor", a -> Torch.vstack(a.tensors("tensors"))).variants(FUNCTION)
                .outDtype(JOINED_DTYPE)
                .doc("Tensors joined row-wise.", "torch.vstack([torch.zeros(2), torch.ones(2)])");
    }
}
