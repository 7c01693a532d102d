# Transposes are views: x @ W.T reads W as it is when the product runs, writes through W.T reach W,
# W.T.T is W again, and the weight's gradient through W.T is the same as PyTorch's.
import torch

w = torch.arange(6.).reshape(2, 3)
x = torch.ones(4, 3)
v = w.t()
w.add_(1)
print(x @ v)
print(v.is_contiguous(), v.stride(), v.contiguous().stride())
v[0, 1] = 100.
print(w, w._version, v._version)
u = w.t().t()
u.mul_(2)
print(w, u._version)
print(w.T.T.shape, (w.T @ w).shape)

torch.manual_seed(0)
W = torch.randn(5, 3, requires_grad=True)
b = torch.zeros(5, requires_grad=True)
xs = torch.randn(4, 3)
out = xs @ W.T + b
loss = out.relu().pow(2).sum()
loss.backward()
print(W.grad)
print(b.grad)
print(W.grad.stride(), W.grad.is_contiguous())
node = out.grad_fn.next_functions[0][0]
print(out.grad_fn.name(), node.name(), [f[0].name() if f[0] else None for f in node.next_functions])
print([f[0].name() if f[0] else None for f in node.next_functions[1][0].next_functions])

with torch.no_grad():
    for p in (W, b):
        p -= 0.1 * p.grad
        p.grad.zero_()
print(W)
h = (xs @ W.T).sum()
h.backward()
print(W.grad)

# the same with matrices large enough to be transposed lazily (float64, so sums are exact)
big = torch.arange(4096., dtype=torch.float64).reshape(64, 64)
bt = big.t()
big.add_(1)
ones = torch.ones(3, 64, dtype=torch.float64)
print((ones @ bt).sum().item(), bt[0, 1].item(), bt._version)
bt[0, 1] = -1.
print(big[1, 0].item(), big._version)
again = big.t().t()
again.mul_(2)
print(big[63, 63].item(), again._version, again.is_contiguous())
torch.manual_seed(1)
Wb = torch.randn(128, 64, dtype=torch.float64, requires_grad=True)
xb = torch.randn(32, 64, dtype=torch.float64)
(xb @ Wb.T).relu().pow(2).sum().backward()
print(f"{Wb.grad.sum().item():.6f} {Wb.grad.abs().sum().item():.6f}", Wb.grad.shape, Wb.grad.stride())
