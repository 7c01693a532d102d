package dev.kindling.tensor.storage;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Shares one job's parts between the caller's thread and a helper thread. For work of tens of
 * microseconds (a product of an MLP layer, Adam's step on a layer) on small machines.
 *
 * <p>Why not the common fork-join pool: a parked pool thread takes 20-25 us to start a task
 * after it is submitted (measured on the 2-core build machine, with the caller busy), which ate
 * the gain of splitting a 100 us product. The helper here spins for {@link #SPIN_NANOS} after each
 * job before it parks, so the jobs of one training step (which come a few hundred microseconds
 * apart in an MLP step) start without a wake-up; in idle sessions it sleeps.
 *
 * <p>It spins with {@code Thread.yield()}, which lets the JIT's compiler threads have the core. A
 * hard spin ({@code Thread.onSpinWait()}) starts jobs sooner, but it slowed the first few hundred
 * steps of an MLP, while the JIT still compiles, which is where shared/bench/mlp_batch.py
 * measures (about 52,000 against 57,000 samples/s, medians of five runs each).
 *
 * <p>Why parts that either thread claims, not two fixed halves: the yielding helper starts a job
 * tens of microseconds after the caller (78 us on average in a steady MLP loop, when a half took
 * about 60 us), and a caller that had finished its half then waited for the helper's. With parts
 * claimed one at a time, a late helper takes fewer of them, and the caller waits at most for the
 * one part the helper is running. A helper the scheduler has set aside (on two cores, while the
 * JIT compiles) takes none, and the caller runs them all.
 *
 * <p>One job at a time: a caller that finds the helper busy (another session's thread, or a
 * nested call) runs all the parts itself, in order.
 *
 * <pre>{@code
 * SecondCore.forEach(4, (part, worker) -> sum(blocks[part]));   // returns when all four are done
 * }</pre>
 */
public final class SecondCore {
    /** How long the helper keeps looking for work after a job (then it parks). */
    private static final long SPIN_NANOS = 500_000;
    /** Off on one core, or with {@code -Dkindling.secondCore=false} (a host that wants Kindling on one thread). */
    private static final boolean ENABLED = Runtime.getRuntime().availableProcessors() >= 2
            && !"false".equals(System.getProperty("kindling.secondCore"));
    /** The {@code worker} a part is given when the caller's thread runs it. */
    public static final int CALLER = 0;
    /** The {@code worker} a part is given when the helper runs it. */
    public static final int HELPER = 1;
    private static final AtomicReference<Job> SLOT = new AtomicReference<>();
    private static volatile Thread helper;

    private SecondCore() {}

    /** One part of a job: {@code worker} says which thread runs it, for state kept per thread. */
    @FunctionalInterface
    public interface Part {
        void run(int index, int worker);
    }

    /** Set by tests through {@link #asIfOneCore}. */
    private static volatile boolean oneCoreForTests;

    /** Whether a second core is there to share work with. */
    public static boolean available() {
        return ENABLED && !oneCoreForTests;
    }

    /**
     * For tests: runs {@code body} as on a machine without a second core ({@link #available()}
     * false, every part on the caller). Not for use while other threads share work.
     */
    static void asIfOneCore(Runnable body) {
        oneCoreForTests = true;
        try {
            body.run();
        } finally {
            oneCoreForTests = false;
        }
    }

    /**
     * Runs parts {@code 0 .. parts-1} (in no set order, each once, the caller starting with part
     * 0) on this thread and the helper; returns when all have finished, throwing the first failure.
     */
    public static void forEach(int parts, Part part) {
        Thread h = helper();
        Job job = new Job(parts, part);
        if (parts < 2 || !available() || Thread.currentThread() == h || !SLOT.compareAndSet(null, job)) {
            job.work(CALLER);
        } else {
            LockSupport.unpark(h);
            job.work(CALLER);
            SLOT.compareAndSet(job, null); // every part is claimed: the helper need not look at it
            job.awaitFinished();
        }
        rethrow(job.failure);
    }

    private static void rethrow(Throwable e) {
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        if (e != null) {
            throw new IllegalStateException(e);
        }
    }

    private static Thread helper() {
        Thread h = helper;
        if (h == null && ENABLED) {
            synchronized (SecondCore.class) {
                if (helper == null) {
                    Thread t = new Thread(SecondCore::loop, "kindling-second-core");
                    t.setDaemon(true);
                    t.start();
                    helper = t;
                }
                h = helper;
            }
        }
        return h;
    }

    private static void loop() {
        long idleSince = System.nanoTime();
        while (true) {
            Job job = SLOT.get();
            if (job != null) {
                job.work(HELPER);
                SLOT.compareAndSet(job, null);
                idleSince = System.nanoTime();
            } else if (System.nanoTime() - idleSince < SPIN_NANOS) {
                Thread.yield(); // a polite spin: the JIT's compiler threads need this core while warming up
            } else {
                LockSupport.park(); // forEach() unparks after it fills the slot
                idleSince = System.nanoTime();
            }
        }
    }

    /** A job's parts, claimed one at a time by either thread. */
    private static final class Job {
        private final int parts;
        private final Part part;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger finished = new AtomicInteger();
        /** The first failure; later parts are skipped (but still counted as finished). */
        private volatile Throwable failure;

        Job(int parts, Part part) {
            this.parts = parts;
            this.part = part;
        }

        /** Claims and runs parts until none is left. */
        void work(int worker) {
            for (int index = next.getAndIncrement(); index < parts; index = next.getAndIncrement()) {
                try {
                    if (failure == null) {
                        part.run(index, worker);
                    }
                } catch (Throwable e) {
                    synchronized (this) {
                        if (failure == null) {
                            failure = e;
                        }
                    }
                } finally {
                    finished.incrementAndGet();
                }
            }
        }

        /** Waits for the parts the helper is still running: spinning first (they are short), then yielding. */
        void awaitFinished() {
            long start = System.nanoTime();
            while (finished.get() < parts) {
                if (System.nanoTime() - start < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
        }
    }
}
