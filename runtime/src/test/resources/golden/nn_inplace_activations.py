# ReLU/LeakyReLU with inplace=True change their input, print inplace=True, and record PyTorch's nodes (output from PyTorch 2.13).
import torch, torch.nn as nn
import torch.nn.functional as F
print(nn.ReLU(inplace=True), nn.LeakyReLU(0.2, inplace=True), nn.LeakyReLU(inplace=True), nn.ReLU())
x = torch.tensor([-1., 2.]); y = nn.ReLU(inplace=True)(x); print(x, y is x)
a = torch.tensor([-1., 2.], requires_grad=True); b = a * 1; c = nn.ReLU(inplace=True)(b); print(c.grad_fn.name(), c is b)
c.sum().backward(); print(a.grad)
x = torch.tensor([-1., 2.]); nn.LeakyReLU(0.5, inplace=True)(x); print(x)
a = torch.tensor([-1., 2.], requires_grad=True); b = a * 1; c = nn.LeakyReLU(0.5, inplace=True)(b); print(c.grad_fn.name())
c.sum().backward(); print(a.grad)
x = torch.tensor([-3., 4.]); F.relu(x, inplace=True); F.leaky_relu(x, 0.1, inplace=True); print(x)
try:
    nn.ReLU(inplace=True)(torch.ones(2, requires_grad=True))
except RuntimeError as e:
    print(e)
print(nn.Sequential(nn.Linear(2, 2), nn.ReLU(inplace=True)))
