package dev.kindling.tensor.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.junit.jupiter.api.Test;

/** SecondCore runs every part once, reports failures from any, and never deadlocks when nested. */
class SecondCoreTest {
    /** Two parts: the caller starts with {@code callerPart}; {@code helperPart} goes to whichever thread claims it. */
    private static void halves(Runnable helperPart, Runnable callerPart) {
        SecondCore.forEach(2, (index, worker) -> (index == 0 ? callerPart : helperPart).run());
    }

    @Test
    void bothHalvesRunBeforeItReturns() {
        for (int round = 0; round < 1000; round++) {
            int[] out = new int[2];
            halves(() -> out[1] = 2, () -> out[0] = 1);
            assertArrayEquals(new int[] {1, 2}, out);
        }
    }

    @Test
    void eachHalfRunsOnceAndTheCallerTakesBackAnUnstartedOne() {
        Thread caller = Thread.currentThread();
        AtomicInteger helperParts = new AtomicInteger();
        AtomicInteger takenBack = new AtomicInteger();
        int rounds = 20_000;
        for (int round = 0; round < rounds; round++) {
            halves(() -> {
                helperParts.incrementAndGet();
                if (Thread.currentThread() == caller) {
                    takenBack.incrementAndGet();
                }
            }, () -> {}); // an empty half ends before the helper has looked, most rounds
        }
        assertEquals(rounds, helperParts.get());
        assertTrue(takenBack.get() > 0, "the caller never ran the helper's half itself");
    }

    @Test
    void everyPartRunsOnceAndTellsWhichThreadRunsIt() {
        Thread caller = Thread.currentThread();
        AtomicInteger helperParts = new AtomicInteger();
        for (int round = 0; round < 5000; round++) {
            int parts = 1 + round % 9;
            AtomicIntegerArray runs = new AtomicIntegerArray(parts);
            AtomicBoolean wrongWorker = new AtomicBoolean();
            SecondCore.forEach(parts, (index, worker) -> {
                runs.incrementAndGet(index);
                boolean onCaller = Thread.currentThread() == caller;
                if (onCaller != (worker == SecondCore.CALLER)) {
                    wrongWorker.set(true);
                }
                if (!onCaller) {
                    helperParts.incrementAndGet();
                }
            });
            for (int i = 0; i < parts; i++) {
                assertEquals(1, runs.get(i), "part " + i + " of " + parts);
            }
            assertTrue(!wrongWorker.get(), "a part was told the wrong worker");
        }
        // parts that take a while: the helper, however late it wakes, claims some of them
        for (int round = 0; round < 2000 && helperParts.get() == 0; round++) {
            SecondCore.forEach(8, (index, worker) -> {
                long until = System.nanoTime() + 100_000;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                if (Thread.currentThread() != caller) {
                    helperParts.incrementAndGet();
                }
            });
        }
        assertTrue(helperParts.get() > 0, "the helper never ran a part");
    }

    @Test
    void afterAFailingPartTheJobStillEndsAndTheFailureReachesTheCaller() {
        AtomicInteger ran = new AtomicInteger();
        SecondCore.Part failsAtThree = (index, worker) -> {
            ran.incrementAndGet();
            if (index == 3) {
                throw new IllegalStateException("part 3");
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SecondCore.forEach(8, failsAtThree));
        assertEquals("part 3", e.getMessage());
        assertTrue(ran.get() >= 4 && ran.get() <= 8);
        AtomicInteger count = new AtomicInteger();
        SecondCore.forEach(4, (index, worker) -> count.incrementAndGet());
        assertEquals(4, count.get());
    }

    @Test
    void aFailureInEitherHalfReachesTheCaller() {
        IllegalStateException helperSide = assertThrows(IllegalStateException.class,
                () -> halves(() -> { throw new IllegalStateException("helper"); }, () -> {}));
        assertEquals("helper", helperSide.getMessage());
        ArithmeticException callerSide = assertThrows(ArithmeticException.class,
                () -> halves(() -> {}, () -> { throw new ArithmeticException("caller"); }));
        assertEquals("caller", callerSide.getMessage());
        // and the helper is free again afterwards
        AtomicInteger count = new AtomicInteger();
        halves(count::incrementAndGet, count::incrementAndGet);
        assertEquals(2, count.get());
    }

    @Test
    void nestedAndConcurrentCallsRunInline() throws InterruptedException {
        AtomicInteger count = new AtomicInteger();
        Runnable nested = () -> halves(count::incrementAndGet, count::incrementAndGet);
        halves(nested, nested);
        assertEquals(4, count.get());
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    halves(count::incrementAndGet, count::incrementAndGet);
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(4 + 4 * 500 * 2, count.get());
    }
}
