# Gradient accumulation adds into the same .grad tensor (held references see the sum, its _version
# moves), for float64 leaves fed float32 gradients and for broadcast inputs too.
import torch
w = torch.ones(2, requires_grad=True)
(w * 2).sum().backward()
g = w.grad
(w * 3).sum().backward()
print(g, w.grad is g, w.grad._version)
w.grad.zero_()
(w * 4).sum().backward()
print(g, w.grad is g)
h = torch.ones(3, dtype=torch.float64, requires_grad=True)
(h.float() * 2).sum().backward()
g2 = h.grad
(h.float() * 2).sum().backward()
print(g2, h.grad is g2, h.grad.dtype)
b = torch.ones(1, 3, requires_grad=True)
(b * torch.ones(4, 3)).sum().backward()
gb = b.grad
(b * torch.ones(4, 3)).sum().backward()
print(gb, b.grad is gb)
