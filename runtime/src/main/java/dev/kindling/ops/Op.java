package dev.kindling.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One op, declared once: its overloads (a schema and a kernel each, tried in order as PyTorch's
 * binder tries its signatures), where it is installed, the name of the autograd node its
 * forward records ({@code grad_fn}), and its help text with a runnable example.
 */
public final class Op {
    /**
     * One signature of the op and what it computes. A deprecated one (PyTorch's
     * {@code |deprecated} signatures, such as {@code add(Scalar alpha, Tensor other)}) is tried
     * last, warns when used, and is left out of signature listings. The schema text is parsed
     * when first needed, so declaring every op costs start-up nothing but the declarations.
     */
    public static final class Overload {
        private final String text;
        private final Kernel kernel;
        private final boolean deprecated;
        private volatile Schema schema;

        Overload(String text, Kernel kernel, boolean deprecated) {
            this.text = text;
            this.kernel = kernel;
            this.deprecated = deprecated;
        }

        public Schema schema() {
            Schema s = schema;
            if (s == null) {
                s = Schema.parse(text);
                schema = s;
            }
            return s;
        }

        public Kernel kernel() {
            return kernel;
        }

        public boolean deprecated() {
            return deprecated;
        }
    }

    private final String name;
    private final List<Overload> overloads = new ArrayList<>();
    private final Set<Variant> variants = EnumSet.noneOf(Variant.class);
    private String gradFn;
    private String doc = "";
    private String example = "";
    private boolean numbersAsTensors;
    private OutDtype outDtype = OutDtype.CASTABLE;

    Op(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public List<Overload> overloads() {
        return Collections.unmodifiableList(overloads);
    }

    public Set<Variant> variants() {
        return Collections.unmodifiableSet(variants);
    }

    /** The autograd node the forward records, as PyTorch names it ({@code SumBackward0}), or null. */
    public String gradFn() {
        return gradFn;
    }

    public String doc() {
        return doc;
    }

    /** A line of Kindling that calls the op; the docs test runs it. */
    public String example() {
        return example;
    }

    /** Whether a Tensor parameter also takes a Python number, as PyTorch allows for arithmetic and comparisons. */
    public boolean numbersAsTensors() {
        return numbersAsTensors;
    }

    /** Which dtypes an {@code out=} tensor may have (for overloads whose schema declares out). */
    public OutDtype outDtype() {
        return outDtype;
    }

    /**
     * Runs one of this op's overloads on bound arguments: its kernel's result, or where the
     * schema's {@code out=} was given, that tensor with the result written into it.
     */
    public Object call(Overload overload, OpArgs args) {
        return OutArgument.call(this, overload, args);
    }

    // ---- declaration, in the style of native_functions.yaml ----

    /** The rule for out='s dtype, where it is not TensorIterator's castable rule. */
    public Op outDtype(OutDtype rule) {
        this.outDtype = rule;
        return this;
    }

    /** Adds another signature, tried after the earlier ones. */
    public Op overload(String schema, Kernel kernel) {
        if (!Schema.nameOf(schema).equals(name)) {
            throw new IllegalArgumentException("overload " + schema + " of " + name);
        }
        overloads.add(new Overload(schema, kernel, false));
        return this;
    }

    /** Adds a deprecated signature that PyTorch still accepts (with a warning) but no longer lists. */
    public Op deprecatedOverload(String schema, Kernel kernel) {
        overloads.add(new Overload(schema, kernel, true));
        return this;
    }

    public Op variants(Variant... vs) {
        variants.addAll(List.of(vs));
        return this;
    }

    public Op grad(String nodeName) {
        this.gradFn = nodeName;
        return this;
    }

    public Op doc(String text, String exampleLine) {
        this.doc = text;
        this.example = exampleLine;
        return this;
    }

    public Op allowNumbersAsTensors() {
        this.numbersAsTensors = true;
        return this;
    }
}
