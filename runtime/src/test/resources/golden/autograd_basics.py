# backward, .grad, no_grad and torch.autograd.grad as learners use them; output from PyTorch 2.13.
import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
z = y.sum()
print(y, z)
z.backward()
print(x.grad)
x.grad.zero_()
print(x.grad)
w = torch.tensor(1.0, requires_grad=True)
for i in range(3):
    loss = (w * 3 - 6) ** 2
    loss.backward()
    with torch.no_grad():
        w -= 0.01 * w.grad
    w.grad.zero_()
    print(i, w, loss.item())
print(w.is_leaf, y.is_leaf, x.requires_grad, y.detach().requires_grad)
a = torch.ones(2, 2, requires_grad=True)
b = a.sum(dim=0)
b.backward(torch.tensor([1.0, 2.0]))
print(a.grad)
print(torch.autograd.grad((a * a).sum(), a))
with torch.no_grad():
    print((a * 2).requires_grad)
print(torch.is_grad_enabled())
@torch.no_grad()
def f(t):
    return t * 2
print(f(a).requires_grad)
print(x.data, x.grad.data)
u = torch.tensor([2.0, 3.0], requires_grad=True)
v = u * u
print(torch.autograd.grad(v.sum(), [u, v], retain_graph=True))
print(u.grad)
print(torch.autograd.grad(v, u, grad_outputs=torch.ones(2)))
q = torch.tensor(1.0, requires_grad=True)
for f in [lambda: torch.autograd.grad((u * 2).sum(), q), lambda: torch.autograd.grad((u * 2).sum(), torch.ones(1)), lambda: torch.autograd.grad(u * 2, u)]:
    try:
        print(f())
    except RuntimeError as e:
        print(e)
print(torch.autograd.grad((u * 2).sum(), [u, q], allow_unused=True))
