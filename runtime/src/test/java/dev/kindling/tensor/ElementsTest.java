package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import dev.kindling.tensor.random.CpuGenerator;

/** Elements kept as floats convert once when read as doubles, and never disagree with them afterwards. */
class ElementsTest {
    @Test
    void floatsConvertOnceWhenReadAsDoublesAndAreForgotten() {
        float[] f = {1.5f, -2.25f, 3.0e-8f, Float.NaN};
        Elements e = Elements.ofFloats(f);
        assertSame(f, e.floats());
        assertEquals(4, e.length());
        double[] d = e.doubles();
        assertArrayEquals(new double[] {1.5, -2.25, (double) 3.0e-8f, Double.NaN}, d, 0.0);
        assertNull(e.floats(), "a reader of doubles may write them: the floats must go");
        assertSame(d, e.doubles());
    }

    @Test
    void replacedFloatsReachTheSameDoubleArray() {
        double[] d = {1, 2, 3};
        Elements e = new Elements(d);
        e.replaceWithFloats(new float[] {4, 5, 6});
        assertArrayEquals(new double[] {1, 2, 3}, d, 0.0); // behind until read
        assertSame(d, e.doubles(), "the array keeps its identity (the gemm's copies are keyed by it)");
        assertArrayEquals(new double[] {4, 5, 6}, d, 0.0);
    }

    /**
     * A large float32 product comes back in floats; ops read them without converting (and their
     * own large results stay floats); a write through any alias converts them and drops them.
     */
    @Test
    void largeResultsStayFloatsUntilSomethingWritesThem() {
        CpuGenerator g = new CpuGenerator(3);
        Tensor a = Torch.randn(g, 256, 128);
        Tensor b = Torch.randn(g, 128, 256);
        Tensor product = a.matmul(b);
        org.junit.jupiter.api.Assumptions.assumeTrue(product.elements.floats() != null,
                "no oneDNN sgemm here: products come back as doubles");
        float[] floats = product.elements.floats().clone();
        Tensor doubled = product.mul(2);
        Tensor summed = product.add(product);
        org.junit.jupiter.api.Assertions.assertNotNull(product.elements.floats(), "a read keeps the floats");
        org.junit.jupiter.api.Assertions.assertNotNull(doubled.elements.floats(), "a large float32 result of floats stays floats");
        for (int i = 0; i < floats.length; i++) {
            assertEquals((double) (floats[i] * 2), doubled.at(i), 0.0);
            assertEquals((double) (floats[i] + floats[i]), summed.at(i), 0.0);
        }
        Tensor alias = product.detach();
        alias.mul_(Torch.scalar(3, DType.FLOAT32));
        assertNull(product.elements.floats(), "an in-place write drops the floats");
        for (int i = 0; i < floats.length; i++) {
            assertEquals((double) (floats[i] * 3), product.at(i), 0.0);
        }
    }

    /** A weight gradient that the gemm left in floats gives Adam the same step as the same gradient in doubles. */
    @Test
    void aGradientLeftInFloatsStepsLikeOneInDoubles() {
        CpuGenerator g = new CpuGenerator(16);
        Tensor x = Torch.randn(g, 64, 256);
        Tensor w = Torch.randn(g, 256, 256).requiresGrad_(true);
        Tensor twin = w.detach().clone().requiresGrad_(true);
        dev.kindling.optim.Adam adam = new dev.kindling.optim.Adam(java.util.List.of(w), java.util.Map.of());
        dev.kindling.optim.Adam twinAdam = new dev.kindling.optim.Adam(java.util.List.of(twin), java.util.Map.of());
        for (int s = 0; s < 3; s++) {
            Functional.linear(x, w, Torch.zeros(256)).pow(2).sum().backward();
            Functional.linear(x, twin, Torch.zeros(256)).pow(2).sum().backward();
            org.junit.jupiter.api.Assumptions.assumeTrue(w.grad().elements.floats() != null,
                    "no oneDNN sgemm here: gradients come back as doubles");
            twin.grad().doubles(); // the twin's gradient is read as doubles: Adam converts it
            adam.step();
            twinAdam.step();
            adam.zeroGrad(true);
            twinAdam.zeroGrad(true);
            assertArrayEquals(twin.toDoubleArray(), w.toDoubleArray(), 0.0);
        }
    }
}
