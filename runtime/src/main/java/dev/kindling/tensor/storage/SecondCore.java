package dev.kindling.tensor.storage;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs two halves of one job at once: one on a helper thread, one on the caller's. For work of
 * tens of microseconds (half a product of an MLP layer, half of Adam's step) on small machines.
 *
 * <p>Why not the common fork-join pool: a parked pool thread takes 20-25 us to start a task
 * after it is submitted (measured on the 2-core build machine, with the caller busy), which ate
 * the gain of splitting a 100 us product. The helper here spins for {@link #SPIN_NANOS} after each
 * task before it parks, so the halves of one training step (which come a few hundred microseconds
 * apart in an MLP step) start without a wake-up; in idle sessions it sleeps.
 *
 * <p>It spins with {@code Thread.yield()}, which lets the JIT's compiler threads have the core. A
 * hard spin ({@code Thread.onSpinWait()}) starts tasks sooner: measured in a steady MLP loop, the
 * helper started 28 us after the caller's half began (the yielding one about 78 us), and a step
 * took 0.75 ms against 0.87 ms. But it slowed the first few hundred steps, while the JIT still
 * compiles, which is where shared/bench/mlp_batch.py measures (about 52,000 against 57,000
 * samples/s, medians of five runs each). Making the spin depend on recent JIT activity did not
 * get both.
 *
 * <p>One job at a time: a caller that finds the helper busy (another session's thread, or a
 * nested call) runs both halves itself, in order. A caller that finishes its half before the
 * helper has picked up the other takes it back and runs it too, so a helper that the scheduler
 * has set aside (on two cores, while the JIT compiles) never holds the caller up.
 *
 * <pre>{@code
 * SecondCore.run(() -> sum(upper), () -> sum(lower));   // returns when both are done
 * }</pre>
 */
public final class SecondCore {
    /** How long the helper keeps looking for work after a task (then it parks). */
    private static final long SPIN_NANOS = 500_000;
    /** Off on one core, or with {@code -Dkindling.secondCore=false} (a host that wants Kindling on one thread). */
    private static final boolean ENABLED = Runtime.getRuntime().availableProcessors() >= 2
            && !"false".equals(System.getProperty("kindling.secondCore"));
    private static final AtomicReference<Task> SLOT = new AtomicReference<>();
    private static volatile Thread helper;

    private SecondCore() {}

    /** Whether a second core is there to share work with. */
    public static boolean available() {
        return ENABLED;
    }

    /** Runs {@code helperPart} on the helper and {@code callerPart} here; returns when both have finished. */
    public static void run(Runnable helperPart, Runnable callerPart) {
        Thread h = helper();
        Task task = new Task(helperPart);
        if (!ENABLED || Thread.currentThread() == h || !SLOT.compareAndSet(null, task)) {
            helperPart.run();
            callerPart.run();
            return;
        }
        LockSupport.unpark(h);
        Throwable mine = null;
        try {
            callerPart.run();
        } catch (Throwable e) {
            mine = e;
        }
        if (task.claim()) {
            // The helper has not started it (the JIT's compiler threads may hold the other core):
            // waiting for the scheduler to give it back would cost milliseconds, running it here
            // costs the half's own time.
            SLOT.compareAndSet(task, null);
            if (mine == null) {
                helperPart.run();
            }
        } else {
            task.await();
        }
        rethrow(mine != null ? mine : task.failure);
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
            Task task = SLOT.get();
            if (task != null) {
                if (task.claim()) {
                    task.execute();
                } else {
                    SLOT.compareAndSet(task, null); // the caller took it back
                }
                idleSince = System.nanoTime();
            } else if (System.nanoTime() - idleSince < SPIN_NANOS) {
                Thread.yield(); // a polite spin: the JIT's compiler threads need this core while warming up
            } else {
                LockSupport.park(); // run() unparks after it fills the slot
                idleSince = System.nanoTime();
            }
        }
    }

    /** One half handed to the helper. */
    private static final class Task {
        private final Runnable work;
        /** Set by whichever thread runs the work: the helper, or the caller taking it back. */
        private final AtomicBoolean claimed = new AtomicBoolean();
        private volatile boolean done;
        private Throwable failure;

        Task(Runnable work) {
            this.work = work;
        }

        boolean claim() {
            return !claimed.get() && claimed.compareAndSet(false, true);
        }

        /** Runs the claimed work on the helper. */
        void execute() {
            try {
                work.run();
            } catch (Throwable e) {
                failure = e;
            } finally {
                SLOT.set(null); // free before done: the caller's next job must find the slot empty
                done = true;
            }
        }

        /** Waits for the helper: spinning first (the halves are meant to end together), then yielding. */
        void await() {
            long start = System.nanoTime();
            while (!done) {
                if (System.nanoTime() - start < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
        }
    }
}
