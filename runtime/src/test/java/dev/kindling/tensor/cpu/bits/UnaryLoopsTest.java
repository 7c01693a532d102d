package dev.kindling.tensor.cpu.bits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

import dev.kindling.tensor.DType;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * The unary operations that run their own loops (exp, log, tanh, sigmoid, sqrt) give bit for bit
 * what the general map1 loop gives with the operation as a lambda, for float32, float64 and
 * integer inputs, on random values and the special ones (NaN, infinities, signed zeros,
 * subnormals, negatives for log and sqrt). float32 sigmoid is ATen's: SLEEF's exp in the
 * vectorised loop (the first 2976 of 3000 elements, whole steps of 32), the C library's in the tail.
 */
class UnaryLoopsTest {
    private static final double[] SPECIAL = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Float.MIN_VALUE, 1e-40, -2.5, 88.7, -103.9, 710, Float.MAX_VALUE, 16777217,
        -16777219, 3e9};

    @Test
    void matchTheGeneralLoop() {
        check("exp", v -> MklExp.exp((float) v), Math::exp);
        check("log", Math::log, Math::log);
        check("tanh", Math::tanh, Math::tanh);
        check("sigmoid", (i, v) -> 1f / (1f + (i < 2976 ? SleefMath.exp(-(float) v) : (float) Math.exp(-(float) v))),
                v -> 1 / (1 + Math.exp(-v)));
        check("sqrt", v -> MklSqrt.sqrt((float) v), Math::sqrt);
    }

    /** An operation that may depend on the element's index. */
    private interface Indexed {
        double apply(int index, double value);
    }

    private static void check(String op, DoubleUnaryOperator float32, DoubleUnaryOperator float64) {
        check(op, (i, v) -> float32.applyAsDouble(v), float64);
    }

    private static void check(String op, Indexed float32, DoubleUnaryOperator float64) {
        Random rng = new Random(op.hashCode());
        for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64, DType.INT64}) {
            double[] v = new double[3000];
            for (int i = 0; i < v.length; i++) {
                double x = i < SPECIAL.length ? SPECIAL[i] : rng.nextGaussian() * Math.pow(10, rng.nextInt(7) - 3);
                v[i] = t.cast(t == DType.INT64 && !Double.isFinite(x) ? 0 : x);
            }
            Tensor a = Torch.tensor(v, t);
            DType out = t == DType.FLOAT64 ? DType.FLOAT64 : DType.FLOAT32;
            double[] expected = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                expected[i] = out.cast(out == DType.FLOAT32 ? float32.apply(i, v[i]) : float64.applyAsDouble(v[i]));
            }
            Tensor actual = unary(a, op);
            assertEquals(out, actual.dtype());
            double[] got = actual.toDoubleArray();
            for (int i = 0; i < v.length; i++) {
                assertEquals(Double.doubleToLongBits(expected[i]), Double.doubleToLongBits(got[i]),
                        op + " " + t + " of " + v[i]);
            }
        }
    }

    private static Tensor unary(Tensor a, String op) {
        return switch (op) {
            case "exp" -> a.exp();
            case "log" -> a.log();
            case "tanh" -> a.tanh();
            case "sigmoid" -> a.sigmoid();
            default -> a.sqrt();
        };
    }
}
