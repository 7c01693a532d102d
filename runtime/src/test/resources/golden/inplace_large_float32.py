# In-place arithmetic on float32 tensors large enough that Kindling keeps them as floats (a
# gradient, a weight under hand-written SGD): the values, the versions, and what views and
# .data see must be PyTorch's.
import torch

torch.manual_seed(0)
w = torch.randn(256, 784)
g = torch.randn(256, 784)
row = w[3]
w -= 0.1 * g
w += g
w *= 1.5
w /= 3.0
w -= 0.25
print(w[3, :5].tolist(), row[:5].tolist(), w._version)
g.zero_()
g += w
g.add_(w, alpha=2)
print(g[7, -4:].tolist(), g._version)
d = g.data
d.fill_(0.5)
print(g[0, :3].tolist(), g._version, d._version)
t = w.t()
w.mul_(2)
print(t[:3, 3].tolist(), w[3, :3].tolist())
