package dev.kindling.ops;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Device;
import dev.kindling.tensor.Tensor;

/**
 * The keyword options every factory takes ({@code dtype}, {@code layout}, {@code device},
 * {@code pin_memory}, {@code requires_grad}), declared once and applied in one place.
 */
final class FactoryOptions {
    /** The schema tail of a factory: {@code *, ScalarType? dtype=None, ..., bool? requires_grad=False}. */
    static final String OPTIONS = "ScalarType? dtype=None, Layout? layout=None, Device? device=None, "
            + "bool? pin_memory=False, bool? requires_grad=False";

    /** The same, plus memory_format, for the {@code _like} factories. */
    static final String LIKE_OPTIONS = OPTIONS + ", MemoryFormat? memory_format=None";

    private FactoryOptions() {}

    /** The dtype asked for, or the fallback. */
    static DType dtype(OpArgs a, DType fallback) {
        return a.isNone("dtype") ? fallback : a.dtype("dtype");
    }

    /** Moves a new tensor to the device asked for and sets requires_grad when asked. */
    static Tensor finish(Tensor t, OpArgs a) {
        Device device = a.device("device");
        Tensor placed = device == null ? t : t.to(device);
        Object grad = a.get("requires_grad");
        return grad != null && (Boolean) grad ? placed.requiresGrad_(true) : placed;
    }

    private static void requireCpu(OpArgs a) {
        Device device = a.device("device");
        Device.requireAvailable(device);
        if (device != null && !device.type().equals("cpu")) {
            throw KindlingError.notImplementedError("Kindling's layers are made on the CPU; move them with .to(device)");
        }
    }


    /**
     * A layer's {@code device} and {@code dtype} (PyTorch's {@code factory_kwargs}): the CPU, and
     * float32, the dtype Kindling's layers keep their parameters in; anything else is refused
     * rather than ignored.
     */
    static void requireModuleDefaults(OpArgs a, String module) {
        requireCpu(a);
        DType dtype = a.dtype("dtype");
        if (dtype != null && dtype != DType.FLOAT32) {
            throw KindlingError.notImplementedError(module + "(dtype=" + dtype + ") is not supported in Kindling: "
                    + "its parameters are torch.float32");
        }
    }
}
