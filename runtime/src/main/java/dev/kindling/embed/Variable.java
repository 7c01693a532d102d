package dev.kindling.embed;

/**
 * One variable of a session as a variables table shows it. The tensor columns are the
 * {@code str()} of the value's attributes, filled in only for values that have a {@code shape}.
 *
 * @param name         the variable's name
 * @param type         its type's name ({@code Tensor}, {@code int}, {@code Net})
 * @param shape        str() of {@code .shape}; null when the value has none, and then so are the others
 * @param dtype        str() of {@code .dtype}; "" when missing, "?" when str() raises (also for shape)
 * @param requiresGrad str() of {@code .requires_grad}, as dtype
 * @param hasGrad      whether {@code .grad} is set; null when the value has no {@code grad} attribute
 */
public record Variable(String name, String type, String shape, String dtype, String requiresGrad, Boolean hasGrad) {}
