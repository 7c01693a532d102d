# A view shows its base's current values: changes to the base (in place, through another view, or
# through .data) reach views taken before them, as with PyTorch's views.
import torch

w = torch.arange(6.).reshape(2, 3)
v = w.t()
row = w[1]
col = w[:, 0]
w.add_(1)
print(v)
print(row, col)

row += 10
print(w)
print(v, col)

w[0].fill_(-1)
print(row, col, v[0])

inner = w[1:][0]
w.zero_()
print(inner)

alias = v.detach()
w.data.add_(2)
print(alias.sum().item(), v.sum().item())

x = torch.ones(3, 2)
first = x[0]
x.mul_(3)
first.mul_(2)
print(x)

x2 = torch.ones(2, 2)
t = x2.t()
s = t.sum()
x2[0, 1] = 5
print(s.item(), t.sum().item(), t)

# expand and unbind give views too
y = torch.arange(6.).reshape(2, 3)
e = y[0].expand(2, 3)
a, b = y.unbind(0)
y.add_(1)
print(e, a, b._version)
b.mul_(10)
print(y)
try:
    e.add_(1)
except RuntimeError as err:
    print("RuntimeError:", err)
g = torch.ones(2, 3, requires_grad=True)
p, q = g.unbind(0)
(p * 2 + q * 3).sum().backward()
print(g.grad, p.grad_fn.name())
