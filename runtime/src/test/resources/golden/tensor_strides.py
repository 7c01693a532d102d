# Strides of expanded tensors and which in-place writes PyTorch allows into them (output from PyTorch 2.13).
import torch
e = torch.ones(2,1).expand(2,3)
print(e.stride(), e.stride(1), e.stride(-2), e.is_contiguous(), torch.ones(3).expand(2, 3).stride(), e.t().stride(), e.clone().stride())
x = torch.zeros(2, 3)
x[:, 0] = torch.tensor(1.0).expand(2)
print(x)
w = torch.ones(3).expand(2, 3)
try:
    w[0] = 5
except RuntimeError as ex:
    print(ex)
try:
    w.zero_()
except RuntimeError as ex:
    print(ex)
y = torch.ones(1).expand(1)
y.add_(1)
print(y)
