package dev.kindling.tensor.cpu;

import java.util.Arrays;
import java.util.stream.Collectors;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.cpu.bits.PyTorchCpuBits;
import dev.kindling.tensor.cpu.standard.StandardFloat32;

/**
 * How the CPU backend rounds float32 where IEEE arithmetic leaves a choice: which exp and square
 * root, and in which order sums, small products, softmax and Adam add up. Each session has one
 * ({@code TorchState}); op code asks it for its {@link Float32Kernels}.
 *
 * <ul>
 *   <li>{@link #PYTORCH_CPU_BITS} (the default): PyTorch 2.13's CPU build, bit for bit, as it runs
 *       on the AMD EPYC machine the conformance outputs came from (MKL's exp and square root,
 *       SLEEF's exp and log, ATen's summation orders): scripts print what PyTorch printed there.
 *   <li>{@link #STANDARD}: plain IEEE float32 ({@link StandardFloat32}): correctly rounded square
 *       roots, exp rounded from double, pairwise sums, softmax and Adam as their formulas read.
 *       Results agree with PyTorch's to float32's precision, not bit for bit.
 * </ul>
 *
 * <pre>{@code
 * Numerics n = Numerics.fromName("pytorch-cpu-bits");   // Numerics.PYTORCH_CPU_BITS
 * n.optionName();                                        // "pytorch-cpu-bits"
 * }</pre>
 */
public enum Numerics {
    PYTORCH_CPU_BITS("pytorch-cpu-bits", PyTorchCpuBits.KERNELS),
    STANDARD("standard", StandardFloat32.KERNELS);

    /** The policy sessions take unless told otherwise. */
    public static final Numerics DEFAULT = PYTORCH_CPU_BITS;

    private final String optionName;
    private final Float32Kernels kernels;

    Numerics(String optionName, Float32Kernels kernels) {
        this.optionName = optionName;
        this.kernels = kernels;
    }

    /** The policy's name as {@code --numerics=} and the embedding API take it. */
    public String optionName() {
        return optionName;
    }

    /** The policy's float32 kernels. */
    public Float32Kernels kernels() {
        return kernels;
    }

    /** The policy of an option name, or a ValueError naming the choices. */
    public static Numerics fromName(String name) {
        for (Numerics n : values()) {
            if (n.optionName.equals(name)) {
                return n;
            }
        }
        throw KindlingError.valueError("invalid numerics policy '" + name + "' (choose from " + choices() + ")");
    }

    /** The option names, quoted and comma-separated, as argparse lists choices. */
    public static String choices() {
        return Arrays.stream(values()).map(n -> "'" + n.optionName + "'").collect(Collectors.joining(", "));
    }
}
