package dev.kindling.bind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.ops.OpArgs;
import dev.kindling.ops.Param;
import dev.kindling.ops.ParamType;
import dev.kindling.ops.Schema;

/**
 * One schema as Python sees it in one variant: for a method the receiver is not a parameter;
 * for a function {@code self} is called {@code input}. Parses a call's arguments as PyTorch's
 * {@code FunctionSignature::parse} does, with its error texts.
 */
final class Signature {
    /** NumPy-style keyword spellings PyTorch also accepts for these parameters. */
    private static final Map<String, List<String>> ALIASES = Map.of("dim", List.of("axis"), "keepdim",
            List.of("keepdims"), "input", List.of("x", "a", "x1"), "other", List.of("x2"));

    final String name;
    final Schema schema;
    private final List<Param> params = new ArrayList<>();
    private final List<Integer> slots = new ArrayList<>();
    private final List<String> pythonNames = new ArrayList<>();
    private final int selfSlot;
    private final boolean method;
    private final boolean numbersAsTensors;
    final int minArgs;
    final int maxPositional;

    private final Map<String, UnaryOperator<Object>> converters;

    Signature(String name, Schema schema, boolean method, boolean numbersAsTensors,
            Map<String, UnaryOperator<Object>> converters) {
        this.name = name;
        this.converters = converters;
        this.schema = schema;
        this.method = method;
        this.numbersAsTensors = numbersAsTensors;
        this.selfSlot = method ? selfSlot(schema) : -1;
        int required = 0;
        int positional = 0;
        for (int slot = 0; slot < schema.params().size(); slot++) {
            Param p = schema.params().get(slot);
            if (slot == selfSlot || method && slot == schema.outputSlot()) {
                continue; // PyTorch's methods take neither the receiver as an argument nor out=
            }
            params.add(p);
            slots.add(slot);
            pythonNames.add(p.name().equals("self") ? "input" : p.name());
            required += p.optional() ? 0 : 1;
            positional += p.keywordOnly() ? 0 : 1;
        }
        this.minArgs = required;
        this.maxPositional = positional;
    }

    /** The receiver's place among the schema's parameters: the one named self. */
    static int selfSlot(Schema schema) {
        for (int i = 0; i < schema.params().size(); i++) {
            if (schema.params().get(i).name().equals("self") && schema.params().get(i).type() == ParamType.TENSOR) {
                return i;
            }
        }
        return -1;
    }

    /** The names this signature accepts from Python, in order, with whether each is keyword-only. */
    void addPythonNames(Set<String> positional, Set<String> keywordOnly) {
        for (int i = 0; i < params.size(); i++) {
            (params.get(i).keywordOnly() ? keywordOnly : positional).add(pythonNames.get(i));
        }
    }

    int maxArgs() {
        return params.size();
    }

    /**
     * The bound arguments, or null when they do not fit and {@code raise} is false; with
     * {@code raise} a misfit is PyTorch's TypeError.
     */
    OpArgs parse(Object self, Object[] args, Map<String, Object> kwargs, boolean raise) {
        int nargs = args.length;
        int remainingKwargs = kwargs == null ? 0 : kwargs.size();
        boolean varargsIntList = maxPositional == 1 && params.get(0).type() == ParamType.INT_LIST;
        if (nargs > maxPositional && !(varargsIntList && startsWithIndex(args))) {
            return fail(raise, () -> extraArgs(nargs));
        }
        Object[] values = new Object[schema.params().size()];
        boolean[] given = new boolean[values.length];
        if (method) {
            values[selfSlot] = self;
            given[selfSlot] = true;
        }
        int argPos = 0;
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            Object obj = null;
            boolean keyword = false;
            if (argPos < nargs) {
                if (p.keywordOnly()) {
                    return fail(raise, () -> extraArgs(nargs));
                }
                obj = args[argPos];
            } else if (kwargs != null) {
                obj = keyword(kwargs, i);
                keyword = true;
            }
            int slot = slots.get(i);
            if (obj == null && p.optional()) {
                values[slot] = p.defaultValue();
            } else if (obj == PyNone.NONE && p.nullable()) {
                values[slot] = null;
                given[slot] = true;
            } else if (obj == PyNone.NONE && p.noneMeansDefault()) {
                values[slot] = p.defaultValue();
            } else if (obj == null) {
                int missingFrom = i;
                return fail(raise, () -> missingArgs(missingFrom));
            } else if (ArgumentTypes.accepts(p, obj, numbersAsTensors)) {
                UnaryOperator<Object> converter = converters.get(p.name());
                values[slot] = converter != null ? converter.apply(obj) : ArgumentTypes.convert(p, obj, name);
                given[slot] = true;
            } else if (varargsIntList && argPos == 0 && !keyword && startsWithIndex(args)) {
                values[slot] = ArgumentTypes.ints(List.of(args), p, name);
                given[slot] = true;
                argPos = nargs;
                continue;
            } else {
                Object bad = obj;
                int position = argPos + 1;
                boolean byKeyword = keyword;
                return fail(raise, () -> wrongType(p, bad, byKeyword, position));
            }
            if (!keyword) {
                argPos++;
            } else if (obj != null) {
                remainingKwargs--;
            }
        }
        if (remainingKwargs > 0) {
            return fail(raise, () -> extraKwargs(kwargs, nargs));
        }
        return new OpArgs(schema, values, given);
    }

    private Object keyword(Map<String, Object> kwargs, int i) {
        String pythonName = pythonNames.get(i);
        Object obj = kwargs.get(pythonName);
        for (String alias : ALIASES.getOrDefault(pythonName, List.of())) {
            if (obj == null) {
                obj = kwargs.get(alias);
            }
        }
        return obj;
    }

    /**
     * Whether positional arguments may be one int list given as varargs ({@code x.view(2, 3)}):
     * PyTorch looks at the first only, and a later one that is no int fails when the list is read
     * ("failed to unpack the object at pos 2").
     */
    private static boolean startsWithIndex(Object[] args) {
        return args.length == 0 || ArgumentTypes.isIndex(args[0]);
    }

    private static OpArgs fail(boolean raise, java.util.function.Supplier<KindlingError> error) {
        if (raise) {
            throw error.get();
        }
        return null;
    }

    private KindlingError extraArgs(int nargs) {
        if (minArgs != maxPositional) {
            return KindlingError.typeError(name + "() takes from " + minArgs + " to " + maxPositional
                    + " positional arguments but " + nargs + " were given");
        }
        return KindlingError.typeError(name + "() takes " + maxPositional + " positional argument"
                + (maxPositional == 1 ? "" : "s") + " but " + nargs + " " + (nargs == 1 ? "was" : "were") + " given");
    }

    /** PyTorch's text, including its plural: "missing 1 required positional arguments". */
    private KindlingError missingArgs(int from) {
        List<String> missing = new ArrayList<>();
        for (int i = from; i < params.size(); i++) {
            if (!params.get(i).optional()) {
                missing.add("\"" + pythonNames.get(i) + "\"");
            }
        }
        return KindlingError.typeError(name + "() missing " + missing.size() + " required positional argument"
                + (missing.size() == 1 ? "s" : "") + ": " + String.join(", ", missing));
    }

    private KindlingError wrongType(Param p, Object obj, boolean byKeyword, int position) {
        String param = pythonNames.get(params.indexOf(p));
        String expected = p.type().pythonName();
        if (byKeyword) {
            return KindlingError.typeError(name + "(): argument '" + param + "' must be " + expected + ", not "
                    + Ops.typeName(obj));
        }
        if (p.type() == ParamType.INT_LIST && ArgumentTypes.isSequence(obj)) {
            return KindlingError.typeError(name + "(): argument '" + param + "' (position " + position + ") must be "
                    + expected + ", but found element of type " + Ops.typeName(ArgumentTypes.items(obj).get(0))
                    + " at pos 0");
        }
        return KindlingError.typeError(name + "(): argument '" + param + "' (position " + position + ") must be "
                + expected + ", not " + Ops.typeName(obj));
    }

    private KindlingError extraKwargs(Map<String, Object> kwargs, int nargs) {
        for (String key : kwargs.keySet()) {
            int index = indexOf(key);
            if (index < 0) {
                return KindlingError.typeError(name + "() got an unexpected keyword argument '" + key + "'");
            }
            if (index < nargs) {
                return KindlingError.typeError(name + "() got multiple values for argument '" + key + "'");
            }
        }
        return KindlingError.typeError("invalid keyword arguments");
    }

    private int indexOf(String key) {
        for (int i = 0; i < pythonNames.size(); i++) {
            if (pythonNames.get(i).equals(key) || ALIASES.getOrDefault(pythonNames.get(i), List.of()).contains(key)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether an argument fits its parameter by the parameter's type alone, as the "didn't match"
     * line of PyTorch's overload error judges it (a number is not a Tensor there).
     */
    boolean fits(int index, Object obj) {
        Param p = params.get(index);
        return obj == PyNone.NONE && (p.nullable() || p.noneMeansDefault()) || ArgumentTypes.accepts(p, obj, false);
    }

    /** How many entries PyTorch's message parser counts in this signature: its parameters, and {@code *}. */
    int entryCount() {
        for (Param p : params) {
            if (p.keywordOnly()) {
                return params.size() + 1;
            }
        }
        return params.size();
    }

    boolean isOptional(int index) {
        return params.get(index).optional();
    }

    int positionOf(String keyword) {
        return indexOf(keyword);
    }

    /** PyTorch's listing of a signature: {@code (Tensor input, int dim, bool keepdim = False, *, torch.dtype dtype = None)}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        boolean keywordsStarted = false;
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            if (i > 0) {
                sb.append(", ");
            }
            if (p.keywordOnly() && !keywordsStarted) {
                sb.append("*, ");
                keywordsStarted = true;
            }
            sb.append(p.type().pythonName()).append(' ').append(pythonNames.get(i));
            if (p.optional()) {
                sb.append(" = ").append(p.defaultText().replace('"', '\''));
            }
        }
        return sb.append(')').toString();
    }
}
