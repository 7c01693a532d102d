package dev.kindling.tensor;

import java.util.function.Supplier;

import dev.kindling.tensor.cpu.Float32Kernels;
import dev.kindling.tensor.cpu.Numerics;
import dev.kindling.tensor.random.CpuGenerator;

/**
 * The state PyTorch keeps beside its tensors: the default generator behind
 * {@code torch.manual_seed} and every random op without {@code generator=}, anomaly detection
 * ({@code torch.autograd.set_detect_anomaly}), and grad mode ({@code torch.no_grad}); and, of
 * Kindling's own, the numerics policy ({@link Numerics}) whose float32 kernels ops use.
 * {@link CpuGenerator#defaultGenerator()}, {@link dev.kindling.autograd.Engine},
 * {@link dev.kindling.autograd.GradMode} and the ops ({@link #kernels()}) read the
 * {@link #current()} one.
 *
 * <p>PyTorch keeps this state once per process; Kindling keeps it once per embedding session, so
 * that sessions running side by side each draw the stream of their own seed and never see each
 * other's modes. A session makes its state current while its code runs ({@link #call}); code
 * outside any session (the Java DSL in a host application) uses the process's state, whose
 * generator and anomaly flag all such threads share, as in PyTorch.
 *
 * <p>Within one state, grad mode is per thread, as PyTorch keeps it: {@code no_grad} on one thread
 * never turns recording off on another.
 *
 * <pre>{@code
 * TorchState mine = new TorchState();
 * Tensor r = mine.call(() -> {
 *     Torch.manualSeed(1);                 // seeds mine's generator only
 *     return Torch.rand(3);                // tensor([0.7576, 0.2793, 0.4031])
 * });
 * }</pre>
 */
public final class TorchState {
    private static final TorchState PROCESS = new TorchState();
    private static final ThreadLocal<TorchState> CURRENT = new ThreadLocal<>();

    private final CpuGenerator generator = new CpuGenerator(CpuGenerator.nonDeterministicSeed());
    private final ThreadLocal<boolean[]> gradEnabled = ThreadLocal.withInitial(() -> new boolean[] {true});
    private volatile boolean detectAnomaly;
    private volatile Device defaultDevice = Device.CPU;
    private final Numerics numerics;

    /**
     * A fresh state: grad mode on, anomaly detection off, and a generator seeded from entropy,
     * as a new PyTorch process starts; the default numerics policy.
     */
    public TorchState() {
        this(Numerics.DEFAULT);
    }

    /** A fresh state with the given numerics policy, fixed for the state's life. */
    public TorchState(Numerics numerics) {
        this.numerics = java.util.Objects.requireNonNull(numerics, "numerics");
    }

    /** The state the calling thread runs under: its session's, or else the process's. */
    public static TorchState current() {
        TorchState installed = CURRENT.get();
        return installed != null ? installed : PROCESS;
    }

    /**
     * Runs work on the calling thread with this state current, then makes the previous one
     * current again, so calls nest (a session's code calling into another's is fine).
     */
    public <T> T call(Supplier<T> work) {
        TorchState previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    private static void restore(TorchState previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    /** This state's numerics policy. */
    public Numerics numerics() {
        return numerics;
    }

    /**
     * The float32 kernels of this state's numerics policy: the one place op code asks which exp,
     * square root and summation order to use. Ops ask {@code TorchState.current().kernels()} on
     * the calling thread and hand the answer to any helper thread they use.
     */
    public Float32Kernels kernels() {
        return numerics.kernels();
    }

    /** The generator of {@code torch.manual_seed} and of random ops without {@code generator=}. */
    public CpuGenerator generator() {
        return generator;
    }

    /** Whether backward checks each gradient for NaN ({@code torch.is_anomaly_enabled()}). */
    public boolean detectsAnomaly() {
        return detectAnomaly;
    }

    /** Turns anomaly detection on or off ({@code torch.autograd.set_detect_anomaly}). */
    public void setDetectAnomaly(boolean on) {
        detectAnomaly = on;
    }

    /** Whether ops record the graph on the calling thread ({@code torch.is_grad_enabled()}). */
    /** {@code torch.get_default_device()}: where factories called from scripts put new tensors. */
    public Device defaultDevice() {
        return defaultDevice;
    }

    /**
     * {@code torch.set_default_device(device)} (null: the CPU again). As in PyTorch, a device this
     * build or machine lacks is refused only when a tensor is first made there. New layers'
     * parameters are made there too.
     */
    public void setDefaultDevice(Device device) {
        defaultDevice = device == null ? Device.CPU : device.withIndex();
    }

        public boolean isGradEnabled() {
        return gradEnabled.get()[0];
    }

    /** Sets the calling thread's grad mode and returns the previous one, so callers can restore it. */
    public boolean setGradEnabled(boolean enabled) {
        boolean[] cell = gradEnabled.get();
        boolean previous = cell[0];
        cell[0] = enabled;
        return previous;
    }
}
