package dev.kindling.ops;

/**
 * What an op computes from its bound arguments: a call into the Java DSL (a kernel or a
 * composition of other ops). It returns a Tensor, a list or array of tensors (a Python tuple),
 * a number, a boolean, or null for None.
 */
@FunctionalInterface
public interface Kernel {
    Object apply(OpArgs args);
}
