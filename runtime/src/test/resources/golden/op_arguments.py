# Arguments as PyTorch's binder takes them: keywords, NumPy aliases, varargs sizes, overloads, and its
# TypeError texts for wrong types, missing and unexpected arguments. Output from PyTorch 2.13.0+cpu.
import torch
import torch.nn.functional as F

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

x = torch.tensor([1., -2., 3.])
attempt(lambda: torch.numel([1, 2]))
attempt(lambda: torch.relu(input=x))
attempt(lambda: torch.sum(input=x))
attempt(lambda: torch.sum(x, axis=0, keepdims=True))
attempt(lambda: torch.zeros(2, foo=1))
attempt(lambda: torch.matmul(x, 3))
attempt(lambda: torch.full((2,), "a"))
attempt(lambda: torch.cat([]))
attempt(lambda: x.view(3, 1).shape)
attempt(lambda: x.view((1, 3)).shape)
attempt(lambda: torch.zeros(torch.Size([2, 1])).shape)
attempt(lambda: torch.max(x, 0))
attempt(lambda: torch.max(x, x))
attempt(lambda: x.add(1, alpha=2))
attempt(lambda: torch.add(x, other=2))
attempt(lambda: x.clamp(min=0))
attempt(lambda: x.sum(dim=0, keepdim=True))
attempt(lambda: torch.std(x, 0))
attempt(lambda: x.var(correction=0))
attempt(lambda: x.sum(x))
attempt(lambda: x.add())
attempt(lambda: x.add(1, 2, 3))
attempt(lambda: torch.ones(2.5))
attempt(lambda: torch.ones([2, 2.5]))
attempt(lambda: x.flatten(0, 0, 0))
attempt(lambda: torch.transpose(x, 0))
attempt(lambda: torch.eye(2, requires_grad=True))
attempt(lambda: torch.linspace(0, 1, 3, requires_grad=True))
attempt(lambda: x.unsqueeze(dim=0, foo=1))
attempt(lambda: torch.softmax(x, 0, 1))
attempt(lambda: x.mean(1.5))
z = torch.tensor([0.5, -1.0])
y = torch.tensor([1., 0.])
attempt(lambda: F.binary_cross_entropy_with_logits(z, y, weight=torch.tensor([2., 0.])))
attempt(lambda: torch.nn.BCEWithLogitsLoss(weight=torch.tensor([2., 0.]))(z, y))
attempt(lambda: F.mse_loss(z, y, reduction="sum"))
