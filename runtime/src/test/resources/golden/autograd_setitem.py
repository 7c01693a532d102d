# Assignment through indices records CopySlices / IndexPutBackward0, as PyTorch does; output from PyTorch 2.13.
import torch
x = torch.zeros(3)
w = torch.ones(3, requires_grad=True)
x[0] = (w*2).sum()
print(x)
x.sum().backward()
print(w.grad)
y = torch.ones(4, requires_grad=True)
z = y * 1
z[1:3] = 0
print(z)
z.sum().backward()
print(y.grad)
a = torch.ones(2,3, requires_grad=True)
b = a.clone()
b[:, 1] = a[:, 0] * 5
print(b)
b.pow(2).sum().backward()
print(a.grad)
for f in [lambda: y.__setitem__(0, 1), lambda: y.__setitem__(slice(None), 1), lambda: y.__setitem__(torch.tensor([True,False,True,False]), 1), lambda: y.__setitem__([0,1], 1), lambda: y.__setitem__((Ellipsis,), 1), lambda: y.__setitem__(None, 1)]:
    try: f()
    except RuntimeError as e: print(e)
x = torch.zeros(2, 3)
w = torch.ones(3, requires_grad=True)
x[[0, 0]] = w * torch.tensor([1., 2., 3.])
print(x)
x.sum().backward(); print(w.grad)
x = torch.zeros(2, 3)
w = torch.ones(1, requires_grad=True)
x[x == 0] = w * 3
print(x); (x * torch.arange(6.).view(2,3)).sum().backward(); print(w.grad)
with torch.no_grad():
    y[0] = 5
print(y)
def f(h, v):
    out = h * 2
    out[0] = v.exp()
    out[:, 1] = out[:, 0].clone() * v
    return out
print(torch.autograd.gradcheck(f, (torch.rand(2, 2, dtype=torch.float64, requires_grad=True), torch.rand(2, dtype=torch.float64, requires_grad=True))))
