package dev.kindling.lang.modules.torch;

import java.util.Map;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.nn.Module;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Device;
import dev.kindling.tensor.Tensor;

/**
 * {@code module.to(...)}, {@code .cpu()}, {@code .cuda()}, {@code .float()}, {@code .double()}:
 * the arguments PyTorch's {@code Module.to} parses (a device, a dtype, both, or a tensor to take
 * them from; {@code device=}, {@code dtype=}, {@code non_blocking=} keywords), applied by
 * {@link Module#to}.
 */
final class ModuleMoves {
    private ModuleMoves() {}

    static void to(Module module, Object[] args, Map<String, Object> kwargs) {
        Device device = null;
        DType dtype = null;
        for (Object arg : args) {
            if (arg instanceof DType d) {
                dtype = d;
            } else if (arg instanceof Tensor t) {
                device = t.device();
                dtype = t.dtype();
            } else if (arg instanceof String || arg instanceof DeviceType) {
                device = DeviceType.of(arg).device();
            } else if (arg != PyNone.NONE) {
                throw KindlingError.typeError("to() received an invalid combination of arguments - got ("
                        + Ops.typeName(arg) + "), but expected one of:\n"
                        + " * (torch.device device = None, torch.dtype dtype = None, bool non_blocking = False, "
                        + "bool copy = False, *, torch.memory_format memory_format = None)\n"
                        + " * (torch.dtype dtype, bool non_blocking = False, bool copy = False, *, "
                        + "torch.memory_format memory_format = None)\n"
                        + " * (Tensor tensor, bool non_blocking = False, bool copy = False, *, "
                        + "torch.memory_format memory_format = None)\n");
            }
        }
        if (kwargs != null) {
            Object d = kwargs.get("device");
            if (d != null && d != PyNone.NONE) {
                device = DeviceType.of(d).device();
            }
            Object t = kwargs.get("dtype");
            if (t instanceof DType given) {
                dtype = given;
            }
        }
        if (dtype != null && !dtype.isFloatingPoint()) {
            throw KindlingError.typeError("nn.Module.to only accepts floating point or complex dtypes, but got desired "
                    + "dtype=" + dtype);
        }
        apply(module, device, dtype);
    }

    /** Moves and converts, with PyTorch's errors for a device this build or machine lacks. */
    static void apply(Module module, Device device, DType dtype) {
        Device.requireAvailable(device);
        module.to(device, dtype);
    }

    /** {@code module.cuda(device=None)}: the current cuda device, or the one given (an index or a device). */
    static void cuda(Module module, Object[] args) {
        Object which = args.length > 0 ? args[0] : PyNone.NONE;
        Device device = which == PyNone.NONE ? Device.of("cuda")
                : which instanceof Long index ? Device.of("cuda:" + index) : DeviceType.of(which).device();
        apply(module, device, null);
    }
}
