# PyTorch's UserWarnings, shown as CPython shows them: file:line, category, message, the source
# line; once per location. The text is PyTorch 2.13's.
import torch
import torch.nn.functional as F


def loss_of(pred, target):
    return F.mse_loss(pred, target)


pred = torch.ones(4, 1)
for i in range(3):
    print(loss_of(pred, torch.ones(4)))
print(F.l1_loss(pred, torch.zeros(4, 1)))
x = torch.ones(2, requires_grad=True)
y = x * 2
y.sum().backward()
print(y.grad)
y.retain_grad()
print(y.grad, x.grad)
