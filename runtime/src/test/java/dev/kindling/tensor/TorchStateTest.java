package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import dev.kindling.autograd.Engine;
import dev.kindling.autograd.GradMode;
import dev.kindling.tensor.random.CpuGenerator;

/**
 * The holder of torch's run state: {@link TorchState#call} makes a state current and restores
 * the previous one, and outside any call the process's state behaves as PyTorch's does.
 */
class TorchStateTest {

    @Test
    void javadocExampleDrawsPyTorchsStreamForTheSeed() {
        TorchState mine = new TorchState();
        Tensor r = mine.call(() -> {
            Torch.manualSeed(1);
            return Torch.rand(3);
        });
        assertEquals("tensor([0.7576, 0.2793, 0.4031])", r.toString());   // torch 2.x, manual_seed(1)
    }

    @Test
    void seedingInsideAStateLeavesTheProcessGeneratorAlone() {
        CpuGenerator outside = CpuGenerator.defaultGenerator();
        long before = outside.initialSeed();
        TorchState mine = new TorchState();
        mine.call(() -> CpuGenerator.defaultGenerator().manualSeed(before + 1));
        assertEquals(before, outside.initialSeed());
        assertSame(outside, CpuGenerator.defaultGenerator());
        assertSame(mine.generator(), mine.call(CpuGenerator::defaultGenerator));
    }

    @Test
    void nestedCallsRestoreTheOuterStateEvenAfterAnError() {
        TorchState outer = new TorchState();
        TorchState inner = new TorchState();
        TorchState process = TorchState.current();
        outer.call(() -> {
            assertSame(outer, TorchState.current());
            assertThrows(IllegalStateException.class, () -> inner.call(() -> {
                assertSame(inner, TorchState.current());
                throw new IllegalStateException("inner failed");
            }));
            assertSame(outer, outer.call(TorchState::current));
            return assertSameThenNull(outer, TorchState.current());
        });
        assertSame(process, TorchState.current());
    }

    private static Object assertSameThenNull(TorchState expected, TorchState actual) {
        assertSame(expected, actual);
        return null;
    }

    @Test
    void gradModeAndAnomalyDetectionSetInsideAStateStayThere() {
        TorchState mine = new TorchState();
        mine.call(() -> {
            GradMode.set(false);
            Engine.setDetectAnomaly(true);
            return null;
        });
        assertTrue(GradMode.isEnabled());
        assertFalse(Engine.isAnomalyEnabled());
        assertFalse(mine.isGradEnabled());
        assertTrue(mine.detectsAnomaly());
        mine.setGradEnabled(true);
    }

    @Test
    void outsideAnySessionTheGeneratorIsSharedAndGradModeIsPerThread() throws Exception {
        boolean previous = GradMode.set(false);
        try {
            CpuGenerator here = CpuGenerator.defaultGenerator();
            CpuGenerator there = CompletableFuture.supplyAsync(CpuGenerator::defaultGenerator).get();
            assertSame(here, there);
            assertTrue(CompletableFuture.supplyAsync(GradMode::isEnabled).get());
        } finally {
            GradMode.set(previous);
        }
    }

    @Test
    void eachStateStartsFromItsOwnEntropySeed() {
        assertNotSame(new TorchState().generator(), new TorchState().generator());
        assertTrue(new TorchState().isGradEnabled());
        assertFalse(new TorchState().detectsAnomaly());
    }
}
