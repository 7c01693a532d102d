package dev.kindling.tensor.device;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;
import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.Device;
import dev.kindling.tensor.Functional;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * Tensors on a device other than the CPU, through the test-scope {@link HeapDeviceBackend}
 * ({@code privateuseone}): they are moved there and back, computed by the backend's kernels,
 * differentiated with the CPU's rules, printed and refused as PyTorch does.
 */
class DeviceBackendTest {
    private static final Device DEVICE = Device.of("privateuseone");

    @Test
    void tensorsMoveToTheDeviceAndBack() {
        Tensor x = Torch.tensor(new double[] {1.5, -2, 3});
        Tensor onDevice = x.to(DEVICE);
        assertEquals("privateuseone:0", onDevice.device().toString());
        assertEquals("cpu", onDevice.cpu().device().toString());
        assertArrayEquals(x.toDoubleArray(), onDevice.cpu().toDoubleArray());
        assertEquals("tensor([ 1.5000, -2.0000,  3.0000], device='privateuseone:0')", onDevice.toString());
        assertEquals(-2.0, (Double) onDevice.narrow(0, 1, 1).item());
    }

    @Test
    void aLayerTrainsOnTheDeviceAsOnTheCpu() {
        double[][] cpu = step(Device.CPU);
        double[][] device = step(DEVICE);
        for (int i = 0; i < cpu.length; i++) {
            assertArrayEquals(cpu[i], device[i], 1e-6, "tensor " + i);
        }
    }

    /** One gradient step of a two-layer net on a fixed batch; the loss, the gradients and the updated weights. */
    static double[][] step(Device device) {
        Tensor x = Torch.tensor(new double[] {0.5, -1, 2, 0.25, 1.5, -0.75}).reshape(3, 2).to(device);
        Tensor y = Torch.tensor(new double[] {1, -1, 0.5}).reshape(3, 1).to(device);
        Tensor w1 = Torch.tensor(new double[] {0.1, -0.2, 0.3, 0.4, -0.5, 0.6, 0.7, -0.8}).reshape(4, 2).to(device)
                .requiresGrad_(true);
        Tensor b1 = Torch.tensor(new double[] {0.01, -0.02, 0.03, 0.04}).to(device).requiresGrad_(true);
        Tensor w2 = Torch.tensor(new double[] {0.5, -0.25, 0.125, 1}).reshape(1, 4).to(device).requiresGrad_(true);
        Tensor hidden = Functional.linear(x, w1, b1).tanh().add(Functional.linear(x, w1, b1).relu());
        Tensor out = hidden.matmul(w2.t()).sigmoid().exp();
        Tensor loss = out.sub(y).pow(Torch.asTensor(2L)).mean();
        loss.backward();
        Tensor updated = w1.detach().sub(w1.grad().mul(0.1));
        return new double[][] {loss.toDoubleArray(), w1.grad().toDoubleArray(), b1.grad().toDoubleArray(),
            w2.grad().toDoubleArray(), updated.toDoubleArray()};
    }

    @Test
    void mixingDevicesIsPyTorchsError() {
        Tensor a = Torch.ones(2).to(DEVICE);
        KindlingError e = assertThrows(KindlingError.class, () -> a.add(Torch.ones(2)));
        assertEquals("RuntimeError: Expected all tensors to be on the same device, but found at least two devices, "
                + "privateuseone:0 and cpu!", text(e));
        assertEquals("tensor([3., 3.], device='privateuseone:0')", a.add(Torch.scalar(2, a.dtype())).toString());
    }

    @Test
    void anOpWithoutADeviceKernelSaysSo() {
        Tensor a = Torch.ones(2, 2).to(DEVICE);
        KindlingError e = assertThrows(KindlingError.class, () -> a.cumsum(0));
        assertTrue(text(e).startsWith("NotImplementedError: Could not run "), text(e));
        assertTrue(text(e).contains("'PrivateUse1' backend"), text(e));
    }

    @Test
    void scriptsMoveTensorsAndLayers() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Session session = Kindling.builder().out(new PrintStream(out, true, StandardCharsets.UTF_8)).build()
                .newSession()) {
            session.exec("import torch\n"
                    + "d = torch.device('privateuseone')\n"
                    + "x = torch.tensor([[1., 2.], [3., 4.]], device=d, requires_grad=True)\n"
                    + "y = (x * x).sum()\n"
                    + "y.backward()\n"
                    + "print(x.device, y, x.grad)\n"
                    + "print(torch.zeros(2).to('privateuseone:1').device, x.is_cuda, torch.cuda.is_available())\n"
                    + "try:\n"
                    + "    torch.cumsum(x, 0)\n"
                    + "except NotImplementedError as e:\n"
                    + "    print(str(e)[:70])\n");
        }
        assertEquals("privateuseone:0 tensor(30., device='privateuseone:0', grad_fn=<SumBackward0>) "
                + "tensor([[2., 4.],\n        [6., 8.]], device='privateuseone:0')\n"
                + "privateuseone:1 False False\n"
                + "Could not run 'aten::cumsum' with arguments from the 'PrivateUse1' bac\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theDefaultDevicePlacesNewTensorsAndLayers() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Session session = Kindling.builder().out(new PrintStream(out, true, StandardCharsets.UTF_8)).build()
                .newSession()) {
            session.exec("import torch\n"
                    + "torch.set_default_device('privateuseone')\n"
                    + "print(torch.get_default_device(), torch.zeros(2).device, torch.nn.Linear(1, 1).weight.device)\n"
                    + "print(torch.tensor([1.]).device, torch.ones(1, device='cpu').device)\n"
                    + "torch.set_default_device(None)\n"
                    + "print(torch.zeros(1).device)\n");
        }
        assertEquals("privateuseone:0 privateuseone:0 privateuseone:0\nprivateuseone:0 cpu\ncpu\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void indexingReadsWritesAndDifferentiatesOnTheDevice() {
        assertEquals(indexing("cpu"), indexing("privateuseone"));
    }

    /** Mask and index-tensor reads (with their gradient), writes, max/min, softmax and cat on a device; what they print. */
    private static String indexing(String device) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Session session = Kindling.builder().out(new PrintStream(out, true, StandardCharsets.UTF_8)).build()
                .newSession()) {
            session.exec("import torch\n"
                    + "t = torch.arange(12.).reshape(3, 4).to('" + device + "').requires_grad_()\n"
                    + "picked = t[torch.tensor([2, 0, 2])]\n"
                    + "(picked * torch.arange(4.).to('" + device + "')).sum().backward()\n"
                    + "print(t[t > 5].tolist(), picked.tolist(), t.grad.tolist())\n"
                    + "u = t.detach().clone()\n"
                    + "u[0, 0] = 100\n"
                    + "u[u < 3] = -1\n"
                    + "print(u.tolist(), u.max().item(), u.min().item(), (u // 3).tolist())\n"
                    + "print(torch.softmax(u[:2], dim=1).sum(dim=1).tolist(), torch.cat([u, u], dim=1).shape)\n");
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aModelTrainsOnTheDeviceAsOnTheCpu() {
        assertEquals(train("cpu"), train("privateuseone"));
    }

    /** The course's loop (model, MSELoss, Adam and SGD) on a device; the printed losses and a parameter. */
    static String train(String device) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Session session = Kindling.builder().out(new PrintStream(out, true, StandardCharsets.UTF_8)).build()
                .newSession()) {
            session.exec("import torch\n"
                    + "import torch.nn as nn\n"
                    + "torch.manual_seed(0)\n"
                    + "device = '" + device + "'\n"
                    + "x = torch.rand(32, 1) * 2\n"
                    + "y = 3 * x + 1\n"
                    + "model = nn.Sequential(nn.Linear(1, 8), nn.ReLU(), nn.Linear(8, 1)).to(device)\n"
                    + "X, Y = x.to(device), y.to(device)\n"
                    + "loss_fn = nn.MSELoss()\n"
                    + "for opt in [torch.optim.Adam(model.parameters(), lr=0.05),\n"
                    + "            torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)]:\n"
                    + "    for epoch in range(30):\n"
                    + "        loss = loss_fn(model(X), Y)\n"
                    + "        opt.zero_grad()\n"
                    + "        loss.backward()\n"
                    + "        opt.step()\n"
                    + "    print(round(loss.item(), 4))\n"
                    + "print(model[0].weight.device, model[0].weight.is_leaf, round(model[2].bias.item(), 3))\n"
                    + "model.cpu()\n"
                    + "print(model[0].weight.device)\n");
        }
        return out.toString(StandardCharsets.UTF_8).replace(device + ":0", "DEVICE").replace("cpu", "DEVICE");
    }

    @Test
    void cudaWithoutABackendIsPyTorchsAssertion() {
        KindlingError e = assertThrows(KindlingError.class, () -> Torch.ones(1).to(Device.of("cuda")));
        assertEquals("AssertionError: Torch not compiled with CUDA enabled", text(e));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Session session = Kindling.builder().out(new PrintStream(out, true, StandardCharsets.UTF_8)).build()
                .newSession()) {
            session.exec("import torch\n"
                    + "import torch.nn as nn\n"
                    + "for call in [lambda: torch.zeros(1, device='cuda'), lambda: torch.ones(1).cuda(),\n"
                    + "             lambda: nn.Linear(1, 1).to('cuda'), torch.cuda.synchronize,\n"
                    + "             torch.cuda.get_device_name, torch.cuda.current_device]:\n"
                    + "    try:\n"
                    + "        call()\n"
                    + "    except AssertionError as e:\n"
                    + "        print(e)\n"
                    + "print(torch.cuda.is_available(), torch.cuda.device_count())\n"
                    + "print(torch.accelerator.is_available(), torch.accelerator.current_accelerator())\n");
        }
        assertEquals("Torch not compiled with CUDA enabled\n".repeat(6) + "False 0\nFalse None\n",
                out.toString(StandardCharsets.UTF_8));
    }

    private static String text(KindlingError e) {
        return e.type().pythonName() + ": " + e.getMessage();
    }
}
