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

import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;
import dev.kindling.tensor.random.CpuGenerator;

/**
 * A 1024x1024 float32 product ({@code shared/bench/matmul.py}), through oneDNN's sgemm.
 * GFLOP/s are 2147 / score (the score is in ms). {@code fresh} changes an operand before each
 * product, so it measures the conversion to floats that {@code repeated} (unchanged operands) skips.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatmulBenchmark {
    private Tensor a;
    private Tensor b;

    @Setup
    public void setUp() {
        CpuGenerator g = new CpuGenerator(0);
        a = Torch.randn(g, 1024, 1024);
        b = Torch.randn(g, 1024, 1024);
    }

    @Benchmark
    public Tensor repeated() {
        return a.matmul(b);
    }

    @Benchmark
    public Tensor fresh() {
        a.setAt(0, a.at(0)); // bumps the version: the float copy of a is made again
        return a.matmul(b);
    }
}
