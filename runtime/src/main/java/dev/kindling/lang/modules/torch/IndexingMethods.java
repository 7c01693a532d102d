package dev.kindling.lang.modules.torch;

import static dev.kindling.lang.modules.torch.Bindings.function;
import static dev.kindling.lang.modules.torch.TensorType.method;

import java.util.ArrayList;
import java.util.List;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * Tensor methods for gather, index_select, narrow, unbind, roll, unique and nonzero, and the
 * functions torch.hstack and torch.vstack.
 */
final class IndexingMethods {
    private IndexingMethods() {}

    /** Installs the Tensor methods. */
    static void install() {
        method("gather", (s, a, k) -> {
            Object[] p = Args.bind("gather", a, k, "dim", "index", "*", "sparse_grad=");
            return s.gather(TorchArgs.dim(p[0]), TorchArgs.tensorArgument(p[1]));
        });
        method("index_select", (s, a, k) -> {
            Object[] p = Args.bind("index_select", a, k, "dim", "index");
            return s.indexSelect(TorchArgs.dim(p[0]), TorchArgs.tensorArgument(p[1]));
        });
        method("narrow", (s, a, k) -> {
            Object[] p = Args.bind("narrow", a, k, "dim", "start", "length");
            return s.narrow(TorchArgs.dim(p[0]), (int) Ops.toLong(p[1]), (int) Ops.toLong(p[2]));
        });
        method("unbind", (s, a, k) -> {
            Object d = Args.bind("unbind", a, k, "dim=")[0];
            return TensorType.tuple(s.unbind(d == null ? 0 : TorchArgs.dim(d)));
        });
        method("roll", (s, a, k) -> {
            Object[] p = Args.bind("roll", a, k, "shifts", "dims=");
            return s.roll(shifts(p[0]), TorchArgs.dims(p[1]));
        });
        method("unique", (s, a, k) -> {
            Object[] p = Args.bind("unique", a, k, "sorted=", "return_inverse=", "return_counts=", "dim=");
            if (p[3] != null && p[3] != PyNone.NONE) {
                throw KindlingError.notImplementedError("unique(dim=...): Kindling supports dim=None only");
            }
            Tensor[] r = s.unique();
            boolean inverse = TorchArgs.bool(p[1], false);
            boolean counts = TorchArgs.bool(p[2], false);
            List<Tensor> out = new ArrayList<>(List.of(r[0]));
            if (inverse) {
                out.add(r[1]);
            }
            if (counts) {
                out.add(r[2]);
            }
            return out.size() == 1 ? r[0] : TensorType.tuple(out);
        });
        method("nonzero", (s, a, k) -> {
            Object[] p = Args.bind("nonzero", a, k, "*", "as_tuple=");
            if (TorchArgs.bool(p[0], false)) {
                throw KindlingError.notImplementedError("nonzero(as_tuple=True): use t.nonzero().unbind(1)");
            }
            return s.nonzero();
        });
    }

    /** torch.hstack / torch.vstack over a sequence of tensors. */
    static void stacks(PyModule m) {
        function(m, "hstack", (a, k) -> Torch.hstack(TorchModule.tensors(Args.bind("hstack", a, k, "tensors")[0])));
        function(m, "vstack", (a, k) -> Torch.vstack(TorchModule.tensors(Args.bind("vstack", a, k, "tensors")[0])));
    }

    /** roll's shifts: an int or a sequence of ints, negative allowed. */
    private static int[] shifts(Object o) {
        if (Ops.isInt(o)) {
            return new int[] {(int) Ops.toLong(o)};
        }
        List<Object> items = Ops.toList(o);
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) Ops.toLong(items.get(i));
        }
        return out;
    }
}
