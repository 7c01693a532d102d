package dev.kindling.ops;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Values of a kind a parameter may not take, and which parameter types PyTorch's
 * {@code python_arg_parser} lets each of them through. The model is written from PyTorch's
 * rules, not read from Kindling's binder, so a binder that accepts too much fails the sweep;
 * where PyTorch leaves the decision to the kernel (a list for {@code Tensor[]}, whose elements
 * are checked later) the model counts the value as accepted, so no case is built on it.
 */
enum WrongKind {
    STR("'x'"),
    INT_LIST("[1, 2]"),
    FLOAT_LIST("[1.5]"),
    NONE("None"),
    FLOAT("1.5"),
    TENSOR("torch.ones(2)");

    /** Parameter types that take anything in Kindling's binder ({@code Any}, layouts and memory formats). */
    private static final Set<ParamType> OPAQUE = EnumSet.of(ParamType.OBJECT, ParamType.LAYOUT, ParamType.MEMORY_FORMAT);

    final String text;

    WrongKind(String text) {
        this.text = text;
    }

    /** The wrong kinds to try for a parameter: each is one PyTorch refuses for it. */
    static List<WrongKind> against(Param p, boolean numbersAsTensors) {
        List<WrongKind> out = new ArrayList<>();
        for (WrongKind k : values()) {
            if (!OPAQUE.contains(p.type()) && !k.fits(p, numbersAsTensors)) {
                out.add(k);
            }
        }
        return out;
    }

    /** Whether PyTorch's binder may accept this kind for the parameter (conservatively: when unsure, yes). */
    boolean fits(Param p, boolean numbersAsTensors) {
        if (OPAQUE.contains(p.type())) {
            return true;
        }
        switch (this) {
            case NONE: return p.nullable() || "[]".equals(p.defaultText()); // PyTorch spells a [] default None
            case STR: return p.type() == ParamType.STRING || p.type() == ParamType.DEVICE;
            case INT_LIST: return p.type() == ParamType.INT_LIST || p.type() == ParamType.FLOAT_LIST
                    || p.type() == ParamType.TENSOR_LIST;
            case FLOAT_LIST: return p.type() == ParamType.FLOAT_LIST || p.type() == ParamType.TENSOR_LIST;
            case FLOAT: return p.type() == ParamType.FLOAT || p.type() == ParamType.SCALAR
                    || p.type() == ParamType.FLOAT_LIST || p.type() == ParamType.TENSOR && numbersAsTensors;
            default: return p.type() == ParamType.TENSOR;
        }
    }
}
