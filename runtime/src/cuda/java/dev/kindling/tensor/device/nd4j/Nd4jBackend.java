package dev.kindling.tensor.device.nd4j;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scatter.ScatterAdd;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

import dev.kindling.tensor.DType;
import dev.kindling.tensor.device.BinaryKernel;
import dev.kindling.tensor.device.DeviceArray;
import dev.kindling.tensor.device.DeviceBackend;
import dev.kindling.tensor.device.ReduceKernel;
import dev.kindling.tensor.device.UnaryKernel;

/**
 * The {@code cuda} device: tensors' elements as ND4J arrays on ND4J's CUDA backend (the
 * {@code -Pcuda} build brings nd4j-cuda). Its kernels are ND4J's ops, in the standard numerics
 * (float32 sums and products in ND4J's order, not PyTorch's CPU bits).
 *
 * <p>Tests run the same class on ND4J's CPU backend ({@link Nd4jDevices#CPU_AS_CUDA}), which
 * no jar carries: there ND4J's CPU backend counts as one cuda device.
 */
public final class Nd4jBackend implements DeviceBackend {
    /** For ServiceLoader: loads nothing until a device is first asked for. */
    public Nd4jBackend() {}

    /** Elements in an ND4J array, flat and row-major. */
    private record Array(Nd4jBackend backend, int index, DType dtype, INDArray values) implements DeviceArray {
        @Override
        public int length() {
            return (int) values.length();
        }
    }

    @Override
    public String type() {
        return "cuda";
    }

    @Override
    public int deviceCount() {
        return Nd4jDevices.count();
    }

    @Override
    public String deviceName(int index) {
        return Nd4jDevices.name(index);
    }

    @Override
    public DeviceArray upload(double[] values, DType dtype, int index) {
        INDArray flat = values.length == 0 ? Nd4j.create(DataType.DOUBLE, 0) : Nd4j.createFromArray(values);
        return wrap(index, dtype, flat.castTo(typeOf(dtype)));
    }

    @Override
    public double[] download(DeviceArray array) {
        INDArray a = values(array);
        if (a.length() == 0) {
            return new double[0];
        }
        return a.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    }

    @Override
    public DeviceArray unary(UnaryKernel kernel, DeviceArray a, DType out) {
        INDArray x = values(a);
        if (out.isFloatingPoint() && !a.dtype().isFloatingPoint() || kernel == UnaryKernel.CAST) {
            x = x.castTo(typeOf(out));
        }
        return wrap(a.index(), out, apply(kernel, x).castTo(typeOf(out)));
    }

    private static INDArray apply(UnaryKernel kernel, INDArray x) {
        switch (kernel) {
            case NEG: return x.neg();
            case ABS: return Transforms.abs(x, true);
            case EXP: return Transforms.exp(x, true);
            case LOG: return Transforms.log(x, true);
            case SQRT: return Transforms.sqrt(x, true);
            case TANH: return Transforms.tanh(x, true);
            case SIGMOID: return Transforms.sigmoid(x, true);
            case RELU: return Transforms.relu(x, true);
            case SIGN: return Transforms.sign(x, true);
            case RECIPROCAL: return x.rdiv(1);
            case SIN: return Transforms.sin(x, true);
            case COS: return Transforms.cos(x, true);
            default: return x.dup();
        }
    }

    @Override
    public DeviceArray binary(BinaryKernel kernel, DeviceArray a, int[] aShape, DeviceArray b, int[] bShape, int[] shape,
            DType compute, DType out) {
        DataType type = kernel == BinaryKernel.FLOOR_DIVIDE ? DataType.DOUBLE : typeOf(compute);
        INDArray x = broadcast(values(a).castTo(type), aShape, shape);
        INDArray y = broadcast(values(b).castTo(type), bShape, shape);
        INDArray r = apply(kernel, x, y);
        return wrap(a.index(), out, flat(r.castTo(typeOf(out))));
    }

    private static INDArray apply(BinaryKernel kernel, INDArray x, INDArray y) {
        switch (kernel) {
            case ADD: return x.add(y);
            case SUB: return x.sub(y);
            case MUL: return x.mul(y);
            case DIV: return x.div(y);
            case FLOOR_DIVIDE: return Transforms.floor(x.div(y), false);
            case POW: return Transforms.pow(x, y, true);
            case MAXIMUM: return Transforms.max(x, y, true);
            case MINIMUM: return Transforms.min(x, y, true);
            case EQ: return x.eq(y);
            case NE: return x.neq(y);
            case LT: return x.lt(y);
            case LE: return Transforms.or(x.lt(y), x.eq(y)); // ND4J compares two arrays by lt, gt, eq, neq only
            case GT: return x.gt(y);
            default: return Transforms.or(x.gt(y), x.eq(y));
        }
    }

    /** A flat array of {@code from}'s elements, broadcast to {@code shape} (ND4J's rank-aligned broadcast). */
    private static INDArray broadcast(INDArray flat, int[] from, int[] shape) {
        long[] aligned = new long[shape.length];
        for (int d = 0; d < shape.length; d++) {
            int e = d - (shape.length - from.length);
            aligned[d] = e < 0 ? 1 : from[e];
        }
        long[] target = toLongs(shape);
        INDArray x = flat.reshape('c', aligned.length == 0 ? new long[0] : aligned);
        return java.util.Arrays.equals(aligned, target) ? x : x.broadcast(target);
    }

    @Override
    public DeviceArray reduce(ReduceKernel kernel, DeviceArray a, int[] shape, boolean[] reduced, DType out) {
        INDArray x = values(a).castTo(typeOf(out)).reshape('c', toLongs(shape));
        int count = 0;
        for (boolean r : reduced) {
            count += r ? 1 : 0;
        }
        int[] dims = new int[count];
        for (int d = 0, i = 0; d < reduced.length; d++) {
            if (reduced[d]) {
                dims[i++] = d;
            }
        }
        INDArray r = count == 0 ? x.dup() : kernel == ReduceKernel.SUM ? x.sum(true, dims)
                : kernel == ReduceKernel.MAX ? x.max(true, dims) : x.min(true, dims);
        return wrap(a.index(), out, flat(r));
    }

    @Override
    public DeviceArray concat(DeviceArray[] parts, int[][] shapes, int dim, DType out) {
        INDArray[] arrays = new INDArray[parts.length];
        for (int i = 0; i < parts.length; i++) {
            arrays[i] = values(parts[i]).castTo(typeOf(out)).reshape('c', toLongs(shapes[i]));
        }
        return wrap(parts[0].index(), out, flat(Nd4j.concat(dim, arrays)));
    }

    @Override
    public DeviceArray matmul(DeviceArray a, DeviceArray b, int n, int k, int m, DType out) {
        DataType type = typeOf(out);
        INDArray x = values(a).castTo(type).reshape('c', new long[] {n, k});
        INDArray y = values(b).castTo(type).reshape('c', new long[] {k, m});
        INDArray r = x.mmul(y);
        return wrap(a.index(), out, flat(r));
    }

    @Override
    public DeviceArray gather(DeviceArray a, int offset, int[] shape, int[] strides) {
        INDArray x = values(a);
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        if (n == 0) {
            return wrap(a.index(), a.dtype(), Nd4j.create(x.dataType(), 0));
        }
        long[] positions = new long[(int) n];
        int[] counter = new int[shape.length];
        long at = offset;
        for (int i = 0; i < n; i++) {
            positions[i] = at;
            for (int d = shape.length - 1; d >= 0; d--) {
                at += strides[d];
                if (++counter[d] < shape[d]) {
                    break;
                }
                at -= (long) strides[d] * shape[d];
                counter[d] = 0;
            }
        }
        INDArray picked = x.get(NDArrayIndex.indices(positions));
        return wrap(a.index(), a.dtype(), flat(picked).dup('c'));
    }

    @Override
    public DeviceArray take(DeviceArray a, int[] positions) {
        if (positions.length == 0) {
            return wrap(a.index(), a.dtype(), Nd4j.create(values(a).dataType(), 0));
        }
        INDArray picked = values(a).get(NDArrayIndex.indices(toLongs(positions)));
        return wrap(a.index(), a.dtype(), flat(picked).dup('c'));
    }

    @Override
    public DeviceArray scatterAdd(int length, int[] positions, DeviceArray values) {
        INDArray v = values(values);
        INDArray r = Nd4j.zeros(v.dataType(), length);
        if (positions.length > 0) {
            INDArray indices = Nd4j.createFromArray(positions);
            Nd4j.exec(new ScatterAdd(r, indices, flat(v)));
        }
        return wrap(values.index(), values.dtype(), r);
    }

    @Override
    public void put(DeviceArray target, int[] positions, DeviceArray values) {
        if (positions.length > 0) {
            values(target).put(new org.nd4j.linalg.indexing.INDArrayIndex[] {NDArrayIndex.indices(toLongs(positions))},
                    flat(values(values)).castTo(values(target).dataType()));
        }
    }

    @Override
    public void copyInto(DeviceArray target, DeviceArray values) {
        values(target).assign(values(values).castTo(values(target).dataType()));
    }

    @Override
    public void synchronize() {
        Nd4j.getExecutioner().commit();
    }

    private DeviceArray wrap(int index, DType dtype, INDArray values) {
        return new Array(this, index, dtype, values);
    }

    private static INDArray values(DeviceArray a) {
        return ((Array) a).values();
    }

    private static DataType typeOf(DType t) {
        switch (t) {
            case FLOAT32: return DataType.FLOAT;
            case FLOAT64: return DataType.DOUBLE;
            case INT64: return DataType.LONG;
            case INT32: return DataType.INT;
            default: return DataType.BOOL;
        }
    }

    /** The array as one row-major dim (ND4J's reshape(char, long...) takes the dims as an array: a char and ints would read as longs). */
    private static INDArray flat(INDArray x) {
        return x.reshape('c', new long[] {x.length()});
    }

    private static long[] toLongs(int[] shape) {
        long[] out = new long[shape.length];
        for (int i = 0; i < shape.length; i++) {
            out[i] = shape[i];
        }
        return out;
    }
}
