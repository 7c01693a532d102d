package dev.kindling.lang.modules.torch;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyDict;
import dev.kindling.lang.objects.PyKey;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * The payload of a {@code torch.save} file: one value, written as a tag byte and its contents
 * (all numbers big-endian, strings as {@link DataOutputStream#writeUTF}: a u16 byte count and
 * modified UTF-8):
 *
 * <pre>
 * 0 None   1 False   2 True   3 int: i64   4 big int: its decimal digits as a string
 * 5 float: f64   6 str: string   7 list, 8 tuple: i32 count, then the items
 * 9 dict, 10 OrderedDict: i32 count, then key, value, key, value...
 * 11 tensor: dtype name (string), i32 dims, i32 size of each, u8 requires_grad, then the
 *    elements in row-major order as f64
 * </pre>
 *
 * The reader trusts nothing it reads: every count and size is checked against the bytes that are
 * left before anything is allocated (so a file of 40 bytes cannot ask for a 16 GiB tensor), and
 * nesting stops at {@link #MAX_DEPTH}, as pickle's recursion limit stops PyTorch's.
 */
final class SavedValues {
    /** The deepest nesting written or read: CPython's default recursion limit, which bounds pickle. */
    static final int MAX_DEPTH = 1000;
    private static final int MAX_DIMS = 64;
    private static final int NONE = 0, FALSE = 1, TRUE = 2, INT = 3, BIG_INT = 4, FLOAT = 5, STR = 6, LIST = 7,
            TUPLE = 8, DICT = 9, ORDERED_DICT = 10, TENSOR = 11;

    /** What a file holds that no torch.save wrote: the reason, in words, for the load's RuntimeError. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String reason) {
            super(reason, null, false, false);
        }
    }

    private SavedValues() {}

    /** Writes {@code value}; a value that cannot be saved is a TypeError, nesting too deep a RecursionError. */
    static void write(DataOutputStream out, Object value) throws IOException {
        write(out, value, 0);
    }

    private static void write(DataOutputStream out, Object v, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new KindlingError(ErrorType.RECURSION_ERROR, "maximum recursion depth exceeded while pickling an object");
        }
        if (v == PyNone.NONE || v == null) {
            out.writeByte(NONE);
        } else if (v instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else if (v instanceof Long l) {
            out.writeByte(INT);
            out.writeLong(l);
        } else if (v instanceof BigInteger b) {
            out.writeByte(BIG_INT);
            out.writeUTF(b.toString());
        } else if (v instanceof Double d) {
            out.writeByte(FLOAT);
            out.writeDouble(d);
        } else if (v instanceof String s) {
            out.writeByte(STR);
            out.writeUTF(s);
        } else if (v instanceof PyList || v instanceof PyTuple) {
            List<Object> items = Ops.toList(v);
            out.writeByte(v instanceof PyList ? LIST : TUPLE);
            out.writeInt(items.size());
            for (Object item : items) {
                write(out, item, depth + 1);
            }
        } else if (v instanceof PyDict d) {
            out.writeByte(d.isOrdered() ? ORDERED_DICT : DICT);
            out.writeInt(d.size());
            for (Map.Entry<PyKey, Object> e : d.map().entrySet()) {
                write(out, e.getKey().value(), depth + 1);
                write(out, e.getValue(), depth + 1);
            }
        } else if (v instanceof Tensor t) {
            writeTensor(out, t);
        } else {
            throw KindlingError.typeError("Kindling's torch.save stores tensors, numbers, strings, None and lists, "
                    + "tuples and dicts of them, not '" + Ops.typeName(v) + "'; save model.state_dict() rather than "
                    + "the model");
        }
    }

    private static void writeTensor(DataOutputStream out, Tensor t) throws IOException {
        out.writeByte(TENSOR);
        out.writeUTF(t.dtype().name());
        int[] shape = t.shape().toArray();
        out.writeInt(shape.length);
        for (int d : shape) {
            out.writeInt(d);
        }
        out.writeBoolean(t.requiresGrad() && t.isLeaf());
        for (double x : t.toDoubleArray()) {
            out.writeDouble(x);
        }
    }

    /** Reads one value from {@code in}, which holds exactly {@code length} more bytes of payload. */
    static Object read(DataInputStream in, long length) throws IOException, Malformed {
        Reader reader = new Reader(in, length);
        Object value = reader.value(0);
        if (reader.left != 0) {
            throw new Malformed(reader.left + " bytes follow the saved value");
        }
        return value;
    }

    /** The reading side: each read first checks that the bytes it needs are there. */
    private static final class Reader {
        private final DataInputStream in;
        private long left;

        Reader(DataInputStream in, long length) {
            this.in = in;
            this.left = length;
        }

        private void need(long bytes, String what) throws Malformed {
            if (bytes < 0 || bytes > left) {
                throw new Malformed(what + " needs " + (bytes < 0 ? "more" : String.valueOf(bytes)) + " bytes, but "
                        + left + " are left");
            }
            left -= bytes;
        }

        private int tag() throws IOException, Malformed {
            need(1, "a value");
            return in.readUnsignedByte();
        }

        private int count(String what) throws IOException, Malformed {
            need(4, what);
            int n = in.readInt();
            if (n < 0) {
                throw new Malformed(what + " has a negative count " + n);
            }
            return n;
        }

        private String string() throws IOException, Malformed {
            need(2, "a string");
            int bytes = in.readUnsignedShort();
            need(bytes, "a string");
            byte[] utf = new byte[2 + bytes];
            utf[0] = (byte) (bytes >> 8);
            utf[1] = (byte) bytes;
            in.readFully(utf, 2, bytes);
            try {
                return DataInputStream.readUTF(new DataInputStream(new ByteArrayInputStream(utf)));
            } catch (java.io.UTFDataFormatException e) {
                throw new Malformed("a string is not valid UTF-8");
            }
        }

        Object value(int depth) throws IOException, Malformed {
            if (depth > MAX_DEPTH) {
                throw new Malformed("values are nested more than " + MAX_DEPTH + " deep");
            }
            int tag = tag();
            switch (tag) {
                case NONE: return PyNone.NONE;
                case FALSE: return false;
                case TRUE: return true;
                case INT:
                    need(8, "an int");
                    return in.readLong();
                case BIG_INT: return bigInt(string());
                case FLOAT:
                    need(8, "a float");
                    return in.readDouble();
                case STR: return string();
                case LIST: return new PyList(items(depth));
                case TUPLE: return PyTuple.fromList(items(depth));
                case DICT: return dict(new PyDict(), depth);
                case ORDERED_DICT: return dict(PyDict.orderedDict(), depth);
                case TENSOR: return tensor();
                default: throw new Malformed("unknown tag " + tag);
            }
        }

        private static BigInteger bigInt(String digits) throws Malformed {
            try {
                return new BigInteger(digits);
            } catch (NumberFormatException e) {
                throw new Malformed("an int is not a number");
            }
        }

        private List<Object> items(int depth) throws IOException, Malformed {
            int n = count("a list");
            if (n > left) {   // each item takes a byte at least
                throw new Malformed("a list of " + n + " items does not fit in the " + left + " bytes left");
            }
            List<Object> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                items.add(value(depth + 1));
            }
            return items;
        }

        private PyDict dict(PyDict d, int depth) throws IOException, Malformed {
            int n = count("a dict");
            if (2L * n > left) {
                throw new Malformed("a dict of " + n + " items does not fit in the " + left + " bytes left");
            }
            for (int i = 0; i < n; i++) {
                Object key = value(depth + 1);
                Object value = value(depth + 1);
                try {
                    d.put(key, value);
                } catch (KindlingError unhashable) {   // a list or dict where a key was written
                    throw new Malformed("a dict key of type '" + Ops.typeName(key) + "' cannot be hashed");
                }
            }
            return d;
        }

        private Tensor tensor() throws IOException, Malformed {
            DType dtype = dtype(string());
            int dims = count("a tensor's shape");
            if (dims > MAX_DIMS) {
                throw new Malformed("a tensor has " + dims + " dimensions");
            }
            need(4L * dims, "a tensor's shape");
            int[] shape = new int[dims];
            long numel = 1;
            boolean overflows = false;
            for (int i = 0; i < dims; i++) {
                shape[i] = in.readInt();
                if (shape[i] < 0) {
                    throw new Malformed("a tensor has a negative size");
                }
                long product = numel * shape[i];
                overflows |= shape[i] != 0 && product / shape[i] != numel;
                numel = product;
            }
            if (java.util.Arrays.stream(shape).anyMatch(d -> d == 0)) {
                numel = 0;
            } else if (overflows || numel > Integer.MAX_VALUE - 8) {
                throw new Malformed("a tensor of shape " + java.util.Arrays.toString(shape) + " is too large to load");
            }
            need(1, "a tensor");
            int requiresGrad = in.readUnsignedByte();
            if (requiresGrad > 1 || requiresGrad == 1 && !dtype.isFloatingPoint()) {
                throw new Malformed("a tensor has requires_grad " + requiresGrad + " for dtype " + dtype.name());
            }
            if (numel > left / Double.BYTES) {
                throw new Malformed("a tensor of " + numel + " elements does not fit in the " + left + " bytes left");
            }
            need(numel * Double.BYTES, "a tensor");
            double[] values = new double[(int) numel];
            for (int i = 0; i < values.length; i++) {
                values[i] = in.readDouble();
            }
            Tensor t = Torch.tensor(values, DType.FLOAT64).to(dtype).reshape(shape);
            return requiresGrad == 1 ? t.requiresGrad_(true) : t;
        }

        private static DType dtype(String name) throws Malformed {
            try {
                return DType.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new Malformed("a tensor has an unknown dtype");
            }
        }
    }
}
