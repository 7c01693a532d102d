package dev.kindling.tensor;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;

/**
 * {@code torch.device}: where a tensor's elements live. This build computes on the CPU only, so
 * every tensor is on {@link #CPU}; asking for CUDA raises PyTorch's own AssertionError for a
 * CPU-only build, so scripts written for a GPU fail the way they would under CPU PyTorch.
 *
 * <pre>{@code
 * Device d = Device.of("cpu");
 * System.out.println(d);                 // cpu
 * Tensor x = Torch.ones(2).to(d);        // .to(Device.of("cuda")) raises AssertionError: Torch not compiled with CUDA enabled
 * }</pre>
 */
public final class Device {
    /** The only device tensors live on in this build. */
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

    /** Refuses a device other than the CPU (null: none asked for), as a CPU-only PyTorch does. */
    public static void requireCpu(Device d) {
        if (d != null && !d.type().equals("cpu")) {
            throw notCompiledWithCuda();
        }
    }

    /** {@code torch.cuda.is_available()}: false, this build has no CUDA backend wired in yet. */
    public static boolean cudaAvailable() {
        return false;
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

    /** Raises PyTorch's error for a device this build cannot compute on. */
    void checkUsable() {
        if (!isCpu()) {
            throw new KindlingError(ErrorType.ASSERTION_ERROR, "Torch not compiled with CUDA enabled");
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
