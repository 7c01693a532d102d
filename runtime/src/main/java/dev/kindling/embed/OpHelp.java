package dev.kindling.embed;

import java.util.List;

import dev.kindling.bind.Binder;
import dev.kindling.bind.PythonParameters;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.ops.Op;
import dev.kindling.ops.OpRegistry;
import dev.kindling.ops.Variant;

/**
 * What the op registry says about an op, found by the name Python reaches it under: the binder
 * installs {@code sum} as {@code torch.sum} and {@code Tensor.sum}, the functional ops as
 * {@code torch.nn.functional.relu}. Help pages and keyword completion read ops here, so an op's
 * signature and example are written once, in its declaration.
 *
 * <pre>{@code
 * String page = OpHelp.help("torch.sum");   // its schemas, its text and a runnable example
 * }</pre>
 */
public final class OpHelp {
    private static final String TENSOR = "Tensor.";
    private static final String FUNCTIONAL = "torch.nn.functional.";
    private static final String TORCH = "torch.";

    private OpHelp() {}

    /** An op as installed under one name: a Tensor method, or a function of torch or F. */
    private record Installed(Op op, boolean method) {}

    /**
     * The registry's help for the op installed under {@code qualifiedName} ({@code torch.sum},
     * {@code Tensor.add}, {@code torch.nn.functional.relu}): its schemas, text and example; or
     * null when no op is installed under that name.
     */
    public static String help(String qualifiedName) {
        Installed installed = byName(qualifiedName);
        return installed == null ? null : Binder.help(installed.op());
    }

    /** Every declared op's example, each a line of Kindling that calls the op; tests run them. */
    public static List<String> examples() {
        return OpRegistry.standard().all().stream().map(Op::example).toList();
    }

    /** The Python parameters of a builtin that the binder installed for an op, or null for any other builtin. */
    static ParameterList parameters(PyBuiltin builtin) {
        Installed installed = byName(builtin.name());
        if (installed == null || !Binder.help(installed.op()).equals(builtin.doc())) {
            return null;
        }
        PythonParameters p = Binder.parameters(installed.op(), installed.method());
        return new ParameterList(p.positional(), null, p.keywordOnly(), null);
    }

    private static Installed byName(String qualifiedName) {
        if (qualifiedName == null) {
            return null;
        }
        OpRegistry registry = OpRegistry.standard();
        if (qualifiedName.startsWith(TENSOR)) {
            return installed(registry.find(qualifiedName.substring(TENSOR.length())), Variant.METHOD);
        }
        if (qualifiedName.startsWith(FUNCTIONAL)) {
            String name = qualifiedName.substring(FUNCTIONAL.length());
            Op declared = registry.findFunctional(name);
            return declared != null ? new Installed(declared, false) : installed(registry.find(name), Variant.FUNCTIONAL);
        }
        String name = qualifiedName.startsWith(TORCH) ? qualifiedName.substring(TORCH.length()) : "";
        return name.contains(".") ? null : installed(registry.find(name), Variant.FUNCTION);
    }

    private static Installed installed(Op op, Variant variant) {
        return op != null && op.variants().contains(variant) ? new Installed(op, variant == Variant.METHOD) : null;
    }
}
