package dev.kindling.bind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Ops;
import dev.kindling.ops.Op;
import dev.kindling.ops.OpArgs;

/**
 * An op's signatures in one variant, tried in order as PyTorch's {@code PythonArgParser} tries
 * them: the first that fits wins; with one signature its own error is raised; otherwise the
 * one plausible signature's error, or PyTorch's "received an invalid combination of arguments".
 */
final class OverloadParser {
    private final String name;
    private final List<Signature> signatures = new ArrayList<>();
    private final List<Op.Overload> overloads = new ArrayList<>();

    OverloadParser(Op op, boolean method) {
        this(op, method, Map.of());
    }

    /** With converters for {@code Any} parameters whose Java form only the interpreter can make. */
    OverloadParser(Op op, boolean method, Map<String, UnaryOperator<Object>> converters) {
        this.name = op.name();
        for (Op.Overload o : op.overloads()) {
            if (!method || Signature.selfSlot(o.schema()) >= 0) {
                signatures.add(new Signature(op.name(), o.schema(), method, op.numbersAsTensors(), converters));
                overloads.add(o);
            }
        }
    }

    boolean isEmpty() {
        return signatures.isEmpty();
    }

    /** The Python parameter names of every signature; a name positional in one stays positional. */
    PythonParameters pythonParameters() {
        Set<String> positional = new LinkedHashSet<>();
        Set<String> keywordOnly = new LinkedHashSet<>();
        for (Signature s : signatures) {
            s.addPythonNames(positional, keywordOnly);
        }
        keywordOnly.removeAll(positional);
        return new PythonParameters(new ArrayList<>(positional), new ArrayList<>(keywordOnly));
    }

    /** Binds the call and runs the matching overload's kernel. */
    Object call(Object self, Object[] args, Map<String, Object> kwargs) {
        if (signatures.size() == 1) {
            return overloads.get(0).kernel().apply(signatures.get(0).parse(self, args, kwargs, true));
        }
        for (int i = 0; i < signatures.size(); i++) {
            OpArgs bound = signatures.get(i).parse(self, args, kwargs, false);
            if (bound != null) {
                return overloads.get(i).kernel().apply(bound);
            }
        }
        throw invalidCombination(self, args, kwargs);
    }

    private KindlingError invalidCombination(Object self, Object[] args, Map<String, Object> kwargs) {
        int given = args.length + (kwargs == null ? 0 : kwargs.size());
        List<Signature> plausible = new ArrayList<>();
        for (Signature s : signatures) {
            if (given >= s.minArgs && given <= s.maxArgs()) {
                plausible.add(s);
            }
        }
        if (plausible.size() == 1) {
            plausible.get(0).parse(self, args, kwargs, true);
        }
        StringBuilder sb = new StringBuilder(name).append("() received an invalid combination of arguments - got ")
                .append(describe(args, kwargs, null)).append(", but expected one of:");
        for (Signature s : signatures) {
            sb.append("\n * ").append(s);
            if (plausible.contains(s)) {
                sb.append("\n      didn't match because some of the arguments have invalid types: ")
                        .append(describe(args, kwargs, s));
            }
        }
        return KindlingError.typeError(sb.toString());
    }

    /** The call's argument types, PyTorch's way: {@code (Tensor, dim=str)}, with {@code !str!} where s rejects one. */
    private static String describe(Object[] args, Map<String, Object> kwargs, Signature s) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            boolean bad = s != null && (i >= s.maxPositional || !s.fits(i, args[i]));
            parts.add(mark(Ops.typeName(args[i]), bad));
        }
        if (kwargs != null) {
            for (Map.Entry<String, Object> e : kwargs.entrySet()) {
                int index = s == null ? -1 : s.positionOf(e.getKey());
                boolean bad = s != null && (index < 0 || !s.fits(index, e.getValue()));
                parts.add(e.getKey() + "=" + mark(Ops.typeName(e.getValue()), bad));
            }
        }
        return "(" + String.join(", ", parts) + ")";
    }

    private static String mark(String type, boolean bad) {
        return bad ? "!" + type + "!" : type;
    }
}
