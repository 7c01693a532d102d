package dev.kindling.optim;

import java.util.List;
import java.util.Map;

import dev.kindling.errors.KindlingError;

/**
 * PyTorch's checks of an optimizer's hyperparameters, with its ValueError texts, and the refusal
 * of options Kindling cannot honour. A value is shown as Python's {@code str} shows it, so an
 * {@code lr=-1} written as an int reads {@code Invalid learning rate: -1}.
 */
final class OptionChecks {
    private OptionChecks() {}

    /** PyTorch's {@code if not 0.0 <= value: raise ValueError(f"{label}: {value}")} (NaN fails it too). */
    static void atLeastZero(Map<String, Object> options, String key, String label) {
        Object v = options.get(key);
        if (!(0.0 <= number(key, v))) {
            throw KindlingError.valueError(label + ": " + Optimizer.repr(v));
        }
    }

    /** PyTorch's {@code if value < 0.0: raise ...}, as SGD writes its checks (NaN passes it). */
    static void notNegative(Map<String, Object> options, String key, String label) {
        Object v = options.get(key);
        if (number(key, v) < 0.0) {
            throw KindlingError.valueError(label + ": " + Optimizer.repr(v));
        }
    }

    /** Adam's betas: each in [0, 1), PyTorch's texts; returns the first two, as PyTorch keeps them. */
    static List<Object> betasInRange(Object value) {
        if (!(value instanceof List<?> betas)) {
            throw KindlingError.typeError("'" + Optimizer.typeName(value) + "' object is not subscriptable");
        }
        if (betas.size() < 2) {
            throw KindlingError.indexError("tuple index out of range");
        }
        for (int i = 0; i < 2; i++) {
            double beta = number("betas", betas.get(i));
            if (!(0.0 <= beta && beta < 1.0)) {
                throw KindlingError.valueError("Invalid beta parameter at index " + i + ": "
                        + Optimizer.repr(betas.get(i)));
            }
        }
        return List.of(betas.get(0), betas.get(1));
    }

    /** Adam's betas are floats: an int such as {@code (0, 0.9)} is refused as PyTorch refuses it. */
    static void betasAreFloats(List<Object> betas) {
        if (!(betas.get(0) instanceof Double && betas.get(1) instanceof Double)) {
            throw KindlingError.valueError("betas must be either both floats or both Tensors");
        }
    }

    /**
     * Options PyTorch takes that change how the update is computed in ways Kindling does not
     * reproduce (a multi-tensor or fused kernel, graph capture, a differentiable step): set to
     * True, they are refused rather than ignored.
     */
    static void honoured(String optimizer, Map<String, Object> options, String... flags) {
        for (String flag : flags) {
            if (Boolean.TRUE.equals(options.get(flag))) {
                throw KindlingError.notImplementedError(optimizer + ": " + flag + "=True is not supported in Kindling");
            }
        }
    }

    private static double number(String key, Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw KindlingError.typeError("optimizer option '" + key + "' must be a number");
    }
}
