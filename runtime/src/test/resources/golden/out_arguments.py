# out= on the ops PyTorch gives it to: the result is written into out's elements and out itself
# is returned; out is resized (with PyTorch's warning when it had elements), takes a result its
# dtype can hold, and takes no part in autograd. Then torch.logspace. Output from PyTorch 2.13.0+cpu
# (path shortened).
import torch

x = torch.tensor([1., 2., 3.])
i = torch.tensor([1, 2, 3])

t = torch.zeros(3)
r = torch.add(x, x, out=t)
print(r is t, t, t._version)
print(torch.sub(x, 1, alpha=2, out=t) is t, t)
print(torch.exp(x, out=t), torch.div(x, 2, out=t), torch.sqrt(x, out=t))

t = torch.zeros(2)
print(torch.mul(x, x, out=t), t.shape)
t = torch.empty(0)
print(torch.log(x, out=t), t.shape)

print(torch.add(i, i, out=torch.zeros(3)))
print(torch.div(x, 2, out=torch.zeros(3, dtype=torch.float64)))
print(torch.eq(x, 2, out=torch.zeros(3, dtype=torch.long)))
for f in [lambda: torch.sub(x, 1, out=torch.zeros(3, dtype=torch.long)),
          lambda: torch.add(i, i, out=torch.zeros(3, dtype=torch.bool)),
          lambda: torch.mm(torch.ones(2, 2), torch.ones(2, 2), out=torch.zeros(2, 2, dtype=torch.float64)),
          lambda: torch.clamp(x, 0, 2, out=torch.zeros(3, dtype=torch.long)),
          lambda: torch.where(x > 1, x, -x, out=torch.zeros(3, dtype=torch.float64)),
          lambda: torch.argmax(x, out=torch.zeros(1))]:
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    torch.cat([i, i], out=torch.zeros(6, dtype=torch.bool))
except TypeError as e:
    print("TypeError:", e)

w = torch.zeros(3, requires_grad=True)
try:
    torch.add(x, x, out=w)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.matmul(w, x, out=torch.zeros(()))
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.no_grad():
    print(torch.mul(x, w, out=torch.zeros(3)), torch.add(x, x, out=w), w.grad_fn)

base = torch.zeros(6)
torch.sqrt(x, out=base[2:5])
print(base)
m = torch.zeros(2, 2)
mt = m.t()
print(torch.matmul(torch.ones(2, 3), torch.tensor([[1., 2.], [3., 4.], [5., 6.]]), out=m) is m, mt)

print(torch.sum(torch.ones(2, 3), 1, out=torch.zeros(2, dtype=torch.float64)))
print(torch.mean(torch.ones(2, 3), dim=0, keepdim=True, out=torch.zeros(1, 3)))
print(torch.cat([x, x], out=torch.zeros(6)), torch.stack([x, x], dim=1, out=torch.zeros(3, 2)))
print(torch.where(x > 1, x, -x, out=torch.zeros(3)), torch.clamp(x, 0, 2, out=torch.zeros(3)))
print(torch.pow(x, 2, out=torch.zeros(3)), torch.maximum(x, 2 * x - 2, out=torch.zeros(3)))
print(torch.mm(torch.eye(2), torch.ones(2, 2), out=torch.zeros(2, 2)))
print(torch.softmax(x, 0, out=torch.zeros(3)), torch.cumsum(i, 0, out=torch.zeros(3, dtype=torch.long)))
try:
    x.add(x, out=t)
except TypeError as e:
    print("TypeError:", e)
try:
    torch.sum(x, out=t)
except TypeError as e:
    print("TypeError:", e)

print(torch.logspace(0, 2, 3))
print(torch.logspace(-10, 10, 21))
print(torch.logspace(0.1, 3.3, 7).tolist())
print(torch.logspace(0, 1, 5, base=2).tolist())
print(torch.logspace(0, 1, 5, 2, dtype=torch.float64).tolist())
print(torch.logspace(0, 3, 4, dtype=torch.int64), torch.logspace(1, 5, 1), torch.logspace(0, 1, 0))
print(torch.logspace(0, 2, 3, requires_grad=True))
try:
    torch.logspace(0, 1, -1)
except RuntimeError as e:
    print("RuntimeError:", e)
