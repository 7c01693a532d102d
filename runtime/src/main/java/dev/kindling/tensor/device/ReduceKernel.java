package dev.kindling.tensor.device;

/** The reductions a {@link DeviceBackend} runs over chosen dims; MAX and MIN propagate NaN, as PyTorch's do. */
public enum ReduceKernel {
    SUM, MAX, MIN;

    /** The value of an empty reduction (for backends written in Java, and for checking others). */
    public double identity() {
        switch (this) {
            case SUM: return 0;
            case MAX: return Double.NEGATIVE_INFINITY;
            default: return Double.POSITIVE_INFINITY;
        }
    }

    /** {@code acc} with one more element {@code x}. */
    public double combine(double acc, double x) {
        switch (this) {
            case SUM: return acc + x;
            case MAX: return Double.isNaN(acc) || Double.isNaN(x) ? Double.NaN : Math.max(acc, x);
            default: return Double.isNaN(acc) || Double.isNaN(x) ? Double.NaN : Math.min(acc, x);
        }
    }
}
