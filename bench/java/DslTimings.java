import dev.kindling.tensor.DType;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;
import dev.kindling.tensor.random.CpuGenerator;

/**
 * Times two Java DSL operations (median of repeated runs after warm-up): an elementwise add of
 * two 100-float tensors, and a 1024x1024 float32 matmul.
 * Run: java -cp runtime/target/classes:grammar/target/classes bench/java/DslTimings.java
 */
public class DslTimings {
    public static void main(String[] args) {
        CpuGenerator g = new CpuGenerator(0);
        Tensor a = Torch.rand(g, 100);
        Tensor b = Torch.rand(g, 100);
        System.out.printf("add (100 floats): %.2f us%n", median(() -> a.add(b), 200_000, 20) / 1e3);
        Tensor x = Torch.randn(g, 1024, 1024);
        Tensor y = Torch.randn(g, 1024, 1024);
        double ns = median(() -> x.matmul(y), 3, 5);
        System.out.printf("matmul 1024x1024 float32: %.1f ms (%.1f GFLOP/s)%n", ns / 1e6, 2.0 * Math.pow(1024, 3) / ns);
    }

    /** Median over {@code rounds} of the mean time per call of {@code calls} calls, in ns. */
    static double median(Runnable op, int calls, int rounds) {
        double[] t = new double[rounds];
        for (int r = -2; r < rounds; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                op.run();
            }
            if (r >= 0) {
                t[r] = (System.nanoTime() - start) / (double) calls;
            }
        }
        java.util.Arrays.sort(t);
        return t[rounds / 2];
    }

    static DType unused() {
        return DType.FLOAT32;
    }
}
