# torch.bernoulli drawn bit for bit as PyTorch's CPU kernel; output from PyTorch 2.13.
import torch
torch.manual_seed(4)
print(torch.bernoulli(torch.full((20,), 0.3)))
print(torch.bernoulli(torch.rand(3, 4, dtype=torch.float64)))
g = torch.Generator().manual_seed(1)
print(torch.full((2, 8), 0.7).bernoulli(generator=g))
print(torch.rand(40).bernoulli().sum())
try:
    torch.bernoulli(torch.tensor([1.5]))
except RuntimeError as e:
    print(e)
