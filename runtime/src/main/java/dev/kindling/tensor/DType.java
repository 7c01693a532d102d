package dev.kindling.tensor;

/**
 * Element types, named as PyTorch names them ({@code torch.float32}), with PyTorch's type
 * promotion: floating beats integral beats bool, and a Python number (or a 0-dim tensor) only
 * changes a tensor's dtype when it is of a higher category.
 *
 * <pre>{@code
 * DType wider = DType.promote(DType.INT64, DType.FLOAT32);   // DType.FLOAT32
 * }</pre>
 */
public enum DType {
    BOOL("torch.bool", "bool", 0, 1),
    INT32("torch.int32", "int", 1, 4),
    INT64("torch.int64", "long", 1, 8),
    FLOAT32("torch.float32", "float", 2, 4),
    FLOAT64("torch.float64", "double", 2, 8);

    private final String torchName;
    private final String shortName;
    private final int category;
    private final int bytes;

    DType(String torchName, String shortName, int category, int bytes) {
        this.torchName = torchName;
        this.shortName = shortName;
        this.category = category;
        this.bytes = bytes;
    }

    /** The default dtype for floating-point tensors. */
    public static final DType DEFAULT_FLOAT = FLOAT32;

    public boolean isFloatingPoint() {
        return category == 2;
    }

    public boolean isIntegral() {
        return category == 1;
    }

    /** Bytes per element, for allocation limits. */
    public int itemSize() {
        return bytes;
    }

    /** The conversion method's name: {@code float}, {@code long}, {@code double}, ... */
    public String shortName() {
        return shortName;
    }

    @Override
    public String toString() {
        return torchName;
    }

    /** The result type of combining two tensors that both have dimensions. */
    public static DType promote(DType a, DType b) {
        if (a == b) {
            return a;
        }
        if (a.category != b.category) {
            return a.category > b.category ? a : b;
        }
        return a.bytes >= b.bytes ? a : b;
    }

    /** The result type of a tensor combined with a Python number of the given kind. */
    public static DType promoteWithScalar(DType tensor, DType scalarKind) {
        if (scalarKind.category <= tensor.category) {
            return tensor;
        }
        return scalarKind.category == 2 ? DEFAULT_FLOAT : INT64;
    }

    /** Rounds a value to what this dtype can hold (float32 rounding, integer truncation, bool). */
    public double cast(double v) {
        switch (this) {
            case FLOAT32:
                return (float) v;
            case FLOAT64:
                return v;
            case BOOL:
                return v != 0 ? 1 : 0;
            case INT32:
                return Double.isNaN(v) ? Integer.MIN_VALUE : (int) (long) v;
            default:
                return Double.isNaN(v) ? Long.MIN_VALUE : (double) (long) v;
        }
    }

    /** c10's scalar type name, as PyTorch's dtype error messages write it: float, double, long int, int, bool. */
    public String scalarTypeName() {
        switch (this) {
            case FLOAT32: return "float";
            case FLOAT64: return "double";
            case INT64: return "long int";
            case INT32: return "int";
            default: return "bool";
        }
    }
}
