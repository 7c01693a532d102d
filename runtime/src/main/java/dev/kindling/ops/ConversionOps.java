package dev.kindling.ops;

import static dev.kindling.ops.Variant.METHOD;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Device;
import dev.kindling.tensor.Tensor;

/** A tensor as another dtype or on another device: to, type, the dtype shorthands, numpy, cpu and cuda. */
final class ConversionOps {
    private static final String TAIL = "bool non_blocking=False, bool copy=False, *, MemoryFormat? memory_format=None";

    private ConversionOps() {}

    static void declare(OpRegistry r) {
        r.op("to(Tensor self, ScalarType dtype, " + TAIL + ") -> Tensor", a -> converted(a, a.dtype("dtype")))
                .overload("to(Tensor self, Device? device=None, ScalarType? dtype=None, " + TAIL + ") -> Tensor", a -> {
                    Tensor converted = converted(a, a.isNone("dtype") ? a.self().dtype() : a.dtype("dtype"));
                    return a.isNone("device") ? converted : converted.to(a.device("device"));
                })
                .overload("to(Tensor self, Tensor other, " + TAIL + ") -> Tensor",
                        a -> converted(a, a.tensor("other").dtype()))
                .variants(METHOD)
                .doc("A copy on another device ('cpu', 'cuda') or with another dtype; itself when nothing changes.",
                        "torch.tensor([1, 2]).to('cpu').to(torch.float64)");
        r.op("type(Tensor self, ScalarType? dtype=None, bool non_blocking=False) -> Any",
                a -> a.isNone("dtype") ? a.self().typeDescription() : a.self().to(a.dtype("dtype")))
                .variants(METHOD).doc("With no dtype, the tensor's type name; with one, the tensor converted to it.",
                        "torch.tensor([1.]).type(), torch.tensor([1.]).type(torch.int64)");
        for (DType d : DType.values()) {
            r.op(d.shortName() + "(Tensor self, *, MemoryFormat? memory_format=None) -> Tensor", a -> a.self().to(d))
                    .variants(METHOD)
                    .doc("self.to(" + d + ").", "torch.tensor([1, 0]).float()".replace("float", d.shortName()));
        }
        r.op("numpy(Tensor self, *, bool force=False) -> Any", a -> {
            if (a.self().requiresGrad() && !a.bool("force")) {
                throw KindlingError.runtimeError("Can't call numpy() on Tensor that requires grad. Use "
                        + "tensor.detach().numpy() instead.");
            }
            throw KindlingError.notImplementedError("Kindling has no numpy; use .tolist()");
        }).variants(METHOD).doc("A NumPy array of the tensor's elements; Kindling has no NumPy, so tolist() "
                + "takes its place.", "torch.tensor([1, 2]).tolist()");
        r.op("cpu(Tensor self, *, MemoryFormat? memory_format=None) -> Tensor", a -> a.self().cpu()).variants(METHOD)
                .doc("The tensor on the CPU: itself when it is there.", "torch.ones(2).cpu()");
        r.op("cuda(Tensor self, Device? device=None, bool non_blocking=False, *, MemoryFormat? memory_format=None)"
                + " -> Tensor", a -> a.self().to(a.isNone("device") ? Device.of("cuda") : cudaDevice(a.device("device"))))
                .variants(METHOD).doc("The tensor on a CUDA device; PyTorch's AssertionError where there is none.",
                        "torch.cuda.is_available()");
    }

    /** {@code t.cuda(1)}: an index means that cuda device. */
    private static Device cudaDevice(Device d) {
        return d.type().equals("cuda") ? d : Device.of("cuda:" + d.index());
    }

    /** The tensor as dtype: itself when that is its dtype and no copy was asked for. */
    private static Tensor converted(OpArgs a, DType dtype) {
        Tensor self = a.self();
        Tensor out = self.to(dtype);
        return out == self && a.bool("copy") ? self.clone() : out;
    }
}
