package dev.kindling.ops;

import dev.kindling.tensor.Tensor;

/**
 * Where a script's {@code tensor.item()} is seen: the one place a training loop hands a number
 * to Python, usually its loss ({@code print(f"{loss.item():.4f}")}), so a session can chart it
 * without the loop saying so. The Java DSL's own {@link Tensor#item()} is not observed.
 *
 * <p>The observer is per thread because each session runs its code on its own thread, as with
 * {@link dev.kindling.errors.Warnings}; a thread with none observes nothing.
 */
public final class ScalarReads {
    /** Told each value a script reads from a tensor with item(). */
    @FunctionalInterface
    public interface Observer {
        void read(Tensor tensor, Object value);
    }

    private static final ThreadLocal<Observer> OBSERVER = new ThreadLocal<>();

    private ScalarReads() {}

    /** Routes this thread's item() reads to {@code observer} (null: none). */
    public static void observeThisThread(Observer observer) {
        OBSERVER.set(observer);
    }

    /** Tells this thread's observer, if any, and returns the value. */
    static Object noted(Tensor tensor, Object value) {
        Observer observer = OBSERVER.get();
        if (observer != null) {
            observer.read(tensor, value);
        }
        return value;
    }
}
