package dev.kindling.ops;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Tensor;

/**
 * Which dtypes an op's {@code out=} tensor may have, given the result the op computed, and the
 * error PyTorch raises for the others (each op's {@code .out} kernel checks in its own words).
 * Returns null where out's dtype is accepted.
 */
@FunctionalInterface
public interface OutDtype {
    KindlingError refusal(Tensor result, Tensor out, OpArgs args);

    /** TensorIterator's rule, the default: the result must be castable to out's dtype. */
    OutDtype CASTABLE = (result, out, args) -> castable(result.dtype(), out.dtype()) ? null
            : KindlingError.runtimeError("result type " + typeName(result.dtype())
                    + " can't be cast to the desired output type " + typeName(out.dtype()));

    /** Any dtype: the reduction computes in out's dtype (sum, prod). */
    OutDtype ANY = (result, out, args) -> null;

    /** out must have the result's dtype exactly, as the linear-algebra, softmax and index kernels check. */
    OutDtype SAME = (result, out, args) -> result.dtype() == out.dtype() ? null
            : KindlingError.runtimeError("Expected out tensor to have dtype " + result.dtype().scalarTypeName()
                    + ", but got " + out.dtype().scalarTypeName() + " instead");

    /** c10's can_cast: no float to an integer type, nothing but bool to bool. */
    static boolean castable(DType from, DType to) {
        return !(from.isFloatingPoint() && !to.isFloatingPoint() || from != DType.BOOL && to == DType.BOOL);
    }

    /** c10's name of a scalar type as its cast errors write it: Float, Double, Long, Int, Bool. */
    static String typeName(DType t) {
        String s = t.shortName();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** out's dtype must equal the result's, else {@code message} (given the two c10 type names, result's first). */
    static OutDtype same(java.util.function.BinaryOperator<String> message) {
        return (result, out, args) -> result.dtype() == out.dtype() ? null
                : KindlingError.runtimeError(message.apply(typeName(result.dtype()), typeName(out.dtype())));
    }
}
