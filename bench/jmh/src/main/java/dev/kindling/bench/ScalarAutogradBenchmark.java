package dev.kindling.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.kindling.tensor.DType;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * Tiny-op dispatch and autograd, as in {@code shared/bench/scalar_autograd.py}: ten rounds of
 * {@code tanh(y * w + 0.5) * 0.9 + x} on 0-d float32 tensors (50 ops), then backward.
 * Divide the score by 50 for the cost of one op (the script reports us per op).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScalarAutogradBenchmark {
    private Tensor x;
    private Tensor w;

    @Setup
    public void setUp() {
        x = Torch.scalar(0.3, DType.FLOAT32);
        w = Torch.scalar(0.7, DType.FLOAT32).requiresGrad_(true);
    }

    @Benchmark
    public Tensor stepAndBackward() {
        w.setGrad(null);
        Tensor y = x;
        for (int k = 0; k < 10; k++) {
            y = y.mul(w).add(0.5).tanh().mul(0.9).add(x);
        }
        y.backward();
        return w.grad();
    }
}
