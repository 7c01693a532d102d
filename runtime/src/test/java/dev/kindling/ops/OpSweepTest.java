package dev.kindling.ops;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.kindling.errors.ErrorType;
import dev.kindling.ops.SweepSamples.Tensors;
import dev.kindling.ops.SweepSession.Outcome;

/**
 * PyTorch's OpInfo sweep over the registry: for every op in every variant it is installed as,
 * the example runs and prints; arguments of a wrong kind (built from the schema's parameter
 * types), too many positional arguments, a missing required one and an unknown keyword each
 * raise a TypeError naming the op; and calls with awkward tensors (0-d, empty, mismatched,
 * int64, bool) and out-of-range ints give a value or a Python exception, never a Java one.
 */
class OpSweepTest {
    /** Exceptions an op may raise for arguments of the right kind but wrong values. */
    private static final List<ErrorType> VALUE_PROBLEMS = List.of(ErrorType.VALUE_ERROR, ErrorType.TYPE_ERROR,
            ErrorType.RUNTIME_ERROR, ErrorType.INDEX_ERROR,
            // F.embedding checks padding_idx with an assert, as PyTorch's does
            ErrorType.ASSERTION_ERROR);

    /**
     * Calls the sweep finds wrong that need more than a small fix, with the reason. A listed call
     * must still go wrong: once it is fixed, its entry has to go.
     */
    private static final List<KnownGap> KNOWN_GAPS = List.of();

    /** A call the sweep tolerates for now, in the test named {@code label}. */
    record KnownGap(String label, String call, String reason) {}

    @TestFactory
    Stream<DynamicTest> everyOpInEveryVariant() {
        List<Op> ops = OpRegistry.standard().all();
        assertFalse(ops.isEmpty(), "the registry declares no ops");
        List<DynamicTest> tests = new ArrayList<>();
        for (Op op : ops) {
            assertFalse(op.variants().isEmpty(), op.name() + " is installed nowhere");
            for (Variant v : op.variants()) {
                tests.add(DynamicTest.dynamicTest(label(op, v), () -> sweep(op, v)));
            }
        }
        assertFalse(tests.isEmpty(), "the sweep selected nothing");
        return tests.stream();
    }

    private static String label(Op op, Variant v) {
        return (v == Variant.METHOD ? "Tensor." : VariantSignature.namespace(v)) + op.name();
    }

    /** The variant whose test also runs the example and the awkward inputs: a function if there is one. */
    private static Variant primary(Op op) {
        return op.variants().stream().filter(v -> v != Variant.METHOD).findFirst().orElse(Variant.METHOD);
    }

    private void sweep(Op op, Variant v) {
        List<VariantSignature> signatures = VariantSignature.of(op, v);
        assertFalse(signatures.isEmpty(), label(op, v) + " has no overload in this variant");
        List<Outcome> problems = new ArrayList<>();
        try (SweepSession session = new SweepSession()) {
            if (v == primary(op)) {
                checkExample(op, session);
                List<Outcome> awkward = awkwardCalls(session, signatures);
                for (Outcome o : awkward) {
                    if (!SweepSession.isPythonOutcome(o, VALUE_PROBLEMS)) {
                        problems.add(o);
                    }
                }
                assertTrue(awkward.stream().anyMatch(o -> !o.raised(ErrorType.TYPE_ERROR)),
                        label(op, v) + ": every awkward call was refused by the binder, so none reached the op: "
                                + awkward.get(0));
            }
            for (Outcome o : argumentErrors(session, signatures)) {
                if (!o.raised(ErrorType.TYPE_ERROR) || SweepSession.leaksJava(o) || !o.message().contains(op.name())) {
                    problems.add(o);
                }
            }
        }
        report(label(op, v), problems);
    }

    private static void checkExample(Op op, SweepSession session) {
        assertFalse(op.example().isBlank(), op.name() + " has no example");
        String printed = session.echo(op.example());
        assertFalse(printed.isBlank(), op.name() + "'s example printed nothing: " + op.example());
    }

    private static void report(String label, List<Outcome> problems) {
        Set<String> expected = new LinkedHashSet<>();
        for (KnownGap g : KNOWN_GAPS) {
            if (g.label().equals(label)) {
                expected.add(g.call());
            }
        }
        List<String> unexpected = new ArrayList<>();
        for (Outcome o : problems) {
            if (!expected.remove(o.call())) {
                unexpected.add(o.toString());
            }
        }
        assertTrue(expected.isEmpty(), "known gaps of " + label + " no longer go wrong; remove them: " + expected);
        if (!unexpected.isEmpty()) {
            fail(label + ": " + unexpected.size() + " call(s) went wrong:\n  " + String.join("\n  ", unexpected));
        }
    }

    // ---- argument errors, built from the schemas ----

    /** Every call with an argument problem; each must be a TypeError that names the op. */
    private static List<Outcome> argumentErrors(SweepSession session, List<VariantSignature> signatures) {
        List<Outcome> out = new ArrayList<>();
        for (VariantSignature sig : signatures) {
            for (int i = 0; i < sig.params().size(); i++) {
                for (String call : wrongKindCalls(sig, i, signatures)) {
                    out.add(session.run(call));
                }
            }
        }
        VariantSignature widest = signatures.get(0);
        boolean allNeedAnArgument = true;
        for (VariantSignature sig : signatures) {
            widest = sig.maxPositional() > widest.maxPositional() ? sig : widest;
            allNeedAnArgument &= sig.required() > 0;
        }
        out.add(session.run(tooManyPositional(widest)));
        if (allNeedAnArgument) {
            out.add(session.run(widest.call(receiver(widest, SweepSamples.PLAIN), List.of(), Map.of())));
        }
        out.add(session.run(unknownKeyword(signatures.get(0))));
        return out;
    }

    /** Calls giving parameter {@code index} each wrong kind that no overload could take there. */
    private static List<String> wrongKindCalls(VariantSignature sig, int index, List<VariantSignature> all) {
        Param p = sig.params().get(index);
        boolean numbersAsTensors = sig.op().numbersAsTensors();
        List<String> calls = new ArrayList<>();
        for (WrongKind kind : WrongKind.against(p, numbersAsTensors)) {
            if (anyOverloadMayTake(all, p, index, kind, numbersAsTensors)) {
                continue;
            }
            List<String> positional = new ArrayList<>();
            Map<String, String> keywords = new LinkedHashMap<>();
            for (int j = 0; j < sig.params().size(); j++) {
                Param q = sig.params().get(j);
                String value = j == index ? kind.text : argument(sig, q, SweepSamples.PLAIN, "1");
                boolean byPosition = !q.keywordOnly() && !p.keywordOnly() && j <= index;
                if (byPosition) {
                    positional.add(value);
                } else if (j == index || !q.optional()) {
                    keywords.put(VariantSignature.pythonName(q), value);
                }
            }
            calls.add(sig.call(receiver(sig, SweepSamples.PLAIN), positional, keywords));
        }
        return calls;
    }

    /** Whether the value could bind in some overload, by position {@code index} or by p's keyword. */
    private static boolean anyOverloadMayTake(List<VariantSignature> all, Param p, int index, WrongKind kind,
            boolean numbersAsTensors) {
        for (VariantSignature other : all) {
            Param there = p.keywordOnly() ? other.byKeyword(VariantSignature.pythonName(p)) : other.atPosition(index);
            if (there != null && kind.fits(there, numbersAsTensors)) {
                return true;
            }
        }
        return false;
    }

    private static String tooManyPositional(VariantSignature sig) {
        List<String> positional = new ArrayList<>();
        for (Param q : sig.params()) {
            if (!q.keywordOnly()) {
                positional.add(argument(sig, q, SweepSamples.PLAIN, "1"));
            }
        }
        positional.add("None");
        return sig.call(receiver(sig, SweepSamples.PLAIN), positional, Map.of());
    }

    private static String unknownKeyword(VariantSignature sig) {
        Map<String, String> keywords = new LinkedHashMap<>(requiredKeywords(sig, SweepSamples.PLAIN, "1"));
        keywords.put("no_such_argument", "1");
        return sig.call(receiver(sig, SweepSamples.PLAIN), requiredPositional(sig, SweepSamples.PLAIN, "1"), keywords);
    }

    // ---- awkward inputs of the right kind ----

    /** Each overload with every awkward tensor and int, once with the required arguments and once with all. */
    private static List<Outcome> awkwardCalls(SweepSession session, List<VariantSignature> signatures) {
        Set<String> calls = new LinkedHashSet<>();
        for (VariantSignature sig : signatures) {
            for (Tensors tensors : SweepSamples.AWKWARD) {
                for (String intText : SweepSamples.AWKWARD_INTS) {
                    String recv = receiver(sig, tensors);
                    calls.add(sig.call(recv, requiredPositional(sig, tensors, intText),
                            requiredKeywords(sig, tensors, intText)));
                    calls.add(everyArgument(sig, tensors, intText));
                }
            }
        }
        List<Outcome> out = new ArrayList<>();
        for (String call : calls) {
            out.add(session.run(call));
        }
        return out;
    }

    private static String everyArgument(VariantSignature sig, Tensors tensors, String intText) {
        List<String> positional = new ArrayList<>();
        Map<String, String> keywords = new LinkedHashMap<>();
        for (Param q : sig.params()) {
            String value = argument(sig, q, tensors, intText);
            if (q.keywordOnly()) {
                keywords.put(VariantSignature.pythonName(q), value);
            } else {
                positional.add(value);
            }
        }
        return sig.call(receiver(sig, tensors), positional, keywords);
    }

    // ---- arguments of the right kind ----

    private static List<String> requiredPositional(VariantSignature sig, Tensors tensors, String intText) {
        List<String> out = new ArrayList<>();
        for (Param q : sig.params()) {
            if (!q.optional() && !q.keywordOnly()) {
                out.add(argument(sig, q, tensors, intText));
            }
        }
        return out;
    }

    private static Map<String, String> requiredKeywords(VariantSignature sig, Tensors tensors, String intText) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Param q : sig.params()) {
            if (!q.optional() && q.keywordOnly()) {
                out.put(VariantSignature.pythonName(q), argument(sig, q, tensors, intText));
            }
        }
        return out;
    }

    private static String receiver(VariantSignature sig, Tensors tensors) {
        return sig.receiver() == null ? "" : SweepSamples.valid(sig.receiver(), tensors, true, "1");
    }

    /** A right-kind argument; the op's first Tensor (the receiver of a method) gets the first tensor. */
    private static String argument(VariantSignature sig, Param q, Tensors tensors, String intText) {
        boolean first = sig.receiver() == null && q == firstTensor(sig);
        return SweepSamples.valid(q, tensors, first, intText);
    }

    private static Param firstTensor(VariantSignature sig) {
        for (Param q : sig.params()) {
            if (q.type() == ParamType.TENSOR) {
                return q;
            }
        }
        return null;
    }
}
