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
