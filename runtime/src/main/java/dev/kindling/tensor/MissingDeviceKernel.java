package dev.kindling.tensor;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;

/**
 * Raised where an op reads a device tensor's elements on the heap: the op has no kernel for that
 * device. The op registry, which knows the op's name, turns it into PyTorch's error naming it
 * ({@link #naming}); called from Java, it says the same without the name.
 */
public final class MissingDeviceKernel extends KindlingError {
    private final Device device;

    MissingDeviceKernel(Device device) {
        super(ErrorType.NOT_IMPLEMENTED_ERROR, "Could not run this operator with arguments from the '"
                + device.dispatchName() + "' backend: Kindling has no " + device.type() + " kernel for it yet.");
        this.device = device;
    }

    /** PyTorch's error for op {@code op} ({@code "cumsum"}, {@code "add.Tensor"}) on this device. */
    public KindlingError naming(String op) {
        return Devices.noKernel(op, device);
    }
}
