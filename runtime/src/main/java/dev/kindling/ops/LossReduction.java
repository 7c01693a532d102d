package dev.kindling.ops;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.Warnings;
import dev.kindling.tensor.Tensor;

/**
 * A loss's {@code reduction}, with the deprecated {@code size_average}/{@code reduce} pair
 * mapped onto it as PyTorch's {@code _Reduction.legacy_get_string} does (and warns).
 */
public final class LossReduction {
    private LossReduction() {}

    /** The reduction to use; a given size_average or reduce overrides reduction, with PyTorch's warning. */
    public static String of(Boolean sizeAverage, Boolean reduce, String reduction) {
        if (sizeAverage == null && reduce == null) {
            return reduction;
        }
        boolean average = sizeAverage == null || sizeAverage;
        boolean reduced = reduce == null || reduce;
        String legacy = !reduced ? "none" : average ? "mean" : "sum";
        Warnings.warn(ErrorType.USER_WARNING, "size_average and reduce args will be deprecated, please use reduction='"
                + legacy + "' instead.");
        return legacy;
    }

    /**
     * The same for bound arguments named size_average, reduce and reduction. PyTorch takes any
     * object there and tests its truth, so {@code nn.MSELoss(pred, y)} (tensors passed to the
     * constructor) fails on a tensor of several values as PyTorch does.
     */
    static String of(OpArgs a) {
        return of(truth(a.get("size_average")), truth(a.get("reduce")), a.string("reduction"));
    }

    private static Boolean truth(Object given) {
        if (given == null || given instanceof Boolean) {
            return (Boolean) given;
        }
        if (given instanceof Tensor t) {
            return t.booleanValue();
        }
        if (given instanceof Number n) {
            return n.doubleValue() != 0;
        }
        return !(given instanceof String s) || !s.isEmpty();
    }
}
