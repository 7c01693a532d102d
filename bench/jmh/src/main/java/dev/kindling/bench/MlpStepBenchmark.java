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
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Index;
import dev.kindling.tensor.Losses;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;
import dev.kindling.tensor.random.CpuGenerator;

/**
 * One training step of {@code shared/bench/mlp_batch.py}: a 784 -> 256 -> 128 -> 10 MLP on a
 * batch of 64 sliced from 512 random samples, cross-entropy, backward, Adam. Samples per second
 * are 64 / score.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MlpStepBenchmark {
    private Tensor inputs;
    private Tensor labels;
    private Sequential model;
    private Adam optimizer;
    private int step;

    @Setup
    public void setUp() {
        CpuGenerator g = new CpuGenerator(0);
        inputs = Torch.randn(g, 512, 784);
        labels = Torch.randint(g, 0, 10, new int[] {512}, DType.INT64);
        model = new Sequential(new Linear(784, 256), Activation.relu(), new Linear(256, 128), Activation.relu(),
                new Linear(128, 10));
        optimizer = new Adam(model.parameters(), Adam.Options.defaults());
    }

    @Benchmark
    public Tensor trainingStep() {
        long i = (step++ % 8) * 64L;
        Index[] batch = {Index.slice(i, i + 64, null)};
        Tensor logits = (Tensor) model.forward(inputs.get(batch));
        Tensor loss = Losses.crossEntropy(logits, labels.get(batch), null, "mean", 0.0, -100);
        optimizer.zeroGrad(true);
        loss.backward();
        optimizer.step();
        return loss;
    }
}
