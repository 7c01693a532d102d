# index_select: each dim, repeated and empty indices, a 0-d input, gradients summed at repeated
# positions, and PyTorch's two out-of-range errors (IndexError on dim 0, RuntimeError on the others).
import torch
torch.manual_seed(0)
x = torch.randn(3, 4, 5, requires_grad=True)
i = torch.tensor([2, 0, 2, 2])
for d, idx in [(0, torch.tensor([2, 0, 2])), (1, i), (2, torch.tensor([4, 4, 1])), (-1, torch.tensor([], dtype=torch.long))]:
    y = x.index_select(d, idx)
    print(d, y.shape, y.grad_fn.name() if y.grad_fn else None)
    (y * torch.arange(y.numel()).reshape(y.shape) * 0.1).sum().backward()
    print(x.grad[:, :2])
    x.grad = None
s = torch.tensor(3.5, requires_grad=True)
z = s.index_select(0, torch.tensor([0]))
print(z, z.shape)
z.backward()
print(s.grad)
print(torch.index_select(torch.arange(10), 0, torch.tensor([9, 1])))
try:
    x.index_select(0, torch.tensor([3]))
except Exception as e:
    print(type(e).__name__, e)
for t,d,i in [(torch.arange(5),0,[7]),(torch.randn(3,4),1,[4]),(torch.randn(3,4,2),1,[4]),(torch.randn(3,4),0,[-1]),(torch.tensor(2.),0,[1])]:
    try:
        t.index_select(d, torch.tensor(i))
    except Exception as e:
        print(type(e).__name__, e)
