# In-place writes through what PyTorch returns as views (indexing, transpose, permute) reach the base; output from PyTorch 2.13.
import torch
x = torch.ones(2, 3)
x[0].zero_()
x[:, 1].fill_(5)
r = x[1]
r += 1
x.t().mul_(2)
x.view(3, 2).add_(1)
x[1][2] = -7
for row in x:
    row.clamp_(max=6)
print(x)
w = torch.ones(3, requires_grad=True)
try:
    w[0].zero_()
except RuntimeError as e:
    print(e)
with torch.no_grad():
    w[1].mul_(3)
print(w)
h = w * 1
h[0].mul_(5)
print(h)
h.sum().backward()
print(w.grad)
a = torch.arange(6.).view(2, 3)
b = a.permute(1, 0)
b[0].fill_(-1)
print(a)
c = a[:, 1:]
c[0, 0] = 100
d = c[1]
d.sub_(1)
print(a)
# First-dim slices (the fast path for batches) are views too.
x = torch.ones(4)
x[1:3].zero_()
y = torch.ones(3, 2)
y[:2] += 1
y[1:].mul_(3)
print(x, y)
