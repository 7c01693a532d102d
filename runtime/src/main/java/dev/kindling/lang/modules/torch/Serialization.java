package dev.kindling.lang.modules.torch;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
import dev.kindling.lang.objects.Repr;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * {@code torch.save} and {@code torch.load} for what training scripts save: tensors, numbers,
 * strings, None, and lists, tuples, dicts and OrderedDicts of them (a state_dict, a checkpoint
 * dict). The file is Kindling's own tagged binary format, not PyTorch's pickle archive: PyTorch
 * cannot read it, and a file PyTorch wrote is refused with a clear message.
 *
 * <pre>
 * torch.save(model.state_dict(), "model.pt")
 * model.load_state_dict(torch.load("model.pt"))
 * </pre>
 */
final class Serialization {
    private static final String MAGIC = "KINDLING-SAVE-1";
    private static final int NONE = 0, FALSE = 1, TRUE = 2, INT = 3, BIG_INT = 4, FLOAT = 5, STR = 6, LIST = 7,
            TUPLE = 8, DICT = 9, ORDERED_DICT = 10, TENSOR = 11;

    private Serialization() {}

    static void save(Object value, Object file) {
        Path path = Path.of(file instanceof String s ? s : Repr.str(file)).toAbsolutePath();
        if (!Files.isDirectory(path.getParent())) {
            throw noFile(path);
        }
        // Written beside the target and moved into place, so a value that cannot be saved
        // leaves no half-written file (and an older file of that name intact).
        Path partial = path.resolveSibling(path.getFileName() + ".partial");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
                out.writeUTF(MAGIC);
                write(out, value);
            }
            Files.move(partial, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new KindlingError(ErrorType.OS_ERROR, "cannot write " + path + ": " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // nothing more to clean up
            }
        }
    }

    static Object load(Object file) {
        Path path = Path.of(file instanceof String s ? s : Repr.str(file));
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path))) {
            raw.mark(2);
            if (raw.read() == 'P' && raw.read() == 'K') {
                throw KindlingError.runtimeError(path + " was written by PyTorch (a zip archive of pickles); Kindling "
                        + "reads only files written by Kindling's torch.save");
            }
            raw.reset();
            DataInputStream in = new DataInputStream(raw);
            if (!MAGIC.equals(in.readUTF())) {
                throw notOurs(path);
            }
            return read(in);
        } catch (NoSuchFileException e) {
            throw noFile(path);
        } catch (EOFException | java.io.UTFDataFormatException e) {
            throw notOurs(path);
        } catch (IOException e) {
            throw new KindlingError(ErrorType.OS_ERROR, "cannot read " + path + ": " + e.getMessage());
        }
    }

    private static void write(DataOutputStream out, Object v) throws IOException {
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
                write(out, item);
            }
        } else if (v instanceof PyDict d) {
            out.writeByte(d.isOrdered() ? ORDERED_DICT : DICT);
            out.writeInt(d.size());
            for (Map.Entry<PyKey, Object> e : d.map().entrySet()) {
                write(out, e.getKey().value());
                write(out, e.getValue());
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

    private static Object read(DataInputStream in) throws IOException {
        int tag = in.readByte();
        switch (tag) {
            case NONE: return PyNone.NONE;
            case FALSE: return false;
            case TRUE: return true;
            case INT: return in.readLong();
            case BIG_INT: return new BigInteger(in.readUTF());
            case FLOAT: return in.readDouble();
            case STR: return in.readUTF();
            case LIST: return new PyList(readItems(in));
            case TUPLE: return PyTuple.fromList(readItems(in));
            case DICT: return readDict(in, new PyDict());
            case ORDERED_DICT: return readDict(in, PyDict.orderedDict());
            case TENSOR: return readTensor(in);
            default: throw new EOFException();
        }
    }

    private static List<Object> readItems(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(read(in));
        }
        return items;
    }

    private static PyDict readDict(DataInputStream in, PyDict d) throws IOException {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            Object key = read(in);
            d.put(key, read(in));
        }
        return d;
    }

    private static Tensor readTensor(DataInputStream in) throws IOException {
        DType dtype = DType.valueOf(in.readUTF());
        int[] shape = new int[in.readInt()];
        long numel = 1;
        for (int i = 0; i < shape.length; i++) {
            shape[i] = in.readInt();
            numel *= shape[i];
        }
        boolean requiresGrad = in.readBoolean();
        double[] values = new double[Math.toIntExact(numel)];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readDouble();
        }
        Tensor t = Torch.tensor(values, DType.FLOAT64).to(dtype).reshape(shape);
        return requiresGrad ? t.requiresGrad_(true) : t;
    }

    private static KindlingError noFile(Path path) {
        return new KindlingError(ErrorType.FILE_NOT_FOUND_ERROR, "[Errno 2] No such file or directory: '" + path + "'");
    }

    private static KindlingError notOurs(Path path) {
        return KindlingError.runtimeError(path + " is not a file written by torch.save (Kindling's format)");
    }
}
