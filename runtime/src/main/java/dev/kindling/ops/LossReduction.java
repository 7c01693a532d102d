package dev.kindling.ops;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.Warnings;

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

    /** The same for bound arguments named size_average, reduce and reduction. */
    static String of(OpArgs a) {
        return of((Boolean) a.get("size_average"), (Boolean) a.get("reduce"), a.string("reduction"));
    }
}
