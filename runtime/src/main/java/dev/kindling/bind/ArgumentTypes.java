package dev.kindling.bind;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.ops.Param;
import dev.kindling.ops.ParamType;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Device;
import dev.kindling.tensor.Size;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.random.CpuGenerator;

/**
 * Which Python values each schema type accepts, and their Java form, as PyTorch's
 * {@code FunctionParameter::check} decides: a Number is an int, float or bool, or a 0-d tensor
 * that does not require grad; an int is never a bool; a list of ints may be any sequence of
 * ints, or one int where the schema gives a size ({@code int[1]}).
 */
final class ArgumentTypes {
    private ArgumentTypes() {}

    static boolean accepts(Param p, Object o, boolean numbersAsTensors) {
        switch (p.type()) {
            case TENSOR: return o instanceof Tensor || numbersAsTensors && isNumber(o);
            case SCALAR:
            case FLOAT: return isNumber(o) || o instanceof Tensor t && t.dim() == 0 && !t.requiresGrad();
            case INT: return isInt(o) || o instanceof Tensor t && t.dim() == 0 && t.dtype().isIntegral()
                    && !t.requiresGrad();
            case BOOL: return o instanceof Boolean;
            case INT_LIST: return isSequence(o) ? firstIsInt(o) : p.size() > 0 && isInt(o);
            case FLOAT_LIST: return isSequence(o) ? allNumbers(o) : p.size() > 0 && isNumber(o);
            case TENSOR_LIST: return o instanceof PyList || o instanceof PyTuple;
            case DTYPE: return o instanceof DType;
            case DEVICE: return o instanceof String || isInt(o) || Ops.typeName(o).equals("device");
            case GENERATOR: return o instanceof CpuGenerator;
            case STRING: return o instanceof String;
            default: return true;
        }
    }

    static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger;
    }

    static boolean isSequence(Object o) {
        return o instanceof PyList || o instanceof PyTuple || o instanceof Size;
    }

    private static boolean allNumbers(Object sequence) {
        for (Object item : items(sequence)) {
            if (!isNumber(item)) {
                return false;
            }
        }
        return true;
    }

    private static boolean firstIsInt(Object sequence) {
        List<Object> items = items(sequence);
        return items.isEmpty() || isIndex(items.get(0));
    }

    /** An element of an int list: an int, a bool, or a one-element integral tensor. */
    static boolean isIndex(Object o) {
        return isInt(o) || o instanceof Boolean || o instanceof Tensor t && t.numel() == 1 && !t.dtype().isFloatingPoint();
    }

    static List<Object> items(Object sequence) {
        if (sequence instanceof Size s) {
            List<Object> out = new ArrayList<>();
            for (int d : s.toArray()) {
                out.add((long) d);
            }
            return out;
        }
        return Ops.toList(sequence);
    }

    /** The Java value for an accepted argument. */
    static Object convert(Param p, Object o, String function) {
        switch (p.type()) {
            case TENSOR: return o instanceof BigInteger b ? unsigned64(b) : o;
            case SCALAR: return o instanceof BigInteger b ? unsigned64(b) : number(p, o);
            case FLOAT: return number(p, o);
            case INT: return o instanceof Tensor t ? ((Number) t.item()).longValue() : Ops.toLong(o);
            case INT_LIST: return isSequence(o) ? ints(items(o), p, function) : repeated(p, Ops.toLong(o));
            case TENSOR_LIST: return tensors(o);
            case FLOAT_LIST: return doubles(p, o);
            case DEVICE: return device(o);
            default: return o;
        }
    }

    /** A device argument: a string, a torch.device, or an accelerator index, which this build has none of. */
    private static Device device(Object o) {
        if (isInt(o)) {
            throw KindlingError.runtimeError("Cannot access accelerator device when none is available.");
        }
        return Device.of(o.toString());
    }

    /**
     * A Python int beyond int64 as a Number argument: PyTorch takes it as a uint64 where it fits
     * one, and otherwise refuses it in CPython's words for the unsigned conversion it tried last.
     */
    private static double unsigned64(BigInteger b) {
        if (b.signum() < 0) {
            throw new KindlingError(ErrorType.OVERFLOW_ERROR, "can't convert negative int to unsigned");
        }
        if (b.bitLength() > 64) {
            throw new KindlingError(ErrorType.OVERFLOW_ERROR, "int too big to convert");
        }
        return b.doubleValue();
    }

    private static Object number(Param p, Object o) {
        Object v = o instanceof Tensor t ? t.item() : o;
        if (v instanceof BigInteger b) {
            return b.doubleValue();
        }
        if (p.type() == ParamType.FLOAT) {
            return v instanceof Boolean b ? (b ? 1.0 : 0.0) : ((Number) v).doubleValue();
        }
        return v;
    }

    private static long[] repeated(Param p, long value) {
        long[] out = new long[p.size()];
        java.util.Arrays.fill(out, value);
        return out;
    }

    /** Varargs given for a lone int list ({@code x.view(2, 3)}), as PyTorch's binder takes them. */
    static long[] ints(List<Object> items, Param p, String function) {
        long[] out = new long[items.size()];
        for (int i = 0; i < out.length; i++) {
            Object item = items.get(i);
            if (!isIndex(item)) {
                throw KindlingError.typeError(function + "(): argument '" + p.name() + "' failed to unpack the object at "
                        + "pos " + (i + 1) + " with error \"type must be tuple of ints,but got " + Ops.typeName(item) + "\"");
            }
            out[i] = item instanceof Tensor t ? ((Number) t.item()).longValue() : Ops.toLong(item);
        }
        return out;
    }

    private static double[] doubles(Param p, Object o) {
        if (!isSequence(o)) {
            double[] out = new double[p.size()];
            java.util.Arrays.fill(out, Ops.toDouble(o));
            return out;
        }
        List<Object> items = items(o);
        double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Ops.toDouble(items.get(i));
        }
        return out;
    }

    private static List<Tensor> tensors(Object sequence) {
        List<Object> items = items(sequence);
        List<Tensor> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Tensor t)) {
                throw KindlingError.typeError("expected Tensor as element " + i + " in argument 0, but got "
                        + Ops.typeName(items.get(i)));
            }
            out.add(t);
        }
        return out;
    }
}
