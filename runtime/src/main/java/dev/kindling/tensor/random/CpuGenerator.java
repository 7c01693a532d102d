package dev.kindling.tensor.random;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.SecureRandom;

import dev.kindling.tensor.TorchState;

/**
 * A random number generator that draws the same numbers as PyTorch's CPU generator
 * ({@code at::CPUGeneratorImpl}) for the same seed, so that a seeded Kindling script prints what
 * the same script prints under PyTorch. It is an mt19937 engine ({@link Mt19937}) plus the one
 * piece of extra state ATen keeps: the second Box-Muller sample of the scalar normal path,
 * cached for the next draw ({@link Distributions#normalElementwise(double[], double, double,
 * CpuGenerator)}).
 *
 * <p>Each instance is independent, as {@code torch.Generator()} objects are; the one behind
 * {@code torch.manual_seed} and every op without {@code generator=} is
 * {@link #defaultGenerator()}, one per session.
 *
 * <pre>{@code
 * CpuGenerator g = new CpuGenerator().manualSeed(42);   // torch.Generator().manual_seed(42)
 * float[] x = new float[3];
 * Distributions.uniform(x, 0, 1, g);                    // torch.rand(3, generator=g)
 * CpuGenerator.defaultGenerator().manualSeed(0);         // torch.manual_seed(0)
 * }</pre>
 *
 * <p>Seeds are unsigned 64-bit numbers held in a {@code long}: {@code torch.manual_seed(-1)}
 * is seed 2<sup>64</sup>-1 ({@code -1L} here); print one with
 * {@link Long#toUnsignedString(long)}. Only the low 32 bits reach the engine, so seeds that
 * differ only above bit 31 draw the same numbers, as in PyTorch.
 *
 * <p>Methods are synchronized on the instance; the fills in {@link Distributions} hold that
 * lock for a whole fill, as ATen holds the generator's mutex for one kernel.
 */
public final class CpuGenerator {

    /** The seed of a fresh {@code torch.Generator()}: ATen's {@code default_rng_seed_val}. */
    public static final long DEFAULT_SEED = 67280421310721L;

    /** Bytes of {@code get_state()}: ATen's {@code CPUGeneratorImplState}. */
    public static final int STATE_SIZE = 5056;

    private static final int LEGACY_STATE_SIZE = 5048;
    private static final SecureRandom ENTROPY = new SecureRandom();

    private final Mt19937 engine;
    private boolean hasNextDoubleNormal;
    private double nextDoubleNormal;
    private boolean hasNextFloatNormal;
    private float nextFloatNormal;

    /** A generator seeded with {@link #DEFAULT_SEED}, as {@code torch.Generator()} is. */
    public CpuGenerator() {
        this(DEFAULT_SEED);
    }

    /** A generator seeded with {@code seed} (unsigned 64-bit bits). */
    public CpuGenerator(long seed) {
        engine = new Mt19937(seed);
    }

    /**
     * The generator that {@code torch.manual_seed}, {@code torch.initial_seed} and every random
     * op without {@code generator=} use: the {@link TorchState#current() current session's}, so
     * sessions seeded differently draw their own streams; outside any session, the process's.
     * Like ATen's {@code getDefaultCPUGenerator()}, it starts from a non-deterministic seed: an
     * unseeded script draws different numbers each run.
     */
    public static CpuGenerator defaultGenerator() {
        return TorchState.current().generator();
    }

    /** 64 bits from the system's entropy source, as ATen reads /dev/urandom for CPU seeds. */
    public static long nonDeterministicSeed() {
        return ENTROPY.nextLong();
    }

    /**
     * Reseeds the engine and forgets any cached normal sample ({@code manual_seed}).
     *
     * @return this generator, as {@code Generator.manual_seed} returns the generator
     */
    public synchronized CpuGenerator manualSeed(long seed) {
        engine.init(seed);
        hasNextDoubleNormal = false;
        hasNextFloatNormal = false;
        return this;
    }

    /** The seed last set, as {@code initial_seed()} returns it (unsigned 64-bit bits). */
    public synchronized long initialSeed() {
        return engine.seed;
    }

    /** Reseeds from entropy and returns the new seed, as {@code torch.seed()} does. */
    public synchronized long seed() {
        long s = nonDeterministicSeed();
        manualSeed(s);
        return s;
    }

    /** The next 32 random bits, as ATen's {@code random()}: a value in [0, 2<sup>32</sup>). */
    public synchronized long random() {
        return Integer.toUnsignedLong(engine.nextInt());
    }

    /**
     * The next 64 random bits, as ATen's {@code random64()}: two 32-bit draws, the first one
     * the high half.
     */
    public synchronized long random64() {
        long hi = Integer.toUnsignedLong(engine.nextInt());
        long lo = Integer.toUnsignedLong(engine.nextInt());
        return (hi << 32) | lo;
    }

    /**
     * A float in [0, 1) as {@code uniform_real_distribution<float>(0, 1)} makes it: the low 24
     * bits of one 32-bit draw times 2<sup>-24</sup>, so every value is exact in a float.
     */
    public synchronized float nextFloat() {
        return (engine.nextInt() & 0xFFFFFF) * 0x1.0p-24f;
    }

    /**
     * A double in [0, 1) as {@code uniform_real_distribution<double>(0, 1)} makes it: the low 53
     * bits of {@link #random64()} times 2<sup>-53</sup>.
     */
    public synchronized double nextDouble() {
        return (random64() & ((1L << 53) - 1)) * 0x1.0p-53;
    }

    /** Unsynchronized draws for the fills in {@link Distributions}, which hold the lock. */
    int nextIntUnlocked() {
        return engine.nextInt();
    }

    /** The cached second Box-Muller sample of the double normal path, or null. */
    public synchronized Double nextDoubleNormalSample() {
        return hasNextDoubleNormal ? nextDoubleNormal : null;
    }

    /** Sets (or, with null, clears) the cached double normal sample. */
    public synchronized void setNextDoubleNormalSample(Double sample) {
        hasNextDoubleNormal = sample != null;
        nextDoubleNormal = sample == null ? 0.0 : sample;
    }

    /**
     * The cached float normal sample, or null. ATen keeps and saves it, though no CPU kernel
     * of PyTorch 2.x fills it (small float tensors take the double path); kept for
     * {@link #getState()}.
     */
    public synchronized Float nextFloatNormalSample() {
        return hasNextFloatNormal ? nextFloatNormal : null;
    }

    /** Sets (or, with null, clears) the cached float normal sample. */
    public synchronized void setNextFloatNormalSample(Float sample) {
        hasNextFloatNormal = sample != null;
        nextFloatNormal = sample == null ? 0.0f : sample;
    }

    /**
     * The state as {@code get_state()} returns it: the 5056 bytes of ATen's
     * {@code CPUGeneratorImplState} (little-endian): seed, left, seeded, next, the 624 words each
     * widened to 64 bits, three legacy doubles (only {@code normal_y}, the cached double sample,
     * is used), its validity flag, then the float cache and its flag.
     */
    public synchronized byte[] getState() {
        ByteBuffer b = ByteBuffer.allocate(STATE_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(engine.seed).putInt(engine.left).putInt(engine.seeded ? 1 : 0);
        b.putLong(Integer.toUnsignedLong(engine.next));
        for (int word : engine.state) {
            b.putLong(Integer.toUnsignedLong(word));
        }
        b.putDouble(0.0).putDouble(hasNextDoubleNormal ? nextDoubleNormal : 0.0).putDouble(0.0);
        b.putInt(hasNextDoubleNormal ? 1 : 0).putInt(0);
        b.putFloat(hasNextFloatNormal ? nextFloatNormal : 0.0f).put((byte) (hasNextFloatNormal ? 1 : 0));
        return b.array();
    }

    /**
     * Restores a state from {@link #getState()} or {@code torch.get_rng_state()}, checking it as
     * ATen's {@code set_state} does.
     *
     * @throws IllegalArgumentException for a wrong size or an invalid engine state
     */
    public synchronized void setState(byte[] state) {
        if (state.length != STATE_SIZE) {
            throw new IllegalArgumentException("Expected either a CPUGeneratorImplStateLegacy of size "
                    + LEGACY_STATE_SIZE + " or a CPUGeneratorImplState of size " + STATE_SIZE
                    + " but found the input RNG state size to be " + state.length);
        }
        ByteBuffer b = ByteBuffer.wrap(state).order(ByteOrder.LITTLE_ENDIAN);
        long seed = b.getLong(0);
        int left = b.getInt(8);
        boolean seeded = b.getInt(12) != 0;
        long next = b.getLong(16) & 0xFFFFFFFFL;
        if (!seeded || left <= 0 || left > Mt19937.N || next > Mt19937.N) {
            throw new IllegalArgumentException("Invalid mt19937 state");
        }
        for (int i = 0; i < Mt19937.N; i++) {
            engine.state[i] = (int) b.getLong(24 + 8 * i);
        }
        engine.seed = seed;
        engine.left = left;
        engine.seeded = true;
        engine.next = (int) next;
        hasNextDoubleNormal = b.getInt(5040) != 0;
        nextDoubleNormal = hasNextDoubleNormal ? b.getDouble(5024) : 0.0;
        hasNextFloatNormal = state[5052] != 0;
        nextFloatNormal = hasNextFloatNormal ? b.getFloat(5048) : 0.0f;
    }

    /** An independent generator in the same state, as {@code Generator.clone_state()}. */
    public synchronized CpuGenerator copy() {
        CpuGenerator c = new CpuGenerator();
        c.engine.copyFrom(engine);
        c.hasNextDoubleNormal = hasNextDoubleNormal;
        c.nextDoubleNormal = nextDoubleNormal;
        c.hasNextFloatNormal = hasNextFloatNormal;
        c.nextFloatNormal = nextFloatNormal;
        return c;
    }
}
