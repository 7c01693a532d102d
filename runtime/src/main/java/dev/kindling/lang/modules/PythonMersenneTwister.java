package dev.kindling.lang.modules;

import java.math.BigInteger;

/**
 * MT19937 as CPython's {@code _random} module uses it: seeded by {@code init_by_array} with the
 * seed's 32-bit words, {@code random()} built from two draws (27 + 26 bits), and
 * {@code getrandbits} filling 32 bits a draw.
 */
final class PythonMersenneTwister {
    private static final int N = 624;
    private static final int M = 397;
    private final int[] mt = new int[N];
    private int index = N + 1;

    void seed(BigInteger nonNegative) {
        int words = Math.max(1, (nonNegative.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = nonNegative.shiftRight(32 * i).intValue();
        }
        initByArray(key);
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    private void generate() {
        for (int k = 0; k < N; k++) {
            int y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
            mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
        }
        index = 0;
    }

    /** The next 32-bit output, as an unsigned value in a long. */
    long next32() {
        if (index >= N) {
            generate();
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    double random() {
        long a = next32() >>> 5;
        long b = next32() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    BigInteger getrandbits(int k) {
        if (k <= 32) {
            return BigInteger.valueOf(next32() >>> (32 - k));
        }
        BigInteger result = BigInteger.ZERO;
        int shift = 0;
        for (int remaining = k; remaining > 0; remaining -= 32, shift += 32) {
            long r = next32();
            if (remaining < 32) {
                r >>>= 32 - remaining;
            }
            result = result.or(BigInteger.valueOf(r).shiftLeft(shift));
        }
        return result;
    }
}
