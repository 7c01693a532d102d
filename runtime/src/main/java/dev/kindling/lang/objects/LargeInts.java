package dev.kindling.lang.objects;

import java.math.BigInteger;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.RunGuard;

/**
 * The int operations whose result can be far larger than their operands ({@code *}, {@code **},
 * {@code <<}): each result's size is known before it is computed, so one that is over the
 * session's cap ({@link RunGuard#checkIntBits}) or over what a Java BigInteger can hold is a
 * MemoryError, as CPython raises when it cannot allocate an int, without doing the work. A large
 * power is computed by squaring with a stop check between steps.
 */
final class LargeInts {
    /** The most bits a BigInteger holds. */
    private static final double JAVA_MAX_BITS = Integer.MAX_VALUE - 1;
    /** Results below this many bits are computed in one call: they take no noticeable time. */
    private static final double POLL_FREE_BITS = 1 << 16;

    private LargeInts() {}

    static BigInteger multiply(BigInteger x, BigInteger y) {
        checkBits((double) x.bitLength() + y.bitLength());
        return x.multiply(y);
    }

    static BigInteger shiftLeft(BigInteger x, BigInteger shift) {
        if (x.signum() == 0) {
            return x;
        }
        if (shift.bitLength() >= 64) {
            throw new KindlingError(ErrorType.OVERFLOW_ERROR, "too many digits in integer");
        }
        checkBits((double) x.bitLength() + shift.doubleValue());
        return x.shiftLeft(shift.intValueExact());
    }

    /** {@code x ** e} for {@code e} >= 0 that fits an int, {@code |x|} >= 2. */
    static BigInteger pow(BigInteger x, int e) {
        double bits = e * log2(x.abs());
        checkBits(bits);
        if (bits < POLL_FREE_BITS) {
            return x.pow(e);
        }
        BigInteger result = BigInteger.ONE;
        BigInteger square = x;
        for (int rest = e; rest > 0; rest >>>= 1) {
            RunGuard.poll();
            if ((rest & 1) != 0) {
                result = result.multiply(square);
            }
            if (rest > 1) {
                square = square.multiply(square);
            }
        }
        return result;
    }

    private static double log2(BigInteger v) {
        int shift = Math.max(0, v.bitLength() - 60);
        return shift + Math.log(v.shiftRight(shift).doubleValue()) / Math.log(2);
    }

    private static void checkBits(double bits) {
        if (bits > JAVA_MAX_BITS) {
            throw new KindlingError(ErrorType.MEMORY_ERROR, "");
        }
        RunGuard.checkIntBits(bits);
    }
}
