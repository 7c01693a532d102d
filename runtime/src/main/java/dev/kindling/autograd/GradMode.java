package dev.kindling.autograd;

import java.util.function.Supplier;

import dev.kindling.tensor.TorchState;

/**
 * Whether operations record the graph for backward ({@code torch.is_grad_enabled()}), per
 * thread, as in PyTorch, and per session: the mode lives in the {@link TorchState#current()
 * current TorchState}, so {@code no_grad} in one session never reaches another.
 * {@code torch.no_grad()} turns it off for a block.
 *
 * <pre>{@code
 * Tensor w = Torch.ones(3).requiresGrad_(true);
 * Tensor y = GradMode.withoutGrad(() -> w.mul(2));   // with torch.no_grad(): y = w * 2
 * boolean previous = GradMode.set(false);            // or by hand, restoring afterwards
 * try {
 *     Tensor z = w.mul(2);                           // records no graph either
 * } finally {
 *     GradMode.set(previous);
 * }
 * }</pre>
 */
public final class GradMode {
    private GradMode() {}

    public static boolean isEnabled() {
        return TorchState.current().isGradEnabled();
    }

    /** Sets the mode and returns the previous one, so callers can restore it. */
    public static boolean set(boolean enabled) {
        return TorchState.current().setGradEnabled(enabled);
    }

    /** Runs work with gradient recording off (a Java {@code torch.no_grad()} block). */
    public static <T> T withoutGrad(Supplier<T> work) {
        boolean previous = set(false);
        try {
            return work.get();
        } finally {
            set(previous);
        }
    }
}
