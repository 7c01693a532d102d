package dev.kindling.tensor.bench;

import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;
import dev.kindling.tensor.random.CpuGenerator;

/**
 * A benchmark main, not a test: the per-op cost of a small elementwise op and the time of a
 * 1024x1024 float32 matmul through the Java DSL. Run after {@code mvn -pl runtime test-compile}:
 *
 * <pre>
 * java -cp runtime/target/classes:runtime/target/test-classes dev.kindling.tensor.bench.TensorBench
 * </pre>
 *
 * Timings are medians of repeated batches after a warm-up, so JIT compilation is excluded.
 */
public final class TensorBench {
    private TensorBench() {}

    public static void main(String[] args) {
        CpuGenerator g = new CpuGenerator(0);
        Tensor x = Torch.rand(g, 100);
        Tensor y = Torch.rand(g, 100);
        System.out.printf("add, 100 float32:          %8.3f us/op%n", median(() -> x.add(y), 20_000, 7) * 1e6);
        System.out.printf("mul+relu, 100 float32:     %8.3f us/op%n", median(() -> x.mul(y).relu(), 20_000, 7) * 1e6);
        Tensor a = Torch.rand(g, 1024, 1024);
        Tensor b = Torch.rand(g, 1024, 1024);
        System.out.printf("matmul 1024x1024 float32:  %8.1f ms/op%n", median(() -> a.matmul(b), 1, 5) * 1e3);
    }

    /** Median seconds per call over {@code batches} batches of {@code n} calls, after one warm-up batch. */
    private static double median(Runnable op, int n, int batches) {
        double[] times = new double[batches];
        for (int b = -1; b < batches; b++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                op.run();
            }
            if (b >= 0) {
                times[b] = (System.nanoTime() - t0) / 1e9 / n;
            }
        }
        java.util.Arrays.sort(times);
        return times[batches / 2];
    }
}
