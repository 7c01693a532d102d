package dev.kindling.ops;

/**
 * An argument's Java value together with the Python repr of what the caller wrote, for a module
 * whose repr echoes the argument as given: {@code nn.Unflatten(-1, [2, -1])} prints the list as a
 * list and {@code nn.Unflatten(1, (2, 3))} the tuple as a tuple. The interpreter's binder makes
 * these with a converter, since only it knows a Python value's repr.
 *
 * <pre>{@code
 * AsWritten size = new AsWritten(new int[] {2, -1}, "[2, -1]");
 * }</pre>
 *
 * @param value the argument in its Java form (an {@code int[]} for a size)
 * @param repr  the argument as Python's repr() prints it
 */
public record AsWritten(Object value, String repr) {}
