# Where PyTorch rounds float32 results: leaky_relu multiplies by the slope as a float, x ** 3 is
# (x * x) * x in float, cumsum and cumprod accumulate in double, var and std over all elements
# sum squared deviations in double. .tolist() shows every bit.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(24) * 3
print(F.leaky_relu(x, 0.1).tolist())
print(torch.nn.LeakyReLU(0.01)(x).tolist())
print((x ** 3).tolist())
print((x ** -2).tolist())
print(torch.cumsum(x, 0).tolist())
print(torch.cumprod(x[:10] / 2, 0).tolist())
big = torch.randn(1000) * 5 + 3
print(big.var().item(), big.std().item(), big.var(unbiased=False).item())
print(torch.randn(6, 7).var().item(), torch.randn(40000).std().item())
