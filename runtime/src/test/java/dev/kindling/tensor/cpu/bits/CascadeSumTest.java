package dev.kindling.tensor.cpu.bits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;
import dev.kindling.tensor.random.CpuGenerator;

/** float32 sums and means round exactly as PyTorch's cascade kernel (values recorded from PyTorch 2.13). */
class CascadeSumTest {
    private static double sumOfTenths(int n) {
        return (Double) Torch.full(new int[] {n}, 0.1).sum().item();
    }

    private static Tensor rand(int... shape) {
        return Torch.rand(new CpuGenerator(0), shape);
    }

    @Test
    void fullSumsMatchPyTorchBitForBit() {
        // torch.full((n,), 0.1).sum().item()
        assertEquals(1.6000001430511475, sumOfTenths(16), 0);
        assertEquals(1.7000001668930054, sumOfTenths(17), 0);
        assertEquals(3.3000001907348633, sumOfTenths(33), 0);
        assertEquals(9.999999046325684, sumOfTenths(100), 0);
        assertEquals(100.10000610351562, sumOfTenths(1001), 0);
        assertEquals(500.00006103515625, sumOfTenths(5000), 0);
        // g = torch.Generator().manual_seed(0); torch.rand(n, generator=g).sum().item()
        assertEquals(6.655165672302246, (Double) rand(16).sum().item(), 0);
        assertEquals(48.84195327758789, (Double) rand(100).sum().item(), 0);
        assertEquals(501.38238525390625, (Double) rand(1001).sum().item(), 0);
        assertEquals(2471.38720703125, (Double) rand(5000).sum().item(), 0);
    }

    @Test
    void sumsAlongADimMatchPyTorch() {
        assertEquals(921.09326171875, (Double) rand(37, 50).sum(0, false).sum().item(), 0);
        assertEquals(921.0933227539062, (Double) rand(37, 50).sum(1, false).sum().item(), 0);
        assertEquals(149.0076141357422, rand(300, 7).sum(0, false).toDoubleArray()[3], 0);
        assertEquals("tensor([100.0000, 100.0000, 100.0000])", Torch.full(new int[] {1000, 3}, 0.1).sum(0, false).toString());
    }

    @Test
    void rowSumsOfALargeMatrixMatchPyTorchRowByRow() {
        // g = torch.Generator().manual_seed(0); torch.rand(300, 1001, generator=g).sum(1): each row
        // is read in place, from its own offset, with a tail of 1001 % 8 elements
        Tensor x = rand(300, 1001);
        double[] sums = x.sum(1, false).toDoubleArray();
        assertEquals(501.38238525390625, sums[0], 0);
        assertEquals(500.39404296875, sums[151], 0);
        assertEquals(510.11676025390625, sums[299], 0);
        // in PyTorch each row's sum(1) equals that row's own sum(), bit for bit
        for (int row = 0; row < 300; row++) {
            assertEquals((Double) x.select(0, row).sum().item(), sums[row], 0, "row " + row);
        }
    }

    @Test
    void meanIsTheFloatSumDividedInFloat() {
        assertEquals((double) (1.6000001430511475f / 16f), (Double) Torch.full(new int[] {16}, 0.1).mean().item(), 0);
        assertEquals("tensor(100000.0078)", Torch.full(new int[] {1000000}, 0.1).sum().toString());
    }
}
