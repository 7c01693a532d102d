# An IterableDataset whose __iter__ is a generator, batched by DataLoader (endless streams too),
# generators over tensors, and a generator body seeing the caller's grad mode and random stream;
# output from PyTorch 2.13.
import torch
from torch.utils.data import Dataset, IterableDataset, DataLoader


class Squares(IterableDataset):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        for i in range(self.n):
            yield torch.tensor([float(i)]), i * i


class Stream(IterableDataset):
    def __iter__(self):
        i = 0
        while True:
            yield {"x": torch.full((2,), float(i)), "i": i}
            i += 1


torch.manual_seed(0)
for xb, yb in DataLoader(Squares(5), batch_size=2):
    print(xb.shape, xb.flatten(), yb)
print(list(DataLoader(Squares(3))))
print(len(list(DataLoader(Squares(5), batch_size=2, drop_last=True))))
for step, batch in enumerate(DataLoader(Stream(), batch_size=3)):
    print(step, batch["x"].sum(dim=1), batch["i"])
    if step == 2:
        break
print(list(DataLoader(Squares(4), batch_size=3, collate_fn=lambda b: [y for _, y in b])))
print(isinstance(Squares(1), Dataset), issubclass(IterableDataset, Dataset))
try:
    DataLoader(Squares(3), shuffle=True)
except ValueError as e:
    print("ValueError:", e)
try:
    len(DataLoader(Stream()))
except TypeError as e:
    print("TypeError:", e)
print(torch.rand(2))


def noisy_batches(n, size):
    for _ in range(n):
        x = torch.randn(size, 2)
        yield x, x.sum(dim=1, keepdim=True)


torch.manual_seed(1)
w = torch.zeros(2, 1, requires_grad=True)
for x, y in noisy_batches(3, 4):
    loss = ((x @ w - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad.zero_()
    print(round(loss.item(), 4))
print(w.flatten())


def grad_modes():
    while True:
        yield torch.is_grad_enabled()


modes = grad_modes()
with torch.no_grad():
    inside = next(modes)
print(inside, next(modes))
t = torch.arange(6.0).reshape(3, 2)
print(sum(row for row in t), torch.stack(list(r * 2 for r in t)), max(v.item() for v in t.flatten()))
