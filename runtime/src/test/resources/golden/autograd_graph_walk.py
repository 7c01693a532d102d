# Walking the autograd graph: next_functions with AccumulateGrad nodes for leaves (one per leaf,
# .variable, name()), node classes as PyTorch names them, nn.Linear's AddmmBackward0 -> TBackward0
# -> AccumulateGrad; the weight changed in place after forward (PyTorch checks it only when the
# input needs its gradient); a view changed in place before backward is named AsStrided.
import torch
a = torch.ones(2, requires_grad=True)
y = a * 2
f = y.grad_fn.next_functions[0][0]
print(type(f), type(f).__module__, f.name(), f.variable is a, f.next_functions, y.grad_fn.next_functions[0][0] is f)
print(type(y.grad_fn), type(y.grad_fn).__module__, type(y.grad_fn).__name__)
print(len((a + a).grad_fn.next_functions), (a + a).grad_fn.next_functions[1][0] is f)
print(y.grad_fn.next_functions[1])
lin = torch.nn.Linear(3, 2)
out = lin(torch.ones(4, 3)).sum()
fns = out.grad_fn.next_functions[0][0].next_functions
print(out.grad_fn.name(), [fn.name() if fn is not None else None for fn, _ in fns])
w_node = [fn for fn, _ in fns if fn is not None and fn.name() == 'torch::autograd::AccumulateGrad']
print(len(w_node), [n.variable.shape for n in w_node])
def walk(fn, depth=0):
    if fn is None:
        return
    print("  " * depth + fn.name())
    for child, _ in fn.next_functions:
        walk(child, depth + 1)
b = torch.randn(3, requires_grad=True)
walk(((b * 2).exp().sum() + b.sum()).grad_fn)
y.sum().backward()
print(y.grad_fn.next_functions[0][0].variable.grad)
torch.manual_seed(0)
lin = torch.nn.Linear(3, 2)
out = lin(torch.ones(4, 3)).sum()
with torch.no_grad():
    lin.weight.mul_(2)
try:
    out.backward()
except RuntimeError as e:
    print(e)
x = torch.ones(4, 3, requires_grad=True)
o2 = lin(x)
o2.sum().backward()
print(lin.weight.grad, x.grad)
x2 = torch.ones(4, 3, requires_grad=True)
o3 = lin(x2).sum()
with torch.no_grad():
    lin.weight.add_(1)
try:
    o3.backward()
except RuntimeError as e:
    print(e)
o4 = lin(x2).sum()
with torch.no_grad():
    x2.add_(1)
try:
    o4.backward()
except RuntimeError as e:
    print(e)
for name, make in [("t", lambda a: a.t()), ("view", lambda a: a.view(6)), ("unsqueeze", lambda a: a.unsqueeze(0)),
                   ("slice", lambda a: a[1:]), ("select", lambda a: a[0])]:
    w = torch.ones(2, 3, requires_grad=True)
    v = make(w * 1)
    out = (v * v).sum()
    with torch.no_grad():
        v.mul_(2)
    try:
        out.backward()
    except RuntimeError as e:
        print(name, str(e).split(":", 1)[1].split(" is at")[0])
