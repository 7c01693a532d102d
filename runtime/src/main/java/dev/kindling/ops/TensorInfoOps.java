package dev.kindling.ops;

import static dev.kindling.ops.Variant.METHOD;

import java.util.ArrayList;
import java.util.List;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.Tensor;

/** What a tensor is (size, strides, dims, element size, its one value) and its autograd entry points. */
final class TensorInfoOps {
    private TensorInfoOps() {}

    static void declare(OpRegistry r) {
        metadata(r);
        autograd(r);
    }

    private static void metadata(OpRegistry r) {
        r.op("size(Tensor self) -> int[]", a -> a.self().shape())
                .overload("size(Tensor self, int dim) -> int", a -> (long) a.self().size(a.index("dim")))
                .variants(METHOD).doc("The length of each dim as a torch.Size (x.shape is the same), or one dim's length.",
                        "torch.zeros(100, 1).size(), torch.zeros(100, 1).size(0)");
        r.op("stride(Tensor self) -> int[]", a -> longs(a.self().stride()))
                .overload("stride(Tensor self, int dim) -> int", a -> (long) a.self().stride(a.index("dim")))
                .variants(METHOD).doc("How many elements to step in memory to move one place along each dim; transposes and expand "
                        + "change strides, not data (a stride of 0 repeats one element).",
                        "torch.zeros(2, 3).stride(), torch.zeros(2, 3).T.stride(), torch.zeros(3, 1).expand(3, 4).stride(1)");
        r.op("dim(Tensor self) -> int", a -> (long) a.self().dim()).variants(METHOD)
                .doc("The number of dims (x.ndim is the same, as a property).", "torch.zeros(2, 3).dim()");
        r.op("ndimension(Tensor self) -> int", a -> (long) a.self().dim()).variants(METHOD)
                .doc("Alias of dim.", "torch.zeros(2, 3).ndimension()");
        r.op("nelement(Tensor self) -> int", a -> (long) a.self().numel()).variants(METHOD)
                .doc("The total number of elements, as numel() gives.", "torch.zeros(3, 4).nelement()");
        r.op("element_size(Tensor self) -> int", a -> (long) a.self().dtype().itemSize()).variants(METHOD)
                .doc("Bytes per element: 4 for float32, 8 for int64.", "torch.zeros(1).element_size(), torch.tensor([1]).element_size()");
        r.op("item(Tensor self) -> Scalar", a -> ScalarReads.noted(a.self(), a.self().item())).variants(METHOD)
                .doc("The single value of a one-element tensor as a Python float or int (e.g. to log a loss).",
                        "torch.tensor(2.5).item()");
        r.op("is_contiguous(Tensor self) -> bool", a -> a.self().isContiguous()).variants(METHOD)
                .doc("Whether the values are laid out in row-major order; after a transpose they are not, and "
                        + "contiguous() makes a copy that is (view needs one).",
                        "torch.zeros(2, 3).T.is_contiguous(), torch.zeros(2, 3).T.contiguous().is_contiguous()");
        r.op("storage_offset(Tensor self) -> int", a -> (long) a.self().storageOffset()).variants(METHOD)
                .doc("Where the first element is in the storage the tensor shares with its views, in elements.",
                        "torch.arange(6).view(2, 3)[1].storage_offset()");
        r.op("data_ptr(Tensor self) -> int", a -> a.self().dataPtr()).variants(METHOD)
                .doc("The address of the first element: views of one tensor differ by offset times element size.",
                        "x = torch.zeros(2, 3); x[1].data_ptr() - x.data_ptr()");
        r.op("untyped_storage(Tensor self) -> Any", a -> a.self().untypedStorage()).variants(METHOD)
                .doc("The storage shared with views: its data_ptr() and nbytes().",
                        "x = torch.zeros(2, 3); x[1].untyped_storage().data_ptr() == x.untyped_storage().data_ptr()");
        r.op("_is_view(Tensor self) -> bool", a -> a.self().isView()).variants(METHOD)
                .doc("Whether the tensor is a view of another's storage (basic indexing, t(), view, expand...).",
                        "torch.zeros(2, 3)[0]._is_view(), torch.zeros(2, 3)._is_view()");
        r.op("is_floating_point(Tensor self) -> bool", a -> a.self().dtype().isFloatingPoint())
                .variants(METHOD, Variant.FUNCTION)
                .doc("Whether the dtype is a floating point type (float32, float64).",
                        "torch.tensor([1.]).is_floating_point(), torch.tensor([1]).is_floating_point()");
    }

    private static List<Long> longs(int[] values) {
        List<Long> out = new ArrayList<>(values.length);
        for (int v : values) {
            out.add((long) v);
        }
        return out;
    }

    private static void autograd(OpRegistry r) {
        r.op("requires_grad_(Tensor(a!) self, bool requires_grad=True) -> Tensor(a!)",
                a -> a.self().requiresGrad_(a.bool("requires_grad"))).variants(METHOD)
                .doc("Turns gradient tracking on (in place) and returns the tensor.", "torch.randn(3).requires_grad_().requires_grad");
        r.op("retain_grad(Tensor(a!) self) -> ()", a -> {
            a.self().retainGrad();
            return null;
        }).variants(METHOD).doc("Makes backward() fill .grad of a non-leaf tensor too (retains_grad tells whether it will).",
                "y = torch.ones(2, requires_grad=True) * 2; y.retain_grad(); (y * y).sum().backward(); y.grad");
        r.op("backward(Tensor self, Tensor? gradient=None, bool? retain_graph=None, bool create_graph=False, "
                + "Tensor[]? inputs=None) -> ()", TensorInfoOps::backward).variants(METHOD)
                .doc("Computes the gradient of this (scalar) tensor with respect to every leaf that requires grad, and "
                        + "adds it into their .grad. Call optimizer.zero_grad() between steps: gradients accumulate.",
                        "x = torch.tensor(3., requires_grad=True); (x * x + 2 * x).backward(); x.grad");
    }

    private static Object backward(OpArgs a) {
        if (a.bool("create_graph")) {
            throw KindlingError.notImplementedError("backward(create_graph=True): Kindling's autograd does not "
                    + "record the backward pass, so higher-order gradients are not available");
        }
        if (!a.isNone("inputs")) {
            throw KindlingError.notImplementedError("backward(inputs=...): Kindling accumulates into every leaf; "
                    + "torch.autograd.grad(outputs, inputs) gives the gradients of chosen inputs");
        }
        Object retain = a.get("retain_graph");
        a.self().backward(a.tensor("gradient"), retain != null && (Boolean) retain);
        return null;
    }
}
