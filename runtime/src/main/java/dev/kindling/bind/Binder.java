package dev.kindling.bind;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.BuiltinBody;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.ops.Op;
import dev.kindling.ops.OpRegistry;
import dev.kindling.ops.Variant;
import dev.kindling.tensor.Tensor;

/**
 * Installs every op of a registry as Python sees it: {@code Tensor} methods, {@code torch}
 * functions and {@code torch.nn.functional} functions, each parsing its arguments against the
 * op's schemas. The binding converts values and nothing else: what an op means is its kernel's.
 */
public final class Binder {
    /** Where each variant is reached from Python, for help's call lines. */
    private static final Map<Variant, String> PREFIXES = Map.of(Variant.METHOD, "Tensor.", Variant.FUNCTION, "torch.",
            Variant.FUNCTIONAL, "torch.nn.functional.", Variant.MODULE, "torch.nn.", Variant.INIT, "torch.nn.init.", Variant.OPTIMIZER, "torch.optim.",
            Variant.SCHEDULER, "torch.optim.lr_scheduler.");

    private Binder() {}

    /**
     * Tensor methods for every op with the METHOD variant; {@code converters} turn the named
     * {@code Any} arguments (new_tensor's data) into their Java form.
     */
    public static void installMethods(OpRegistry registry, PyClass tensorType,
            Map<String, UnaryOperator<Object>> converters) {
        for (Op op : registry.ops()) {
            if (op.variants().contains(Variant.METHOD)) {
                tensorType.define(op.name(), new PyBuiltin(tensorType.name() + "." + op.name(),
                        method(op, converters), () -> help(op)));
            }
        }
    }

    /** Module functions for every op with the given variant (FUNCTION for torch, FUNCTIONAL for F). */
    public static void installFunctions(OpRegistry registry, PyModule module, Variant variant) {
        installFunctions(registry, module, variant, Map.of());
    }

    /**
     * Module functions for every op with the given variant; {@code converters} turn the named
     * {@code Any} arguments (torch.tensor's data) into their Java form.
     */
    public static void installFunctions(OpRegistry registry, PyModule module, Variant variant,
            Map<String, UnaryOperator<Object>> converters) {
        for (Op op : registry.all()) {
            if (op.variants().contains(variant)) {
                module.set(op.name(), new PyBuiltin(module.name() + "." + op.name(), function(op, converters),
                        () -> help(op)));
            }
        }
    }

    /**
     * The body Python calls for an op as a {@code Tensor} method: the receiver first, then the
     * arguments, parsed against the op's schemas. Operators built on ops ({@code __add__}) call it.
     */
    public static BuiltinBody method(Op op, Map<String, UnaryOperator<Object>> converters) {
        LazyParser parser = new LazyParser(op, true, converters);
        return (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof Tensor self)) {
                throw KindlingError.typeError("descriptor '" + op.name() + "' for 'torch._C.TensorBase' objects "
                        + "doesn't apply to a '" + (a.length == 0 ? "NoneType" : Ops.typeName(a[0])) + "' object");
            }
            Object[] rest = new Object[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return toPython(parser.get().call(self, rest, k));
        };
    }

    /** The body Python calls for an op as a module function ({@code torch.add}, {@code F.relu}). */
    public static BuiltinBody function(Op op, Map<String, UnaryOperator<Object>> converters) {
        LazyParser parser = new LazyParser(op, false, converters);
        return (a, k) -> toPython(parser.get().call(null, a, k));
    }

    /**
     * The parameter names Python sees for the op as installed: as a {@code Tensor} method
     * ({@code method}, without the receiver) or as a function ({@code self} called {@code input}).
     */
    public static PythonParameters parameters(Op op, boolean method) {
        return new OverloadParser(op, method, Map.of()).pythonParameters();
    }

    /** The help text of an op: its schemas, its doc and its example. */
    public static String help(Op op) {
        StringBuilder sb = new StringBuilder();
        for (Op.Overload o : op.overloads()) {
            if (!o.deprecated()) {
                for (Variant v : op.variants()) {
                    boolean method = v == Variant.METHOD;
                    if (!method || Signature.selfSlot(o.schema()) >= 0) {
                        sb.append(PREFIXES.get(v)).append(op.name())
                                .append(new Signature(op.name(), o.schema(), method, false, Map.of())).append('\n');
                    }
                }
            }
        }
        for (Op.Overload o : op.overloads()) {
            sb.append("schema: ").append(o.schema()).append('\n');
        }
        sb.append('\n').append(op.doc());
        if (!op.example().isEmpty()) {
            sb.append("\n\n>>> ").append(op.example());
        }
        return sb.toString();
    }

    /** An op's parser, built at its first call: start-up pays for no schema it does not use. */
    private static final class LazyParser {
        private final Op op;
        private final boolean method;
        private final Map<String, UnaryOperator<Object>> converters;
        private OverloadParser parser;

        LazyParser(Op op, boolean method, Map<String, UnaryOperator<Object>> converters) {
            this.op = op;
            this.method = method;
            this.converters = converters;
        }

        OverloadParser get() {
            if (parser == null) {
                parser = new OverloadParser(op, method, converters);
            }
            return parser;
        }
    }

    /** A kernel's result as a Python value: lists and arrays of tensors become tuples, null None. */
    static Object toPython(Object result) {
        if (result == null) {
            return PyNone.NONE;
        }
        if (result instanceof Tensor[] ts) {
            return new PyTuple((Object[]) ts);
        }
        if (result instanceof List<?> l) {
            return new PyTuple(l.toArray());
        }
        if (result instanceof Integer i) {
            return (long) i;
        }
        return result;
    }
}
