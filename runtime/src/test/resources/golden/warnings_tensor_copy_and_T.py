# UserWarnings for torch.tensor(tensor) and x.T on other than 2-D tensors (output from PyTorch 2.13, path shortened).
import torch
x = torch.ones(3)
y = torch.tensor(x)
print(y)
z = x.T
print(z)
w = torch.tensor(torch.ones(2, requires_grad=True))
print(w)
