package dev.kindling.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kindling.lang.ast.Parameters;
import dev.kindling.lang.eval.Context;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBoundMethod;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyFunction;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.Repr;
import dev.kindling.tensor.Tensor;

/**
 * A read-only look at a session's values for tools such as help, completion and a variables
 * table, in plain Java terms: names, kinds, parameter lists, docstrings. Values travel as
 * {@code Object} handles that only this class looks into. Lookups never raise: a failing
 * attribute is absent. Only {@link #members} may run a script's code (its {@code __dir__} and an
 * nn.Module's {@code named_children}), on the calling thread.
 *
 * <pre>{@code
 * try (Session session = Kindling.builder().build().newSession()) {
 *     session.exec("def train(model, epochs=10, *, lr=0.01): pass");
 *     Introspection look = session.introspection();
 *     Object train = look.lookup("train");
 *     look.kind(train);                                  // FUNCTION
 *     look.parameters(train).get().keywordNames();       // [model, epochs, lr]
 * }
 * }</pre>
 */
public final class Introspection {
    private final Context context;

    Introspection(Context context) {
        this.context = context;
    }

    /** A variable of {@code __main__}, else a builtin of that name, else null. */
    public Object lookup(String name) {
        Object v = context.main().get(name);
        return v != null ? v : context.builtins().get(name);
    }

    /** The names of the builtins ({@code print}, {@code len}, {@code range}, ...). */
    public List<String> builtinNames() {
        return context.builtins().names();
    }

    /** {@code getattr(value, name)}, or null when the attribute is missing or raises. */
    public Object attribute(Object value, String name) {
        return safeAttr(value, name);
    }

    static Object safeAttr(Object value, String name) {
        try {
            return Ops.findAttr(value, name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The names dir() lists for the value; empty when that fails. */
    public List<String> dir(Object value) {
        try {
            return Ops.attributeNames(value);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The names worth offering after {@code value.}, sorted: dir()'s, plus what the object's own
     * {@code __dir__} lists and an nn.Module's children by name.
     */
    public List<String> members(Object value) {
        return Members.of(value);
    }

    public ValueKind kind(Object value) {
        if (value instanceof PyModule) {
            return ValueKind.MODULE;
        }
        if (value instanceof PyClass) {
            return ValueKind.CLASS;
        }
        if (value instanceof PyFunction) {
            return ValueKind.FUNCTION;
        }
        if (value instanceof PyBoundMethod) {
            return ValueKind.BOUND_METHOD;
        }
        if (value instanceof PyBuiltin) {
            return ValueKind.BUILTIN;
        }
        return value == PyNone.NONE ? ValueKind.NONE : ValueKind.OTHER;
    }

    /** A module's full name, a class's or builtin's own name ({@code torch.nn}, {@code Linear}, {@code torch.sum}); else null. */
    public String name(Object value) {
        if (value instanceof PyModule m) {
            return m.name();
        }
        if (value instanceof PyClass c) {
            return c.name();
        }
        return value instanceof PyBuiltin b ? b.name() : null;
    }

    /** The class itself for a class, else the value's type. */
    public TypeInfo typeOf(Object value) {
        PyClass c = value instanceof PyClass pc ? pc : Ops.typeOf(value);
        PyClass base = c.base();
        return new TypeInfo(c.module(), c.name(), c.isBuiltin(), base == null ? null : base.name());
    }

    /** The name {@code type(value).__name__} gives. */
    public String typeName(Object value) {
        return Ops.typeName(value);
    }

    /** A builtin's docstring (also through a method bound to it), or null; ops' come from the registry. */
    public String doc(Object value) {
        Object f = value instanceof PyBoundMethod m ? m.function() : value;
        String doc = f instanceof PyBuiltin b ? b.doc() : null;
        return doc == null || doc.isBlank() ? null : doc;
    }

    /** {@code str(value)}; a failing {@code __str__} raises KindlingError. */
    public String str(Object value) {
        return Repr.str(value);
    }

    /**
     * The parameters a call passes: a script's function's, a bound method's without its receiver,
     * a class's {@code __init__}'s without {@code self}, an op's from its schemas. Empty for other
     * builtins, whose parameters are not declared.
     */
    public Optional<ParameterList> parameters(Object callable) {
        boolean bound = callable instanceof PyBoundMethod;
        Object f = callable instanceof PyBoundMethod m ? m.function() : callable;
        if (f instanceof PyClass c && c.lookup("__init__") instanceof PyFunction init) {
            f = init;
            bound = true;
        }
        if (f instanceof PyBuiltin b) {
            return Optional.ofNullable(OpHelp.parameters(b));
        }
        if (!(f instanceof PyFunction pf)) {
            return Optional.empty();
        }
        Parameters p = pf.template().parameters();
        List<String> positional = new ArrayList<>(p.positional());
        if (bound && !positional.isEmpty()) {
            positional.remove(0);
        }
        return Optional.of(new ParameterList(positional, p.varArgs(), p.keywordOnly(), p.varKeywords()));
    }

    /**
     * A dotted name's value: a variable of {@code __main__} ({@code loss}), then its attributes
     * ({@code model.weight}, {@code w.grad}); null when a part is missing or raises.
     */
    public Object lookupPath(String path) {
        String[] parts = path.strip().split("\\.", -1);
        Object v = context.main().get(parts[0]);
        for (int i = 1; i < parts.length && v != null; i++) {
            v = parts[i].isEmpty() ? null : safeAttr(v, parts[i]);
        }
        return v;
    }

    /** A copy of a tensor's first {@code maxElements} elements; empty for a value that is not a tensor. */
    public Optional<TensorSnapshot> tensor(Object value, int maxElements) {
        if (!(value instanceof Tensor t)) {
            return Optional.empty();
        }
        try {
            return Optional.of(TensorSnapshot.of(t, maxElements));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The autograd graph behind a tensor, its nodes labelled with the session's names for their
     * tensors, each leaf's and input's values (and gradient) copied up to {@code maxElements};
     * empty for a value that is not a tensor. Safe to call while the session runs: it reads
     * the graph as it stands.
     */
    public Optional<AutogradGraph> graph(Object value, int maxElements) {
        if (!(value instanceof Tensor t)) {
            return Optional.empty();
        }
        try {
            Map<Tensor, String> labels = TensorNames.of(context);
            return Optional.of(GraphWalk.of(t, labels.get(t), labels, maxElements));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The variables of {@code __main__} in definition order, imported modules left out. */
    public List<Variable> variables() {
        List<Variable> rows = new ArrayList<>();
        for (String name : context.main().names()) {
            Object v = context.main().get(name);
            if (v != null && !(v instanceof PyModule)) {
                rows.add(variable(name, v));
            }
        }
        return rows;
    }

    /**
     * One row; a tensor's grad is read from the tensor itself, not through Python's {@code .grad},
     * which warns on every non-leaf tensor (a listing is no access by the learner).
     */
    private Variable variable(String name, Object v) {
        String type = Ops.typeName(v);
        Object shape = safeAttr(v, "shape");
        if (shape == null) {
            return new Variable(name, type, null, null, null, null);
        }
        // a tensor's grad read as Java, so listing a non-leaf does not warn as reading its .grad does
        Boolean hasGrad = v instanceof Tensor t ? t.grad() != null : hasGrad(safeAttr(v, "grad"));
        return new Variable(name, type, text(shape), text(safeAttr(v, "dtype")), text(safeAttr(v, "requires_grad")),
                hasGrad);
    }

    private static Boolean hasGrad(Object grad) {
        return grad == null ? null : grad != PyNone.NONE;
    }

    /** str() for a table cell: "" for a missing value, "?" when str() raises. */
    private static String text(Object v) {
        try {
            return v == null ? "" : Repr.str(v);
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
