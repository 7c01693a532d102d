package dev.kindling.lang.objects;

/**
 * A value implemented by Kindling's runtime that knows its Python type.
 *
 * <p>Python's numbers, strings and booleans are plain Java {@code Long}/{@code BigInteger},
 * {@code Double}, {@code String} and {@code Boolean}; every other runtime value implements this
 * interface. Java objects that do neither (a tensor, say) get their type from
 * {@link JavaTypes}, the one adapter through which host classes become Python types.
 */
public interface PyObj {
    /** The Python type of this value; {@code type(x)} in the language. */
    PyClass type();
}
