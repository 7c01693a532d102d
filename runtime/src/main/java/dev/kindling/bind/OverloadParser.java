package dev.kindling.bind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.errors.Warnings;
import dev.kindling.ops.Op;
import dev.kindling.ops.OpArgs;
import dev.kindling.ops.Schema;
import dev.kindling.tensor.MissingDeviceKernel;

/**
 * An op's signatures in one variant, tried in order as PyTorch's {@code PythonArgParser} tries
 * them: the first that fits wins; with one signature its own error is raised; otherwise the
 * one plausible signature's error, or PyTorch's "received an invalid combination of arguments".
 */
final class OverloadParser {
    private final Op op;
    private final String name;
    private final List<Signature> signatures = new ArrayList<>();
    private final List<Op.Overload> overloads = new ArrayList<>();

    /** With converters for {@code Any} parameters whose Java form only the interpreter can make. */
    OverloadParser(Op op, boolean method, Map<String, UnaryOperator<Object>> converters) {
        this.op = op;
        this.name = op.name();
        List<Op.Overload> ordered = new ArrayList<>(op.overloads());
        ordered.sort(java.util.Comparator.comparing(Op.Overload::deprecated));
        for (Op.Overload o : ordered) {
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
            return run(overloads.get(0), signatures.get(0).parse(self, args, kwargs, true));
        }
        for (int i = 0; i < signatures.size(); i++) {
            OpArgs bound = signatures.get(i).parse(self, args, kwargs, false);
            if (bound != null) {
                if (overloads.get(i).deprecated()) {
                    warnDeprecated(signatures.get(i));
                }
                return run(overloads.get(i), bound);
            }
        }
        throw invalidCombination(self, args, kwargs);
    }

    /** Runs an overload (writing out= where given); a device without a kernel for it gets PyTorch's error naming the op. */
    private Object run(Op.Overload overload, OpArgs bound) {
        try {
            return op.call(overload, bound);
        } catch (MissingDeviceKernel e) {
            Schema schema = overload.schema();
            throw e.naming(schema.overload().isEmpty() ? schema.name() : schema.name() + "." + schema.overload());
        }
    }

    private KindlingError invalidCombination(Object self, Object[] args, Map<String, Object> kwargs) {
        int given = args.length + (kwargs == null ? 0 : kwargs.size());
        List<Signature> listed = new ArrayList<>();
        for (int i = 0; i < signatures.size(); i++) {
            if (!overloads.get(i).deprecated()) {
                listed.add(signatures.get(i));
            }
        }
        List<Signature> plausible = new ArrayList<>();
        for (Signature s : listed) {
            if (given >= s.minArgs && given <= s.maxArgs()) {
                plausible.add(s);
            }
        }
        if (plausible.size() == 1) {
            plausible.get(0).parse(self, args, kwargs, true);
        }
        return InvalidArguments.of(name, listed, args, kwargs);
    }

    /** PyTorch's warning, once, when a call matches only a deprecated signature. */
    private void warnDeprecated(Signature used) {
        StringBuilder sb = new StringBuilder("This overload of ").append(name).append(" is deprecated:\n\t")
                .append(name).append(used).append("\nConsider using one of the following signatures instead:");
        for (int i = 0; i < signatures.size(); i++) {
            if (!overloads.get(i).deprecated()) {
                sb.append("\n\t").append(name).append(signatures.get(i));
            }
        }
        Warnings.warn(ErrorType.USER_WARNING, sb.append(" (Triggered internally at ")
                .append("/__w/pytorch/pytorch/torch/csrc/utils/python_arg_parser.cpp:1841.)").toString());
    }
}
