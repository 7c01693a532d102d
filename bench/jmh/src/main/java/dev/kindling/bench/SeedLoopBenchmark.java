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

import dev.kindling.nn.Activation;
import dev.kindling.nn.Linear;
import dev.kindling.nn.Sequential;
import dev.kindling.optim.Adam;
import dev.kindling.tensor.Losses;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * One epoch of the course's seed loop ({@code shared/bench/seed_loop.py}): a 1 -> 16 -> 1 MLP on
 * 100 samples, MSE loss, backward, Adam step, zero_grad.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SeedLoopBenchmark {
    private Sequential model;
    private Adam optimizer;
    private Tensor sqft;
    private Tensor price;

    @Setup
    public void setUp() {
        Torch.manualSeed(42);
        sqft = Torch.rand(100, 1).mul(5);
        price = sqft.mul(200).add(50).add(Torch.randn(100, 1).mul(20));
        model = new Sequential(new Linear(1, 16), Activation.relu(), new Linear(16, 1));
        optimizer = new Adam(model.parameters(), Adam.Options.defaults().withLr(0.01));
    }

    @Benchmark
    public Tensor epoch() {
        Tensor loss = Losses.mseLoss((Tensor) model.forward(sqft), price, "mean");
        loss.backward();
        optimizer.step();
        optimizer.zeroGrad(true);
        return loss;
    }
}
