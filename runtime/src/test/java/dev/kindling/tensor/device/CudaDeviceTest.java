package dev.kindling.tensor.device;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;
import dev.kindling.tensor.Device;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * The cuda build's device backend (ND4J, src/cuda) run on ND4J's CPU backend: the surefire
 * execution {@code cuda-on-nd4j-cpu} sets the test switch under which ND4J's CPU counts as one
 * cuda device, and only that execution runs this class.
 */
class CudaDeviceTest {
    private static final Device CUDA = Device.of("cuda");

    @BeforeAll
    static void switchIsOn() {
        assertTrue(Boolean.getBoolean("kindling.test.nd4jCpuAsCuda"),
                "run by the cuda-on-nd4j-cpu execution, which sets -Dkindling.test.nd4jCpuAsCuda=true");
    }

    @Test
    void cudaIsAvailable() {
        assertTrue(Device.cudaAvailable());
        assertEquals(1, Backends.deviceCount("cuda"));
    }

    @Test
    void valuesSurviveTheRoundTrip() {
        Tensor x = Torch.tensor(new double[] {1.5, -2, 3, 0.1});
        Tensor onCuda = x.to(CUDA);
        assertEquals("cuda:0", onCuda.device().toString());
        assertArrayEquals(x.toDoubleArray(), onCuda.cpu().toDoubleArray());
        assertEquals("tensor([ 1.5000, -2.0000,  3.0000,  0.1000], device='cuda:0')", onCuda.toString());
    }

    @Test
    void aLayerTrainsOnCudaAsOnTheCpu() {
        double[][] cpu = DeviceBackendTest.step(Device.CPU);
        double[][] cuda = DeviceBackendTest.step(CUDA);
        for (int i = 0; i < cpu.length; i++) {
            assertArrayEquals(cpu[i], cuda[i], 1e-6, "tensor " + i);
        }
    }

    @Test
    void broadcastingComparisonsAndReductionsMatchTheCpu() {
        Tensor a = Torch.tensor(new double[] {1, 2, 3, 4, 5, 6}).reshape(2, 3);
        Tensor b = Torch.tensor(new double[] {2, 2, 7});
        for (Device d : new Device[] {Device.CPU, CUDA}) {
            Tensor x = a.to(d);
            Tensor y = b.to(d);
            assertEquals("[[false, true, false], [false, false, false]]".replace(" ", ""),
                    x.eq(y).cpu().tolist().toString().replace(" ", "").toLowerCase(), d.toString());
            assertArrayEquals(new double[] {3, 4, 10, 6, 7, 13}, x.add(y).cpu().toDoubleArray(), d.toString());
            assertArrayEquals(new double[] {5, 7, 9}, x.sum(0, false).cpu().toDoubleArray(), d.toString());
            assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, x.t().contiguous().cpu().toDoubleArray(), d.toString());
            assertArrayEquals(new double[] {1, 2, 3, 1, 2, 3}, x.select(0, 0).expand(2, 3).contiguous().cpu()
                    .toDoubleArray(), d.toString());
        }
    }

    @Test
    void aModelTrainsOnCudaAsOnTheCpu() {
        assertEquals(DeviceBackendTest.train("cpu"), DeviceBackendTest.train("cuda"));
    }

    @Test
    void theCoursesDeviceLineWorks() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Session session = Kindling.builder().out(new PrintStream(out, true, StandardCharsets.UTF_8)).build()
                .newSession()) {
            session.exec("import torch\n"
                    + "device = 'cuda' if torch.cuda.is_available() else 'cpu'\n"
                    + "x = torch.tensor([[1., 2.], [3., 4.]]).to(device)\n"
                    + "w = torch.tensor([[0.5], [-1.]], device=device, requires_grad=True)\n"
                    + "loss = ((x @ w) ** 2).mean()\n"
                    + "loss.backward()\n"
                    + "print(device, loss, w.grad, w.is_cuda)\n"
                    + "torch.cuda.synchronize()\n"
                    + "print(torch.cuda.device_count(), torch.cuda.current_device(), torch.cuda.get_device_name(0))\n"
                    + "print(torch.accelerator.current_accelerator())\n");
        }
        assertEquals("cuda tensor(4.2500, device='cuda:0', grad_fn=<MeanBackward0>) tensor([[ -9.],\n"
                + "        [-13.]], device='cuda:0') True\n"
                + "1 0 ND4J CPU backend (test device)\n"
                + "cuda\n", out.toString(StandardCharsets.UTF_8));
    }
}
