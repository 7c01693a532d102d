package dev.kindling.tensor.device;

/** The element-wise functions of two operands that a {@link DeviceBackend} runs; comparisons give 1 or 0. */
public enum BinaryKernel {
    ADD, SUB, MUL, DIV, FLOOR_DIVIDE, POW, MAXIMUM, MINIMUM, EQ, NE, LT, LE, GT, GE;

    /** The value on the host (for backends written in Java, and for checking others). */
    public double apply(double x, double y) {
        switch (this) {
            case ADD: return x + y;
            case SUB: return x - y;
            case MUL: return x * y;
            case DIV: return x / y;
            case FLOOR_DIVIDE: return Math.floor(x / y);
            case POW: return Math.pow(x, y);
            case MAXIMUM: return Double.isNaN(x) || Double.isNaN(y) ? Double.NaN : Math.max(x, y);
            case MINIMUM: return Double.isNaN(x) || Double.isNaN(y) ? Double.NaN : Math.min(x, y);
            case EQ: return x == y ? 1 : 0;
            case NE: return x != y ? 1 : 0;
            case LT: return x < y ? 1 : 0;
            case LE: return x <= y ? 1 : 0;
            case GT: return x > y ? 1 : 0;
            default: return x >= y ? 1 : 0;
        }
    }
}
