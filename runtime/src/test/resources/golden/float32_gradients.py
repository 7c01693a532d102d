# Gradients in PyTorch's float32 order of operations: tanh's 1 - y*y fused, sigmoid's
# (g * (1 - y)) * y, binary_cross_entropy's g * (x - t) / max((1 - x) x, eps) then / n, the
# logits form through sigmoid, std's g / (2 std) fed to var's rule, and the 2-norm's x / norm
# (the norm itself summed in 8 lanes), elu's and softplus's SLEEF exp in the vectorised loop.
# .tolist() shows every bit.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x0 = torch.randn(40) * 3
p0 = torch.rand(40) * 0.98 + 0.01
t = (torch.rand(40) > 0.5).float()
upstream = torch.randn(40)


def grad_of(f, base, seed=None):
    x = base.clone().requires_grad_()
    y = f(x)
    if y.dim() == 0:
        y.backward()
    else:
        y.backward(upstream)
    return x.grad.tolist()


print(grad_of(torch.tanh, x0))
print(grad_of(torch.sigmoid, x0))
print(grad_of(lambda x: F.binary_cross_entropy(x, t), p0))
print(grad_of(lambda x: F.binary_cross_entropy(x, t, reduction="sum"), p0))
print(grad_of(lambda x: F.binary_cross_entropy_with_logits(x, t), x0))
print(grad_of(lambda x: F.binary_cross_entropy_with_logits(x, t, pos_weight=torch.tensor(2.5)), x0))
print(grad_of(lambda x: x.std(), x0))
print(grad_of(F.elu, x0))
print(grad_of(F.softplus, x0))
print(grad_of(lambda x: F.softplus(x, beta=2.0, threshold=5.0), x0))
big = torch.randn(3000) * 3
print(big.norm().item(), grad_of(lambda x: x.norm(), big)[:8])
