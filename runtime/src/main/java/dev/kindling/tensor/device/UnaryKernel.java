package dev.kindling.tensor.device;

/** The element-wise functions of one operand that a {@link DeviceBackend} runs. */
public enum UnaryKernel {
    NEG, ABS, EXP, LOG, SQRT, TANH, SIGMOID, RELU, SIGN, RECIPROCAL, SIN, COS, CAST;

    /** The value on the host (for backends written in Java, and for checking others). */
    public double apply(double x) {
        switch (this) {
            case NEG: return -x;
            case ABS: return Math.abs(x);
            case EXP: return Math.exp(x);
            case LOG: return Math.log(x);
            case SQRT: return Math.sqrt(x);
            case TANH: return Math.tanh(x);
            case SIGMOID: return 1 / (1 + Math.exp(-x));
            case RELU: return x > 0 || Double.isNaN(x) ? x : 0;
            case SIGN: return x > 0 ? 1 : x < 0 ? -1 : 0;
            case RECIPROCAL: return 1 / x;
            case SIN: return Math.sin(x);
            case COS: return Math.cos(x);
            default: return x;
        }
    }
}
