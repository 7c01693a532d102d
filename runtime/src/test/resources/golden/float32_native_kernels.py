# The float32 kernels that run natively where Kindling's C library loads (NativeKernels): sigmoid
# over 70,001 elements (two threads' chunks, each with a scalar tail), softmax, log_softmax and
# cross_entropy over rows of 784 and 1000, torch.sqrt, and Adam's update with MKL's square root
# inside. PyTorch's bits: .tolist() shows every bit of a float.
import torch
import torch.nn.functional as F

torch.manual_seed(2)
s = torch.sigmoid(torch.randn(70001) * 4)
print(s[:24].tolist(), s[34990:35020].tolist(), s[-24:].tolist())

m = torch.randn(3, 784) * 3
print(torch.softmax(m, 1)[1, ::40].tolist())
print(torch.log_softmax(m, 1)[2, -16:].tolist())
w = torch.randn(2, 1000, requires_grad=True)
loss = F.cross_entropy(w, torch.tensor([3, 999]))
loss.backward()
print(loss.item(), w.grad[1, -16:].tolist())

print(torch.sqrt(torch.rand(1000) * 100)[::50].tolist())

p = torch.randn(600, requires_grad=True)
opt = torch.optim.Adam([p], lr=0.01)
scale = torch.linspace(0.001, 100, 600)
for step in range(5):
    opt.zero_grad()
    (p * p * scale).sum().backward()
    opt.step()
print(p[::40].tolist())
