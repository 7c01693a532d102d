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
                .variants(METHOD).doc("The shape as a torch.Size, or one dim's size.", "torch.zeros(2, 3).size(1)");
        r.op("stride(Tensor self) -> int[]", a -> longs(a.self().stride()))
                .overload("stride(Tensor self, int dim) -> int", a -> (long) a.self().stride(a.index("dim")))
                .variants(METHOD).doc("How many elements a step along each dim skips.", "torch.zeros(2, 3).stride()");
        r.op("dim(Tensor self) -> int", a -> (long) a.self().dim()).variants(METHOD)
                .doc("How many dims the tensor has.", "torch.zeros(2, 3).dim()");
        r.op("ndimension(Tensor self) -> int", a -> (long) a.self().dim()).variants(METHOD)
                .doc("Alias of dim.", "torch.zeros(2, 3).ndimension()");
        r.op("nelement(Tensor self) -> int", a -> (long) a.self().numel()).variants(METHOD)
                .doc("Alias of numel.", "torch.zeros(2, 3).nelement()");
        r.op("element_size(Tensor self) -> int", a -> (long) a.self().dtype().itemSize()).variants(METHOD)
                .doc("Bytes per element of the dtype.", "torch.zeros(2).element_size()");
        r.op("item(Tensor self) -> Scalar", a -> a.self().item()).variants(METHOD)
                .doc("The value of a one-element tensor as a Python number.", "torch.tensor([2.5]).item()");
        r.op("is_contiguous(Tensor self) -> bool", a -> a.self().isContiguous()).variants(METHOD)
                .doc("Whether the elements are in row-major order.", "torch.zeros(2, 3).t().is_contiguous()");
        r.op("is_floating_point(Tensor self) -> bool", a -> a.self().dtype().isFloatingPoint())
                .variants(METHOD, Variant.FUNCTION)
                .doc("Whether the dtype is a floating type.", "torch.is_floating_point(torch.zeros(2))");
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
                .doc("Makes autograd track (or stop tracking) this leaf tensor.", "torch.ones(2).requires_grad_()");
        r.op("retain_grad(Tensor(a!) self) -> ()", a -> {
            a.self().retainGrad();
            return null;
        }).variants(METHOD).doc("Keeps .grad of a non-leaf tensor after backward.",
                "(torch.ones(2, requires_grad=True) * 2).retain_grad()");
        r.op("backward(Tensor self, Tensor? gradient=None, bool? retain_graph=None, bool create_graph=False, "
                + "Tensor[]? inputs=None) -> ()", TensorInfoOps::backward).variants(METHOD)
                .doc("Accumulates the gradient of this tensor into every leaf's .grad.",
                        "(torch.ones(2, requires_grad=True) * 3).sum().backward()");
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
