package dev.kindling.tensor.random;

/**
 * The 32-bit Mersenne Twister exactly as ATen's {@code at::mt19937} runs it
 * ({@code aten/src/ATen/core/MT19937RNGEngine.h}): the standard mt19937 recurrence and
 * tempering, seeded with the low 32 bits of a 64-bit seed by Knuth's initialisation
 * ({@code init_genrand}). The bookkeeping fields ({@code left}, {@code next}, the full
 * 64-bit {@code seed}) are kept the way ATen keeps them because they appear, byte for byte,
 * in {@code torch.get_rng_state()} (see {@link CpuGenerator#getState()}).
 *
 * <p>Not thread-safe: {@link CpuGenerator} and {@link Distributions} lock around it, as ATen
 * locks the generator's mutex for the length of one kernel.
 */
final class Mt19937 {

    static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    long seed;
    int left;
    boolean seeded;
    int next;
    final int[] state = new int[N];

    Mt19937(long seed) {
        init(seed);
    }

    /** ATen's {@code init_with_uint32}: only the low 32 bits seed the state; all 64 are kept. */
    void init(long seed) {
        this.seed = seed;
        seeded = true;
        state[0] = (int) seed;
        for (int j = 1; j < N; j++) {
            int prev = state[j - 1];
            state[j] = 1812433253 * (prev ^ (prev >>> 30)) + j;
        }
        left = 1;
        next = 0;
    }

    /** The next 32 random bits (as ATen's {@code operator()}), as an int holding uint32 bits. */
    int nextInt() {
        if (--left == 0) {
            twist();
        }
        int y = state[next++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private void twist() {
        left = N;
        next = 0;
        int p = 0;
        for (; p < N - M; p++) {
            state[p] = state[p + M] ^ mix(state[p], state[p + 1]);
        }
        for (; p < N - 1; p++) {
            state[p] = state[p + M - N] ^ mix(state[p], state[p + 1]);
        }
        state[N - 1] = state[M - 1] ^ mix(state[N - 1], state[0]);
    }

    private static int mix(int u, int v) {
        int bits = (u & UPPER_MASK) | (v & LOWER_MASK);
        return (bits >>> 1) ^ ((v & 1) != 0 ? MATRIX_A : 0);
    }

    void copyFrom(Mt19937 other) {
        seed = other.seed;
        left = other.left;
        seeded = other.seeded;
        next = other.next;
        System.arraycopy(other.state, 0, state, 0, N);
    }
}
