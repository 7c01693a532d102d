# torch.stack (one StackBackward0 node, its errors), TensorDataset's argument checks, a script's
# subclass of TensorDataset (with and without super().__init__), and DataLoader batches over it.
import torch
from torch.utils.data import TensorDataset, DataLoader
for args in [([], 0), ([torch.ones(2), torch.ones(2)], 2), ([torch.ones(2), torch.ones(2)], -3), ([torch.ones(2), torch.ones(3)], 0), ([torch.ones(2), torch.ones(2, dtype=torch.int64)], 0), ([torch.tensor(1.), torch.tensor(2.)], 0), ([torch.ones(2, 3), torch.zeros(2, 3)], -1)]:
    try:
        r = torch.stack(*args)
        print(r, r.dtype, r.shape)
    except Exception as e:
        print(type(e).__name__, e)
a = torch.ones(2, requires_grad=True)
b = torch.zeros(2, dtype=torch.float64, requires_grad=True)
s = torch.stack([a, b], 1)
print(s.grad_fn.name(), s.dtype)
(s * torch.arange(4.).reshape(2, 2)).sum().backward()
print(a.grad, b.grad)
torch.manual_seed(0)
c = torch.randn(3, 2, requires_grad=True)
s2 = torch.stack([c, c * 2, c.exp()], 0)
s2.sum().backward()
print(c.grad)
print(torch.tensor(3.).topk(1))
for bad in [(1, 2), (torch.tensor(1.),)]:
    try:
        TensorDataset(*bad)
    except Exception as e:
        print(type(e).__name__, e)
class NoInit(TensorDataset):
    def __init__(self):
        pass
try:
    len(NoInit())
except Exception as e:
    print(type(e).__name__, e)
class Named(TensorDataset):
    def __init__(self, x, y):
        super().__init__(x, y)
        self.name = "pairs"
d = Named(torch.arange(4.), torch.arange(4))
print(d.name, len(d), d[1], d.tensors[1], isinstance(d, TensorDataset))
print(list(DataLoader(d, batch_size=3)))
t = torch.tensor(3., requires_grad=True)
r = t.topk(0)
print(r.values, r.values.shape, r.indices)
t.topk(1).values.backward()
print(t.grad)
