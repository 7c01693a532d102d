package dev.kindling.tensor.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.kindling.tensor.DType;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;
import dev.kindling.tensor.random.CpuGenerator;

/** Products above the threshold give the JVM loop's results (to float32 rounding) through ND4J. */
class NativeMatmulTest {
    @AfterEach
    void restore() {
        NativeMatmul.setEnabled(true);
    }

    private static double[] product(Tensor a, Tensor b, boolean nativePath) {
        NativeMatmul.setEnabled(nativePath);
        return a.matmul(b).toDoubleArray();
    }

    @Test
    void largeFloat32AndFloat64ProductsMatchTheJvmLoop() {
        assertTrue(NativeMatmul.isAvailable(), "ND4J's native backend should load on linux-x86_64");
        CpuGenerator g = new CpuGenerator(1);
        Tensor a = Torch.randn(g, 160, 130);
        Tensor b = Torch.randn(g, 130, 120);
        assertTrue(160L * 130 * 120 >= NativeMatmul.THRESHOLD);
        assertArrayEquals(product(a, b, false), product(a, b, true), 1e-4);
        Tensor a64 = a.to(DType.FLOAT64);
        Tensor b64 = b.to(DType.FLOAT64);
        assertArrayEquals(product(a64, b64, false), product(a64, b64, true), 1e-10);
        Tensor batchA = Torch.randn(g, 2, 160, 130);
        assertArrayEquals(product(batchA, b, false), product(batchA, b, true), 1e-4);
    }
}
