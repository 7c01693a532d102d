package dev.kindling.tensor;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;

import dev.kindling.autograd.GradMode;
import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.cpu.Float32Kernels;
import dev.kindling.tensor.device.BinaryKernel;
import dev.kindling.tensor.device.UnaryKernel;

/**
 * Elementwise operations with broadcasting and PyTorch's type promotion, each with its backward
 * rule beside its forward code. Values are computed in double and rounded to the result dtype,
 * which gives float32 arithmetic's results for + - * / exactly; float32 sqrt, exp and sigmoid are
 * the numerics policy's ({@link Float32Kernels}, asked of the session's {@link TorchState}).
 */
final class Pointwise {
    private Pointwise() {}

    // ---- type promotion (ATen's result_type) ----

    static DType resultType(Tensor a, Tensor b) {
        DType dim = null;
        DType zero = null;
        DType wrapped = null;
        for (Tensor t : new Tensor[] {a, b}) {
            if (t.wrappedNumber) {
                DType k = t.dtype.isFloatingPoint() ? DType.DEFAULT_FLOAT : t.dtype;
                wrapped = wrapped == null ? k : DType.promote(wrapped, k);
            } else if (t.shape.length == 0) {
                zero = zero == null ? t.dtype : DType.promote(zero, t.dtype);
            } else {
                dim = dim == null ? t.dtype : DType.promote(dim, t.dtype);
            }
        }
        return combine(dim, combine(zero, wrapped));
    }

    private static DType combine(DType higher, DType lower) {
        if (higher == null) {
            return lower;
        }
        if (lower == null || higher.isFloatingPoint()) {
            return higher;
        }
        if (higher == DType.BOOL || lower.isFloatingPoint()) {
            return DType.promote(higher, lower);
        }
        return higher;
    }

    private static DType floatResult(DType t) {
        return t.isFloatingPoint() ? t : DType.DEFAULT_FLOAT;
    }

    // ---- the loops ----

    /** out[i] = f(a[ia], b[ib]) over the broadcast shape, inputs cast to {@code compute}, result to {@code out}. */
    static Tensor map2(Tensor a, Tensor b, DType compute, DType out, DoubleBinaryOperator f) {
        int[] shape = Shapes.broadcast(a.shape, b.shape);
        double[] result = Torch.allocate(shape, out);
        double[] x = a.values();
        double[] y = b.values();
        boolean castA = a.dtype != compute;
        boolean castB = b.dtype != compute;
        if (x.length == result.length && y.length == result.length) {
            for (int i = 0; i < result.length; i++) {
                result[i] = out.cast(f.applyAsDouble(castA ? compute.cast(x[i]) : x[i], castB ? compute.cast(y[i]) : y[i]));
            }
        } else if (y.length == 1 && x.length == result.length) {
            double v = castB ? compute.cast(y[0]) : y[0];
            for (int i = 0; i < result.length; i++) {
                result[i] = out.cast(f.applyAsDouble(castA ? compute.cast(x[i]) : x[i], v));
            }
        } else if (x.length == 1 && y.length == result.length) {
            double v = castA ? compute.cast(x[0]) : x[0];
            for (int i = 0; i < result.length; i++) {
                result[i] = out.cast(f.applyAsDouble(v, castB ? compute.cast(y[i]) : y[i]));
            }
        } else {
            int[] sa = Shapes.broadcastStrides(a.shape, shape);
            int[] sb = Shapes.broadcastStrides(b.shape, shape);
            int[] counter = new int[shape.length];
            int ia = 0;
            int ib = 0;
            for (int i = 0; i < result.length; i++) {
                double va = castA ? compute.cast(x[ia]) : x[ia];
                double vb = castB ? compute.cast(y[ib]) : y[ib];
                result[i] = out.cast(f.applyAsDouble(va, vb));
                for (int d = shape.length - 1; d >= 0; d--) {
                    counter[d]++;
                    ia += sa[d];
                    ib += sb[d];
                    if (counter[d] < shape[d]) {
                        break;
                    }
                    ia -= sa[d] * shape[d];
                    ib -= sb[d] * shape[d];
                    counter[d] = 0;
                }
            }
        }
        return new Tensor(result, shape, out);
    }

    static Tensor map1(Tensor a, DType out, DoubleUnaryOperator f) {
        double[] result = Torch.allocate(a.shape, out);
        DType compute = a.dtype;
        double[] aValues = a.values();
        for (int i = 0; i < result.length; i++) {
            result[i] = out.cast(f.applyAsDouble(compute.cast(aValues[i])));
        }
        return new Tensor(result, a.shape.clone(), out);
    }

    /** {@code a op b} in {@code t}: {@link Arithmetic}'s loops where they apply, else {@link #map2}. */
    private static Tensor arithmetic(Tensor a, Tensor b, DType t, Arithmetic.Op op) {
        if (Devices.onDevice(a, b)) {
            return Devices.binary(BinaryKernel.valueOf(op.name()), a, b, t, t);
        }
        Tensor fast = Arithmetic.apply(a, b, t, op);
        return fast != null ? fast : map2(a, b, t, t, op::apply);
    }

    /** A loop over a whole array, written out by each operation so that its call stays monomorphic. */
    private interface Loop1 {
        void run(double[] x, double[] r);
    }

    /**
     * {@link #map1} for a float64 result, through the operation's own loop. Why: map1 calls its
     * operation through a lambda with dozens of implementations at one call site, which HotSpot
     * does not inline (about 2.5 ns an element on top of the operation: exp of 200k floats took
     * 1.1 ms where its loop takes 0.65 ms). float32 results take the float kernels
     * ({@link #mapFloats}, {@link #mapFloatsWithExp}).
     */
    private static Tensor loop1(Tensor a, Loop1 loop) {
        double[] r = Torch.allocate(a.shape, DType.FLOAT64);
        loop.run(a.values(), r);
        return new Tensor(r, a.shape.clone(), DType.FLOAT64);
    }

    /** float32 sigmoid: the numerics policy's kernel, on floats throughout. */
    private static Tensor sigmoidFloat(Tensor a) {
        float[] r = TorchState.current().kernels().sigmoid(a.floatValues());
        return new Tensor(Elements.ofFloat32(r), a.shape.clone(), DType.FLOAT32);
    }

    /**
     * tanh of a float32 value, rounded to float: the same float as {@code (float) Math.tanh(x)} for
     * every one of the 2^32 inputs (checked exhaustively), at a fraction of the cost, since
     * {@code Math.tanh} and {@code StrictMath.expm1} are not intrinsics and {@code Math.exp} is.
     * Small |x| take the Taylor series; the rest up to 9.5 one formula, (e^2x - 1) / (e^2x + 1),
     * in which {@code e^2x - 1} is exact (Sterbenz), so the result is within a few ulps of double;
     * when that leaves the float rounding in doubt, the careful form decides ({@link #tanhNearTie}).
     * One formula rather than a branch per range: on random inputs the branches mispredicted.
     * (PyTorch's own float32 tanh is MKL's vsTanh, an ulp off this on about one input in a
     * thousand; see docs/float32-transcendentals/README.md.)
     */
    static float tanhFloat32(float x) {
        double a = Math.abs((double) x);
        double r;
        if (a >= 0x1p-4 && a < 9.5) {
            double m = Math.exp(2 * a) - 1;
            r = m / (m + 2);
            if ((float) (r * (1 + TANH_DOUBT)) != (float) (r * (1 - TANH_DOUBT))) {
                r = tanhNearTie(a);
            }
        } else if (a < 0x1p-4) {
            double z = a * a;
            r = a + a * z * (-1.0 / 3 + z * (2.0 / 15 + z * (-17.0 / 315 + z * (62.0 / 2835 + z * (-1382.0 / 155925)))));
        } else {
            r = Double.isNaN(a) ? a : 1.0;
        }
        return (float) Math.copySign(r, x);
    }

    /** A relative distance well above the error of {@link #tanhFloat32}'s fast formula. */
    private static final double TANH_DOUBT = 0x1p-40;

    /** tanh of {@code a} in [2^-4, 9.5) by expm1 below 0.55 (no cancellation) and exp above. */
    private static double tanhNearTie(double a) {
        if (a < 0.55) {
            double m = StrictMath.expm1(2 * a);
            return m / (m + 2);
        }
        return 1 - 2 / (Math.exp(2 * a) + 1);
    }

    /**
     * TanhBackward0 as ATen's tanh_backward kernel: {@code g * (1 - out * out)}, where PyTorch's
     * build fused {@code 1 - out * out} into one multiply-add. A recorded backward pass
     * (create_graph) or mixed shapes and dtypes take the composite, rounded in two steps.
     */
    private static Tensor tanhBackward(Tensor g, Tensor out) {
        if (!Gradients.byKernel(g, out)) {
            return g.mul(Torch.onesLike(out).sub(out.mul(out)));
        }
        double[] gv = g.values();
        double[] y = out.values();
        double[] r = Torch.allocate(out.shape, out.dtype);
        if (out.dtype == DType.FLOAT32) {
            for (int i = 0; i < r.length; i++) {
                float yi = (float) y[i];
                r[i] = (float) gv[i] * Math.fma(-yi, yi, 1f);
            }
        } else {
            for (int i = 0; i < r.length; i++) {
                r[i] = gv[i] * Math.fma(-y[i], y[i], 1.0);
            }
        }
        return new Tensor(r, out.shape.clone(), out.dtype);
    }

    /** A float function of a float, on a float32 result (integer inputs converted to float first). */
    private interface FloatFunction {
        float apply(float x);
    }

    /**
     * {@code f} on each element, read and written as floats. Why floats: a double-to-float
     * conversion inside the loop serialises it; reading and writing floats keeps it pipelined.
     */
    private static Tensor mapFloats(Tensor a, FloatFunction f) {
        float[] x = a.floatValues();
        float[] r = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = f.apply(x[i]);
        }
        return new Tensor(Elements.ofFloat32(r), a.shape.clone(), DType.FLOAT32);
    }

    /** A float function of a float built on exp, given the exp the numerics policy uses for it. */
    interface ExpFunction {
        float apply(float x, Float32Kernels.FloatFunction exp);
    }

    /**
     * {@link #mapFloats} for an op built on exp, whose exp the numerics policy picks element by
     * element ({@link Float32Kernels#mapWithExp}).
     */
    static Tensor mapFloatsWithExp(Tensor a, ExpFunction f) {
        float[] x = a.floatValues();
        float[] r = TorchState.current().kernels().mapWithExp(x.length, (i, exp) -> f.apply(x[i], exp));
        return new Tensor(Elements.ofFloat32(r), a.shape.clone(), DType.FLOAT32);
    }

    /** An array form of a float function: {@code out[i] = f(x[i])} for i in [from, to). */
    private interface ArrayForm {
        void apply(float[] x, float[] out, int from, int to);
    }

    /** {@link #mapFloats} through an array form (the policy's exp and sqrt, native where they run). */
    private static Tensor mapFloatArray(Tensor a, ArrayForm f) {
        float[] x = a.floatValues();
        float[] r = new float[x.length];
        f.apply(x, r, 0, x.length);
        return new Tensor(Elements.ofFloat32(r), a.shape.clone(), DType.FLOAT32);
    }

    private static Tensor reduce(Tensor grad, Tensor like) {
        Tensor g = Gradients.sumToShape(grad, like.shape);
        return like.dtype.isFloatingPoint() && g.dtype != like.dtype ? g.to(like.dtype) : g;
    }

    // ---- arithmetic ----

    static Tensor add(Tensor a, Tensor b, double alpha) {
        DType t = resultType(a, b);
        Tensor out;
        if (alpha == 1.0) {
            out = arithmetic(a, b, t, Arithmetic.Op.ADD);
        } else if (Devices.onDevice(a, b)) { // rounded twice, where the CPU's float32 kernel fuses
            Tensor scaled = arithmetic(b, Torch.asTensor(alpha), t, Arithmetic.Op.MUL);
            out = arithmetic(a, scaled, t, Arithmetic.Op.ADD);
        } else if (t == DType.FLOAT32) {
            float al = (float) alpha;
            out = map2(a, b, t, t, (x, y) -> Math.fma((float) y, al, (float) x));
        } else {
            out = map2(a, b, t, t, (x, y) -> x + alpha * y);
        }
        return out.withGradFn("AddBackward0", new Tensor[] {a, b},
                g -> new Tensor[] {reduce(g, a), reduce(alpha == 1.0 ? g : g.mul(alpha), b)}, false);
    }

    static Tensor sub(Tensor a, Tensor b) {
        DType t = resultType(a, b);
        if (t == DType.BOOL) {
            throw KindlingError.runtimeError("Subtraction, the `-` operator, with two bool tensors is not supported. "
                    + "Use the `^` or `logical_xor()` operator instead.");
        }
        Tensor out = arithmetic(a, b, t, Arithmetic.Op.SUB);
        String name = a.wrappedNumber ? "RsubBackward1" : "SubBackward0";
        return out.withGradFn(name, new Tensor[] {a, b}, g -> new Tensor[] {reduce(g, a), reduce(g.neg(), b)}, false);
    }

    static Tensor mul(Tensor a, Tensor b) {
        DType t = resultType(a, b);
        Tensor out = arithmetic(a, b, t, Arithmetic.Op.MUL);
        return out.withGradFn("MulBackward0", new Tensor[] {a, b},
                g -> new Tensor[] {a.requiresGrad() ? reduce(g.mul(b), a) : null,
                    b.requiresGrad() ? reduce(g.mul(a), b) : null}, new boolean[] {b.requiresGrad(), a.requiresGrad()});
    }

    static Tensor div(Tensor a, Tensor b) {
        DType t = floatResult(resultType(a, b));
        Tensor out = arithmetic(a, b, t, Arithmetic.Op.DIV);
        return out.withGradFn("DivBackward0", new Tensor[] {a, b},
                g -> new Tensor[] {a.requiresGrad() ? reduce(g.div(b), a) : null,
                    b.requiresGrad() ? reduce(g.neg().mul(a).div(b.mul(b)), b) : null},
                new boolean[] {b.requiresGrad(), a.requiresGrad() || b.requiresGrad()});
    }

    static Tensor floorDivide(Tensor a, Tensor b) {
        DType t = resultType(a, b);
        if (Devices.onDevice(a, b)) {
            return Devices.binary(BinaryKernel.FLOOR_DIVIDE, a, b, t, t);
        }
        if (!t.isFloatingPoint()) {
            return map2(a, b, t, t, (x, y) -> {
                if (y == 0) {
                    throw KindlingError.runtimeError("ZeroDivisionError");
                }
                return Math.floorDiv((long) x, (long) y);
            });
        }
        // PyTorch defines no derivative for floor_divide: the result joins the graph, and
        // backward through it fails with PyTorch's message.
        return map2(a, b, t, t, Pointwise::floorDivFloat).withGradFn("torch::autograd::NotImplemented",
                new Tensor[] {a, b}, g -> {
                    throw KindlingError.runtimeError("derivative for aten::floor_divide is not implemented");
                }, false);
    }

    private static double floorDivFloat(double a, double b) {
        if (b == 0) {
            return a / b;
        }
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) {
            div -= 1;
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1;
            }
        } else {
            floordiv = Math.copySign(0, a / b);
        }
        return floordiv;
    }

    static Tensor remainder(Tensor a, Tensor b) {
        DType t = resultType(a, b);
        if (!t.isFloatingPoint()) {
            return map2(a, b, t, t, (x, y) -> {
                if (y == 0) {
                    throw KindlingError.runtimeError("ZeroDivisionError");
                }
                return Math.floorMod((long) x, (long) y);
            });
        }
        Tensor out = map2(a, b, t, t, (x, y) -> {
            double m = x % y;
            return m != 0 && (y < 0) != (m < 0) ? m + y : m;
        });
        // a % b = a - floor(a / b) * b: gradient 1 for a, -floor(a / b) for b.
        return out.withGradFn("RemainderBackward0", new Tensor[] {a, b}, g -> new Tensor[] {
            a.requiresGrad() ? reduce(g, a) : null,
            b.requiresGrad() ? reduce(g.mul(a.div(b).floor()).neg(), b) : null}, new boolean[] {b.requiresGrad(),
                b.requiresGrad()});
    }

    static Tensor pow(Tensor a, Tensor b) {
        DType t = resultType(a, b);
        if (!t.isFloatingPoint() && b.dtype.isIntegral()) {
            for (double e : b.doubles()) {
                if (e < 0) {
                    throw KindlingError.runtimeError("Integers to negative integer powers are not allowed.");
                }
            }
        }
        // a ** 0.5 on float32 is ATen's sqrt kernel (MKL's vsSqrt), as for torch.sqrt; a ** 3 and
        // a ** -2 are products in the result's dtype, each rounded
        double scalarExponent = b.wrappedNumber ? b.doubles()[0] : Double.NaN;
        Tensor out;
        if (Devices.onDevice(a, b)) {
            out = Devices.binary(BinaryKernel.POW, a, b, t, t);
        } else if (t == DType.FLOAT32 && scalarExponent == 0.5) {
            out = mapFloatArray(a, TorchState.current().kernels()::sqrt);
        } else if (t.isFloatingPoint() && (scalarExponent == 3 || scalarExponent == -2)) {
            out = map1(a, t, v -> {
                double square = t.cast(v * v);
                return scalarExponent == 3 ? square * v : 1 / square;
            });
        } else {
            out = map2(a, b, t, t, Pointwise::power);
        }
        if (b.wrappedNumber || (b.shape.length == 0 && !b.requiresGrad())) {
            double e = b.doubles()[0];
            return out.withGradFn("PowBackward0", new Tensor[] {a},
                    g -> new Tensor[] {e == 0 ? g.mul(0.0) : g.mul(a.pow(e - 1).mul(e))}, true);
        }
        String name = a.wrappedNumber ? "PowBackward2" : "PowBackward1";
        return out.withGradFn(name, new Tensor[] {a, b}, g -> new Tensor[] {
            a.requiresGrad() ? reduce(g.mul(b.mul(a.pow(b.sub(1)))), a) : null,
            b.requiresGrad() ? reduce(g.mul(out.mul(logOrZero(a))), b) : null}, true);
    }

    private static double power(double x, double y) {
        if (y == 2) {
            return x * x;
        }
        return Math.pow(x, y);
    }

    /** log(a), with 0 where a is 0 (the exponent's gradient of 0^b is taken as 0, as in PyTorch). */
    private static Tensor logOrZero(Tensor a) {
        return map1(a, floatResult(a.dtype), v -> v == 0 ? 0 : Math.log(v));
    }

    static Tensor neg(Tensor a) {
        if (a.dtype == DType.BOOL) {
            throw KindlingError.runtimeError("Negation, the `-` operator, on a bool tensor is not supported. If you are "
                    + "trying to invert a mask, use the `~` or `logical_not()` operator instead.");
        }
        Tensor out = Devices.onDevice(a) ? Devices.unary(UnaryKernel.NEG, a, a.dtype) : map1(a, a.dtype, v -> -v);
        return out.withGradFn("NegBackward0", new Tensor[] {a}, g -> new Tensor[] {g.neg()}, false);
    }

    // ---- comparisons and logic ----

    static Tensor compare(Tensor a, Tensor b, String op) {
        DType t = resultType(a, b);
        DoubleBinaryOperator f;
        switch (op) {
            case "eq": f = (x, y) -> x == y ? 1 : 0; break;
            case "ne": f = (x, y) -> x != y ? 1 : 0; break;
            case "lt": f = (x, y) -> x < y ? 1 : 0; break;
            case "le": f = (x, y) -> x <= y ? 1 : 0; break;
            case "gt": f = (x, y) -> x > y ? 1 : 0; break;
            default: f = (x, y) -> x >= y ? 1 : 0; break;
        }
        if (Devices.onDevice(a, b)) {
            return Devices.binary(BinaryKernel.valueOf(op.toUpperCase()), a, b, t, DType.BOOL);
        }
        Tensor fast = Comparisons.apply(a, b, t, op);
        return fast != null ? fast : map2(a, b, t, DType.BOOL, f);
    }

    static Tensor bitwise(Tensor a, Tensor b, String op) {
        DType t = resultType(a, b);
        if (t.isFloatingPoint()) {
            throw KindlingError.notImplementedError("\"bitwise_" + op + "_cpu\" not implemented for 'Float'");
        }
        switch (op) {
            case "and": return map2(a, b, t, t, (x, y) -> (long) x & (long) y);
            case "or": return map2(a, b, t, t, (x, y) -> (long) x | (long) y);
            default: return map2(a, b, t, t, (x, y) -> (long) x ^ (long) y);
        }
    }

    static Tensor bitwiseNot(Tensor a) {
        if (a.dtype.isFloatingPoint()) {
            throw KindlingError.notImplementedError("\"bitwise_not_cpu\" not implemented for 'Float'");
        }
        return a.dtype == DType.BOOL ? map1(a, DType.BOOL, v -> v == 0 ? 1 : 0) : map1(a, a.dtype, v -> ~(long) v);
    }

    static Tensor logical(Tensor a, Tensor b, String op) {
        DType t = resultType(a, b);
        switch (op) {
            case "and": return map2(a, b, t, DType.BOOL, (x, y) -> x != 0 && y != 0 ? 1 : 0);
            default: return map2(a, b, t, DType.BOOL, (x, y) -> x != 0 || y != 0 ? 1 : 0);
        }
    }

    static Tensor logicalNot(Tensor a) {
        return map1(a, DType.BOOL, v -> v == 0 ? 1 : 0);
    }

    static Tensor maximum(Tensor a, Tensor b, boolean max) {
        DType t = resultType(a, b);
        Tensor out = Devices.onDevice(a, b) ? Devices.binary(max ? BinaryKernel.MAXIMUM : BinaryKernel.MINIMUM, a, b, t, t)
                : map2(a, b, t, t, max ? Pointwise::maxNaN : Pointwise::minNaN);
        String name = max ? "MaximumBackward0" : "MinimumBackward0";
        return out.withGradFn(name, new Tensor[] {a, b}, g -> {
            Tensor pickA = max ? a.gt(b) : a.lt(b);
            Tensor tie = a.eq(b).to(g.dtype).mul(0.5);
            Tensor wa = pickA.to(g.dtype).add(tie);
            Tensor wb = Torch.onesLike(wa).sub(wa);
            return new Tensor[] {reduce(g.mul(wa), a), reduce(g.mul(wb), b)};
        }, true);
    }

    private static double maxNaN(double x, double y) {
        return Double.isNaN(x) || Double.isNaN(y) ? Double.NaN : Math.max(x, y);
    }

    private static double minNaN(double x, double y) {
        return Double.isNaN(x) || Double.isNaN(y) ? Double.NaN : Math.min(x, y);
    }

    static Tensor where(Tensor condition, Tensor x, Tensor y) {
        DType t = resultType(x, y);
        int[] shape = Shapes.broadcast(condition.shape, Shapes.broadcast(x.shape, y.shape));
        Tensor c = Reshapes.expandTo(condition, shape);
        Tensor xe = Reshapes.expandTo(x, shape);
        Tensor ye = Reshapes.expandTo(y, shape);
        double[] out = Torch.allocate(shape, t);
        double[] cd = c.values();
        double[] xd = xe.values();
        double[] yd = ye.values();
        if (xe.dtype == t && ye.dtype == t) {
            // already in t: a select on the bits (a branch would mispredict on a mask of fresh values)
            for (int i = 0; i < out.length; i++) {
                long keep = -(long) (cd[i] != 0 ? 1 : 0);
                out[i] = Double.longBitsToDouble(Double.doubleToRawLongBits(xd[i]) & keep
                        | Double.doubleToRawLongBits(yd[i]) & ~keep);
            }
        } else {
            for (int i = 0; i < out.length; i++) {
                out[i] = t.cast(cd[i] != 0 ? xd[i] : yd[i]);
            }
        }
        Tensor result = new Tensor(out, shape, t);
        return result.withGradFn("WhereBackward0", new Tensor[] {x, y}, g -> {
            Tensor mask = c.to(g.dtype);
            return new Tensor[] {reduce(g.mul(mask), x), reduce(g.mul(Torch.onesLike(mask).sub(mask)), y)};
        }, false);
    }

    // ---- unary math ----

    /**
     * {@code max(x, 0)}, keeping -0.0 and NaN as PyTorch's clamp_min does. Elements are already
     * rounded to the dtype, so no cast is needed. Why loops of their own: the generic map's
     * per-element lambda and dtype switch cost several times more on a training step's activations.
     * Why {@code Math.max} and then the zeros: written as {@code x < 0 ? 0 : x}, HotSpot compiles a
     * branch, and on fresh activations (half negative, new every step) it mispredicts half the time
     * (65 us for 64x256 elements); {@code Math.max} vectorises but gives +0.0 for -0.0, so a second
     * pass puts each zero back as it was, a branch that is almost never taken. Masking the bits
     * instead, which HotSpot 17 does not vectorise, took 13 us for 16k floats, this 7.
     */
    private static Tensor relu(Tensor a) {
        float[] floats = a.keptFloats();
        if (floats != null && Elements.keepsFloats(a.dtype, floats.length)) {
            return reluInFloats(floats, a.shape);
        }
        double[] x = a.values();
        double[] result = Torch.allocate(a.shape, a.dtype);
        for (int i = 0; i < x.length; i++) {
            result[i] = Math.max(x[i], 0.0);
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] == 0.0) {
                result[i] = x[i];
            }
        }
        return new Tensor(result, a.shape.clone(), a.dtype);
    }

    /** {@link #relu} on a float32 input kept as floats, kept as floats. */
    private static Tensor reluInFloats(float[] x, int[] shape) {
        float[] result = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            result[i] = Math.max(x[i], 0f);
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] == 0f) {
                result[i] = x[i];
            }
        }
        return new Tensor(Elements.ofFloats(result), shape.clone(), DType.FLOAT32);
    }

    /**
     * ReluBackward0 as ATen's threshold_backward: {@code out <= 0 ? 0 : g}, so a blocked gradient
     * is +0.0 even where g is negative, infinite or NaN, and a NaN output passes g on. The one-pass
     * form masks g's bits (no branch to mispredict, see {@link #relu}); recorded graphs and mixed
     * shapes use the recorded {@code where}.
     */
    private static Tensor reluBackward(Tensor g, Tensor out) {
        if (Devices.onDevice(g, out)) { // devices have no where() kernel yet: the mask multiplies
            return g.mul(out.gt(0).to(g.dtype));
        }
        if (!Gradients.byKernel(g, out) || !g.dtype.isFloatingPoint()) {
            return where(out.le(0), Torch.zerosLike(g), g);
        }
        float[] outFloats = out.keptFloats();
        if (outFloats != null && Elements.keepsFloats(g.dtype, outFloats.length)) {
            return reluBackwardInFloats(g.floatValues(), outFloats, g.shape);
        }
        double[] result = Torch.allocate(g.shape, g.dtype);
        double[] o = out.doubles();
        double[] gd = g.doubles();
        for (int i = 0; i < result.length; i++) {
            // relu outputs are >= 0 or NaN, so "out <= 0" is "out is +0.0 or -0.0": all bits but
            // the sign clear. keep is all ones unless so.
            long magnitude = Double.doubleToRawLongBits(o[i]) << 1;
            long keep = (magnitude | -magnitude) >> 63;
            result[i] = Double.longBitsToDouble(Double.doubleToRawLongBits(gd[i]) & keep);
        }
        return new Tensor(result, g.shape.clone(), g.dtype);
    }

    /** {@link #reluBackward} of a float32 relu kept as floats, kept as floats: the same bit masks, on ints. */
    private static Tensor reluBackwardInFloats(float[] g, float[] out, int[] shape) {
        float[] result = new float[out.length];
        for (int i = 0; i < result.length; i++) {
            int magnitude = Float.floatToRawIntBits(out[i]) << 1;
            int keep = (magnitude | -magnitude) >> 31;
            result[i] = Float.intBitsToFloat(Float.floatToRawIntBits(g[i]) & keep);
        }
        return new Tensor(Elements.ofFloats(result), shape.clone(), DType.FLOAT32);
    }

    static Tensor unary(Tensor a, String op) {
        DType floating = floatResult(a.dtype);
        switch (op) {
            case "abs":
                return forward(a, UnaryKernel.ABS, a.dtype, () -> map1(a, a.dtype, Math::abs))
                        .withGradFn("AbsBackward0", new Tensor[] {a},
                        g -> new Tensor[] {g.mul(a.sign())}, true);
            case "sqrt": {
                // float32: the numerics policy's (under pytorch-cpu-bits MKL's vsSqrt, not correctly rounded)
                Tensor out = forward(a, UnaryKernel.SQRT, floating, () -> floating == DType.FLOAT32
                        ? mapFloatArray(a, TorchState.current().kernels()::sqrt) : loop1(a, (x, r) -> {
                            for (int i = 0; i < r.length; i++) {
                                r[i] = Math.sqrt(x[i]);
                            }
                        }));
                return out.withGradFnSavingOutput("SqrtBackward0", new Tensor[] {a},
                        g -> new Tensor[] {g.div(out.mul(2))});
            }
            case "correctly_rounded_sqrt": {
                Tensor out = map1(a, floating, Math::sqrt);
                return out.withGradFnSavingOutput("SqrtBackward0", new Tensor[] {a},
                        g -> new Tensor[] {g.div(out.mul(2))});
            }
            case "reciprocal": {
                Tensor out = forward(a, UnaryKernel.RECIPROCAL, floating, () -> map1(a, floating, v -> 1 / v));
                return out.withGradFnSavingOutput("ReciprocalBackward0", new Tensor[] {a},
                        g -> new Tensor[] {g.mul(out.mul(out)).neg()});
            }
            case "exp": {
                // float32: the numerics policy's (under pytorch-cpu-bits MKL's vsExp, not correctly rounded)
                Tensor out = forward(a, UnaryKernel.EXP, floating, () -> floating == DType.FLOAT32
                        ? mapFloatArray(a, TorchState.current().kernels()::exp) : loop1(a, (x, r) -> {
                            for (int i = 0; i < r.length; i++) {
                                r[i] = Math.exp(x[i]);
                            }
                        }));
                return out.withGradFnSavingOutput("ExpBackward0", new Tensor[] {a}, g -> new Tensor[] {g.mul(out)});
            }
            case "log":
                // float32: correctly rounded, where PyTorch's (MKL's vsLn) is an ulp off for about one
                // input in twelve; see docs/float32-transcendentals/README.md for why it stays so
                return forward(a, UnaryKernel.LOG, floating, () -> floating == DType.FLOAT32
                        ? mapFloats(a, x -> (float) Math.log(x)) : loop1(a, (x, r) -> {
                            for (int i = 0; i < r.length; i++) {
                                r[i] = Math.log(x[i]);
                            }
                        })).withGradFn("LogBackward0", new Tensor[] {a},
                        g -> new Tensor[] {g.div(a)}, true);
            case "log1p":
                return map1(a, floating, Math::log1p).withGradFn("Log1PBackward0", new Tensor[] {a},
                        g -> new Tensor[] {g.div(a.add(1))}, true);
            case "sin":
                return forward(a, UnaryKernel.SIN, floating, () -> map1(a, floating, Math::sin))
                        .withGradFn("SinBackward0", new Tensor[] {a},
                        g -> new Tensor[] {g.mul(a.cos())}, true);
            case "cos":
                return forward(a, UnaryKernel.COS, floating, () -> map1(a, floating, Math::cos))
                        .withGradFn("CosBackward0", new Tensor[] {a},
                        g -> new Tensor[] {g.mul(a.sin()).neg()}, true);
            case "tanh": {
                Tensor out = forward(a, UnaryKernel.TANH, floating, () -> floating == DType.FLOAT32
                        ? mapFloats(a, Pointwise::tanhFloat32) : loop1(a, (x, r) -> {
                            for (int i = 0; i < r.length; i++) {
                                r[i] = Math.tanh(x[i]);
                            }
                        }));
                return out.withGradFnSavingOutput("TanhBackward0", new Tensor[] {a},
                        g -> new Tensor[] {tanhBackward(g, out)});
            }
            case "sigmoid": {
                Tensor out = forward(a, UnaryKernel.SIGMOID, floating, () -> floating == DType.FLOAT32 ? sigmoidFloat(a)
                        : loop1(a, (x, r) -> {
                            for (int i = 0; i < r.length; i++) {
                                r[i] = 1 / (1 + Math.exp(-x[i]));
                            }
                        }));
                // ATen's sigmoid_backward: (g * (1 - out)) * out, in that order
                return out.withGradFnSavingOutput("SigmoidBackward0", new Tensor[] {a},
                        g -> new Tensor[] {g.mul(Torch.onesLike(out).sub(out)).mul(out)});
            }
            case "relu": {
                Tensor out = forward(a, UnaryKernel.RELU, a.dtype, () -> relu(a));
                return out.withGradFnSavingOutput("ReluBackward0", new Tensor[] {a},
                        g -> new Tensor[] {reluBackward(g, out)});
            }
            case "gelu":
                return map1(a, floating, v -> 0.5 * v * (1 + SpecialFunctions.erf(v / Math.sqrt(2))))
                        .withGradFn("GeluBackward0", new Tensor[] {a}, g -> new Tensor[] {g.mul(map1(a, floating,
                            v -> 0.5 * (1 + SpecialFunctions.erf(v / Math.sqrt(2)))
                                    + v * Math.exp(-0.5 * v * v) / Math.sqrt(2 * Math.PI)))}, true);
            case "floor":
                return map1(a, a.dtype, Math::floor).withGradFn("FloorBackward0", new Tensor[] {a},
                        g -> new Tensor[] {g.mul(0.0)}, false);
            case "trunc":
                return map1(a, a.dtype, v -> v < 0 ? Math.ceil(v) : Math.floor(v)).withGradFn("TruncBackward0",
                        new Tensor[] {a}, g -> new Tensor[] {g.mul(0.0)}, false);
            case "ceil":
                return map1(a, a.dtype, Math::ceil).withGradFn("CeilBackward0", new Tensor[] {a},
                        g -> new Tensor[] {g.mul(0.0)}, false);
            default:
                return forward(a, UnaryKernel.SIGN, a.dtype, () -> map1(a, a.dtype, v -> v > 0 ? 1 : v < 0 ? -1 : 0))
                        .withGradFn("SignBackward0",
                        new Tensor[] {a}, g -> new Tensor[] {g.mul(0.0)}, false);
        }
    }

    /**
     * A unary op's forward values: its device backend's kernel for a tensor on a device, else the
     * CPU's loop; the op attaches one backward rule to either.
     */
    private static Tensor forward(Tensor a, UnaryKernel kernel, DType out, Supplier<Tensor> cpu) {
        return Devices.onDevice(a) ? Devices.unary(kernel, a, out) : cpu.get();
    }

    /** round(decimals): half to even, as torch.round. */
    static Tensor round(Tensor a, int decimals) {
        if (!a.dtype.isFloatingPoint()) {
            return a.clone();
        }
        double scale = Math.pow(10, decimals);
        Tensor out = decimals == 0 ? map1(a, a.dtype, Math::rint)
                : map1(a, a.dtype, v -> a.dtype.cast(Math.rint(a.dtype.cast(v * scale))) / scale);
        return out.withGradFn("RoundBackward" + (decimals == 0 ? "0" : "1"), new Tensor[] {a},
                g -> new Tensor[] {g.mul(0.0)}, false);
    }

    static Tensor leakyRelu(Tensor a, double slope) {
        return leakyRelu(a, slope, "LeakyReluBackward0");
    }

    /** leaky_relu under a node name (PyTorch names the in-place form's node LeakyReluBackward1). */
    static Tensor leakyRelu(Tensor a, double slope, String node) {
        // ATen multiplies by the slope rounded to the tensor's dtype, and rounds the product
        double negval = a.dtype.cast(slope);
        Tensor out = map1(a, a.dtype, v -> v > 0 ? v : v * negval);
        return out.withGradFn(node, new Tensor[] {a},
                g -> new Tensor[] {g.mul(map1(a, g.dtype, v -> v > 0 ? 1 : slope))}, true);
    }

    static Tensor clamp(Tensor a, Double min, Double max) {
        if (min == null && max == null) {
            throw KindlingError.runtimeError("torch.clamp: At least one of 'min' or 'max' must not be None");
        }
        double lo = min == null ? Double.NEGATIVE_INFINITY : a.dtype.cast(min);
        double hi = max == null ? Double.POSITIVE_INFINITY : a.dtype.cast(max);
        DType t = a.dtype.isFloatingPoint() || (min == null || min == Math.rint(min)) && (max == null || max == Math.rint(max))
                ? a.dtype : DType.DEFAULT_FLOAT;
        Tensor out = map1(a, t, v -> Double.isNaN(v) ? v : Math.min(Math.max(v, lo), hi));
        return out.withGradFn("ClampBackward1", new Tensor[] {a},
                g -> new Tensor[] {g.mul(map1(a, g.dtype, v -> v >= lo && v <= hi ? 1 : 0))}, true);
    }

    // ---- in place ----

    /**
     * Writes a computed result into {@code self} (an in-place op): the result must fit self's
     * shape and dtype; under autograd, self takes over the result's history.
     */
    static Tensor inPlace(Tensor self, Tensor result) {
        self.checkInPlace();
        self.checkNoInternalOverlap();
        if (!java.util.Arrays.equals(Shapes.broadcast(self.shape, result.shape), self.shape)) {
            throw KindlingError.runtimeError("output with shape " + Shapes.str(self.shape)
                    + " doesn't match the broadcast shape " + Shapes.str(result.shape));
        }
        if (result.dtype.isFloatingPoint() && !self.dtype.isFloatingPoint()
                || result.dtype != DType.BOOL && self.dtype == DType.BOOL) {
            throw KindlingError.runtimeError("result type " + typeWord(result.dtype)
                    + " can't be cast to the desired output type " + typeWord(self.dtype));
        }
        Tensor src = Devices.moved(Reshapes.expandTo(result, self.shape), Devices.of(self));
        if (Devices.onDevice(self)) {
            Devices.write(self, src);
        } else if (src.dtype == self.dtype) {
            System.arraycopy(src.doubles(), 0, self.doubles(), 0, self.numel()); // already in self's dtype
        } else {
            double[] selfValues = self.doubles();
            double[] srcValues = src.doubles();
            for (int i = 0; i < self.numel(); i++) {
                selfValues[i] = self.dtype.cast(srcValues[i]);
            }
        }
        if (GradMode.isEnabled() && result.requiresGrad()) {
            self.adoptHistory(result);
        }
        self.bumpVersion();
        return self;
    }

    static String typeWord(DType t) {
        switch (t) {
            case FLOAT32: return "Float";
            case FLOAT64: return "Double";
            case INT64: return "Long";
            case INT32: return "Int";
            default: return "Bool";
        }
    }

    static Tensor copyInto(Tensor self, Tensor source) {
        self.checkInPlace();
        self.checkNoInternalOverlap();
        Tensor src = Devices.moved(Reshapes.expandTo(source, self.shape), Devices.of(self)); // copy_ crosses devices
        if (Devices.onDevice(self)) {
            Devices.write(self, src);
        } else {
            double[] selfArray = self.doubles();
            double[] srcArray = src.doubles();
            for (int i = 0; i < self.numel(); i++) {
                selfArray[i] = self.dtype.cast(srcArray[i]);
            }
        }
        if (GradMode.isEnabled() && source.requiresGrad()) {
            self.adoptHistory(Reshapes.expandTo(source, self.shape).to(self.dtype).add(0.0));
        }
        self.bumpVersion();
        return self;
    }
}
