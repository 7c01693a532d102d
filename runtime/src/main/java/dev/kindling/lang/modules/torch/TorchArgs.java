package dev.kindling.lang.modules.torch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;


import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyRange;
import dev.kindling.lang.objects.PySlice;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.tensor.DType;
import dev.kindling.ops.RequestedShape;
import dev.kindling.tensor.Index;
import dev.kindling.tensor.Size;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * Converts the Python values that ops' schemas do not cover into the Java DSL's: nested lists
 * into tensor data, subscripts into {@link Index} lists, sizes, dims, dtypes and operands of the
 * dunder operators. Ops' own arguments are the binder's ({@code dev.kindling.bind}).
 */
final class TorchArgs {
    private TorchArgs() {}

    static boolean isSequence(Object o) {
        return o instanceof PyTuple || o instanceof PyList || o instanceof Size;
    }

    static int[] ints(Object sequence, String function) {
        return RequestedShape.forAllocation(longs(sequence, function));
    }

    private static long[] longs(Object sequence, String function) {
        if (sequence instanceof Size s) {
            return Arrays.stream(s.toArray()).asLongStream().toArray();
        }
        if (Ops.isInt(sequence)) {
            return new long[] {size(sequence, function)};
        }
        List<Object> items = Ops.toList(sequence);
        long[] out = new long[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = size(items.get(i), function);
        }
        return out;
    }

    private static long size(Object o, String function) {
        if (!Ops.isInt(o) && !(o instanceof Tensor)) {
            throw KindlingError.typeError(function + "(): argument 'size' must be tuple of ints, but found element of "
                    + "type " + Ops.typeName(o));
        }
        return Ops.toIndex(o);
    }

    static int dim(Object o) {
        return (int) Ops.toIndex(o);
    }

    static boolean bool(Object o, boolean fallback) {
        return o == null || o == PyNone.NONE ? fallback : Ops.truthy(o);
    }

    static DType dtype(Object o) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        if (o instanceof DType d) {
            return d;
        }
        throw KindlingError.typeError("argument 'dtype' must be torch.dtype, not " + Ops.typeName(o));
    }

    /** A Python number or tensor as an operand of the DSL; other values are a TypeError. */
    static Object operand(Object o) {
        if (o instanceof Tensor || o instanceof Double || o instanceof Long || o instanceof Boolean) {
            return o;
        }
        if (o instanceof java.math.BigInteger b) {
            return b.doubleValue();
        }
        if (o instanceof PyList || o instanceof PyTuple) {
            return Torch.tensor(data(o));
        }
        return null;
    }

    /** The binder's converters for {@code Any} parameters of torch's ops: {@code data} as {@link #tensorData}. */
    static final Map<String, UnaryOperator<Object>> CONVERTERS = Map.of("data", TorchArgs::tensorData);

    /** torch.tensor's data: a tensor as it is, anything else as {@link #data} makes it. */
    static Object tensorData(Object o) {
        return o instanceof Tensor ? o : data(o);
    }

    /** Nested Python lists/tuples/numbers/tensors as Java lists for Torch.tensor. */
    static Object data(Object o) {
        if (o instanceof PyList || o instanceof PyTuple) {
            List<Object> out = new ArrayList<>();
            Iterator<Object> it = Ops.iterate(o);
            while (it.hasNext()) {
                out.add(data(it.next()));
            }
            return out;
        }
        if (o instanceof Tensor t) {
            return t.dim() == 0 ? t : t.tolist();
        }
        if (o instanceof Long || o instanceof Double || o instanceof Boolean) {
            return o;
        }
        if (o instanceof java.math.BigInteger b) {
            throw KindlingError.runtimeError("Overflow when unpacking long");
        }
        throw KindlingError.typeError("new(): invalid data type '" + Ops.typeName(o) + "'");
    }

    /** A subscript key as DSL indices: a tuple's items, or the single key. */
    static Index[] index(Object key) {
        List<Object> parts = key instanceof PyTuple t ? t.asList() : List.of(key);
        Index[] out = new Index[parts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = one(parts.get(i));
        }
        return out;
    }

    private static Index one(Object k) {
        if (k instanceof Long || k instanceof java.math.BigInteger) {
            return Index.at(Ops.toIndex(k));
        }
        if (k instanceof Boolean b) {
            return Index.tensor(Torch.scalar(b ? 1 : 0, DType.BOOL).reshape(1));
        }
        if (k instanceof PySlice s) {
            return Index.slice(bound(s.start), bound(s.stop), bound(s.step));
        }
        if (k == PyNone.NONE) {
            return Index.newAxis();
        }
        if (k == PyNone.ELLIPSIS) {
            return Index.ellipsis();
        }
        if (k instanceof Tensor t) {
            if (t.dim() == 0 && !t.dtype().isFloatingPoint() && t.dtype() != DType.BOOL) {
                return Index.at(((Number) t.item()).longValue());
            }
            return Index.tensor(t);
        }
        if (k instanceof PyList l) {
            return Index.tensor(Torch.tensor(data(l), inferIndexType(l)));
        }
        if (k instanceof PyRange r) {
            List<Object> positions = new ArrayList<>();
            for (long i = 0; i < r.length(); i++) {
                positions.add(r.get(i));
            }
            return Index.tensor(Torch.tensor(positions, DType.INT64));
        }
        throw KindlingError.indexError("only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables "
                + "are valid indices (got " + Ops.typeName(k) + ")");
    }

    private static DType inferIndexType(PyList l) {
        for (Object o : l.items()) {
            if (o instanceof Boolean) {
                return DType.BOOL;
            }
        }
        return DType.INT64;
    }

    private static Long bound(Object o) {
        return o == PyNone.NONE ? null : Ops.toIndex(o);
    }
}
