package dev.kindling.embed;

/**
 * One variable of a session as a variables table shows it. The tensor columns are the
 * {@code str()} of the value's attributes, filled in only for values that have a {@code shape};
 * the {@code ...Text()} methods give them as the REPL's {@code :vars} and Kindling Lab show them.
 *
 * <pre>{@code
 * try (Session session = Kindling.builder().build().newSession()) {
 *     session.exec("import torch\nw = torch.zeros(2, 3, requires_grad=True)");
 *     Variable w = session.introspection().variables().get(1);   // after __name__
 *     w.shapeText();   // [2, 3]
 *     w.dtypeText();   // float32
 *     w.gradText();    // no
 * }
 * }</pre>
 *
 * @param name         the variable's name
 * @param type         its type's name ({@code Tensor}, {@code int}, {@code Net})
 * @param shape        str() of {@code .shape}; null when the value has none, and then so are the others
 * @param dtype        str() of {@code .dtype}; "" when missing, "?" when str() raises (also for shape)
 * @param requiresGrad str() of {@code .requires_grad}, as dtype
 * @param hasGrad      whether {@code .grad} is set; null when the value has no {@code grad} attribute
 */
public record Variable(String name, String type, String shape, String dtype, String requiresGrad, Boolean hasGrad) {
    /** Whether a variables table lists it: a name starting with an underscore is private. */
    public boolean isPublic() {
        return !name.startsWith("_");
    }

    /** The shape as a table shows it: {@code [2, 3]} for {@code torch.Size([2, 3])}; "" without a shape. */
    public String shapeText() {
        return shape == null ? "" : shape.replaceFirst("^torch\\.Size\\((.*)\\)$", "$1");
    }

    /** The dtype without its module: {@code float32}; "" without a shape. */
    public String dtypeText() {
        return shape == null ? "" : dtype.replaceFirst("^torch\\.", "");
    }

    /** requires_grad as str() gives it; "" without a shape. */
    public String requiresGradText() {
        return shape == null ? "" : requiresGrad;
    }

    /** Whether .grad is set: "yes", "no", or "" for a value without a grad attribute. */
    public String gradText() {
        return hasGrad == null ? "" : hasGrad ? "yes" : "no";
    }
}
