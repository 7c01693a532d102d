# Small float32 products with 12 or more output columns, rows in blocks of four and 2 to 160
# terms: MKL's kernel sums each output as a chain of fused multiply-adds, as nn.Linear(2, 16) on a
# batch of 200 does. .tolist() shows every bit.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(5)
x = torch.randn(200, 2)
layer = nn.Linear(2, 16)
print(layer(x)[:2].tolist())
print((x @ layer.weight.T)[-1].tolist())
h = torch.randn(64, 16)
print((h @ torch.randn(16, 32))[5, :12].tolist())
print(F.linear(torch.randn(8, 160), torch.randn(12, 160), torch.randn(12))[3].tolist())
print((torch.randn(4, 2) @ torch.randn(2, 256))[2, 100:110].tolist())
