package dev.kindling.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One overload of an op as Python calls it in one variant: for a method the schema's
 * {@code self} is the receiver and not an argument; in a function it is called {@code input}.
 * Builds the source text of calls, so the sweep can write them from the schema alone.
 */
record VariantSignature(Op op, Variant variant, Schema schema, Param receiver, List<Param> params) {

    /** The overloads the binder installs for this variant (a method needs a {@code Tensor self}). */
    static List<VariantSignature> of(Op op, Variant variant) {
        List<VariantSignature> out = new ArrayList<>();
        for (Op.Overload o : op.overloads()) {
            Param self = selfParam(o.schema());
            if (variant == Variant.METHOD && self == null) {
                continue;
            }
            List<Param> params = new ArrayList<>(o.schema().params());
            if (variant == Variant.METHOD) {
                params.remove(self);
            }
            out.add(new VariantSignature(op, variant, o.schema(), variant == Variant.METHOD ? self : null, params));
        }
        return out;
    }

    private static Param selfParam(Schema schema) {
        for (Param p : schema.params()) {
            if (p.name().equals("self") && p.type() == ParamType.TENSOR) {
                return p;
            }
        }
        return null;
    }

    /** The name a keyword argument uses for this parameter. */
    static String pythonName(Param p) {
        return p.name().equals("self") ? "input" : p.name();
    }

    /** How many arguments may be given by position. */
    int maxPositional() {
        int n = 0;
        for (Param p : params) {
            n += p.keywordOnly() ? 0 : 1;
        }
        return n;
    }

    /** How many arguments must be given. */
    int required() {
        int n = 0;
        for (Param p : params) {
            n += p.optional() ? 0 : 1;
        }
        return n;
    }

    /** The parameter a positional argument at {@code index} binds to, or null when none takes it. */
    Param atPosition(int index) {
        return index < params.size() && !params.get(index).keywordOnly() ? params.get(index) : null;
    }

    /** The parameter a keyword binds to, or null. */
    Param byKeyword(String keyword) {
        for (Param p : params) {
            if (pythonName(p).equals(keyword)) {
                return p;
            }
        }
        return null;
    }

    /** What is called: {@code (recv).name}, {@code torch.name}, {@code F.name}, {@code torch.nn.Name}... */
    String callee(String receiverText) {
        return variant == Variant.METHOD ? "(" + receiverText + ")." + op.name() : namespace(variant) + op.name();
    }

    /**
     * Where a variant installs its ops, matched by the constant's name so that this compiles
     * whichever variants the registry has; a variant the sweep does not know is an error.
     */
    static String namespace(Variant variant) {
        switch (variant.name()) {
            case "FUNCTION": return "torch.";
            case "FUNCTIONAL": return "F.";
            case "MODULE": return "torch.nn.";
            case "INIT": return "nn.init.";
            case "OPTIMIZER": return "torch.optim.";
            case "SCHEDULER": return "torch.optim.lr_scheduler.";
            default: throw new IllegalStateException("the op sweep does not know where " + variant + " installs ops");
        }
    }

    /** The source text of a call with these arguments. */
    String call(String receiverText, List<String> positional, Map<String, String> keywords) {
        List<String> parts = new ArrayList<>(positional);
        keywords.forEach((k, v) -> parts.add(k + "=" + v));
        return callee(receiverText) + "(" + String.join(", ", parts) + ")";
    }
}
