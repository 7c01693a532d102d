package dev.kindling.tensor;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.device.Backends;
import dev.kindling.tensor.device.DeviceBackend;

/**
 * {@code torch.device}: where a tensor's elements live. The CPU always; another device type when
 * the build carries a backend for it ({@link dev.kindling.tensor.device.Backends}) and the machine
 * has such a device. Asking for CUDA without one raises PyTorch's own AssertionError for a
 * CPU-only build, so scripts written for a GPU fail the way they would under CPU PyTorch.
 *
 * <pre>{@code
 * Device d = Device.of("cpu");
 * System.out.println(d);                 // cpu
 * Tensor x = Torch.ones(2).to(d);        // .to(Device.of("cuda")) raises AssertionError: Torch not compiled with CUDA enabled
 * }</pre>
 */
public final class Device {
    /** Where tensors live unless moved. */
    public static final Device CPU = new Device("cpu", -1);

    /** The device types PyTorch's device strings may start with, as its error lists them. */
    private static final String DEVICE_TYPES = "cpu, cuda, ipu, xpu, mkldnn, opengl, opencl, ideep, hip, ve, fpga, maia, "
            + "xla, lazy, vulkan, mps, meta, hpu, mtia, privateuseone";

    private final String type;
    private final int index;

    private Device(String type, int index) {
        this.type = type;
        this.index = index;
    }

    /** Parses {@code "cpu"}, {@code "cuda"}, {@code "cuda:1"}, {@code "mps"} (PyTorch's device strings). */
    public static Device of(String spec) {
        String s = spec.trim();
        int colon = s.indexOf(':');
        String type = colon < 0 ? s : s.substring(0, colon);
        int index = -1;
        if (colon >= 0) {
            try {
                index = Integer.parseInt(s.substring(colon + 1));
            } catch (NumberFormatException e) {
                index = -2;
            }
        }
        if (!java.util.Arrays.asList(DEVICE_TYPES.split(", ")).contains(type) || index < -1) {
            throw KindlingError.runtimeError("Expected one of " + DEVICE_TYPES + " device type at start of device string: " + spec);
        }
        return type.equals("cpu") && index < 0 ? CPU : new Device(type, index);
    }

    /** PyTorch's error for asking a build without CUDA for a CUDA tensor. */
    public static KindlingError notCompiledWithCuda() {
        return new KindlingError(ErrorType.ASSERTION_ERROR, "Torch not compiled with CUDA enabled");
    }

    /** Refuses a device this build or machine cannot compute on (null: none asked for), with PyTorch's error. */
    public static void requireAvailable(Device d) {
        if (d != null) {
            d.checkUsable();
        }
    }

    /** {@code torch.cuda.is_available()}: whether a cuda backend loaded and found a device. */
    public static boolean cudaAvailable() {
        return Backends.deviceCount("cuda") > 0;
    }

    /** The device with an index: {@code cuda} means the current device, {@code cuda:0}. */
    Device withIndex() {
        return index >= 0 || isCpu() ? this : new Device(type, 0);
    }

    /** The device {@code index} of {@code type} ({@code cpu} has none). */
    static Device of(String type, int index) {
        return type.equals("cpu") ? CPU : new Device(type, index);
    }

    public String type() {
        return type;
    }

    /** The device index, or -1 when none was given. */
    public int index() {
        return index;
    }

    boolean isCpu() {
        return type.equals("cpu");
    }

    /** Raises PyTorch's error for a device this build or machine cannot compute on. */
    void checkUsable() {
        if (isCpu()) {
            return;
        }
        int count = Backends.deviceCount(type);
        if (count == 0) {
            throw type.equals("cuda") || type.equals("xpu")
                    ? new KindlingError(ErrorType.ASSERTION_ERROR, "Torch not compiled with " + type.toUpperCase() + " enabled")
                    : Devices.noKernel("empty.memory_format", this);
        }
        if (index >= count) {
            throw KindlingError.runtimeError("CUDA error: invalid device ordinal".replace("CUDA", type.toUpperCase()));
        }
    }

    /** The backend of this device (not the CPU's), which {@link #checkUsable} found. */
    DeviceBackend backend() {
        checkUsable();
        return Backends.of(type).orElseThrow();
    }

    /** The name PyTorch's dispatcher gives this device type's backend: {@code CUDA}, {@code PrivateUse1}. */
    String dispatchName() {
        switch (type) {
            case "cuda": return "CUDA";
            case "mps": return "MPS";
            case "xpu": return "XPU";
            case "meta": return "Meta";
            case "privateuseone": return "PrivateUse1";
            default: return type.toUpperCase();
        }
    }

    /** {@code repr(torch.device("cuda:0"))}: {@code device(type='cuda', index=0)}. */
    public String repr() {
        return "device(type='" + type + "'" + (index >= 0 ? ", index=" + index : "") + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Device d && d.type.equals(type) && d.index == index;
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + index;
    }

    /** {@code str(device)}: {@code cpu}, {@code cuda:0}. */
    @Override
    public String toString() {
        return index >= 0 ? type + ":" + index : type;
    }
}
