# Errors learners meet, worded as PyTorch 2.13 words them (output from PyTorch, file path shortened).
import torch
import torch.nn as nn
errs = [
    lambda: torch.ones(2, 3) @ torch.ones(2, 3),
    lambda: torch.ones(2, 3) + torch.ones(3, 2),
    lambda: torch.ones(3)[3],
    lambda: torch.tensor([1, 2]).mean(),
    lambda: torch.ones(2).view(3),
    lambda: nn.Linear(3, 2)(torch.ones(4, 5)),
    lambda: torch.cat([torch.ones(2, 3), torch.ones(2, 4)]),
    lambda: torch.ones(2, 2).backward(),
    lambda: torch.tensor([1.0], requires_grad=True).numpy(),
    lambda: torch.tensor([[1, 2], [3]]),
    lambda: torch.ones(2).item(),
    lambda: nn.CrossEntropyLoss()(torch.randn(3, 4), torch.tensor([0, 1, 5])),
    lambda: nn.MSELoss()(torch.ones(2), torch.ones(2, dtype=torch.int64)),
    lambda: torch.randn(2, 3).squeeze(5),
    lambda: torch.ones(3).unsqueeze(3),
    lambda: torch.zeros(2).reshape(-1, -1),
    lambda: torch.stack([torch.ones(2), torch.ones(3)]),
    lambda: torch.tensor([1.0, 2.0]).long() / 0,
    lambda: torch.ones(2, 3).transpose(0, 2),
    lambda: torch.ones(2, requires_grad=True).add_(1),
    lambda: torch.optim.SGD([torch.ones(1)], lr=-1),
    lambda: torch.ones(2, 3).sum(dim=2),
    lambda: torch.nn.functional.softmax(torch.ones(2, 3)),
    lambda: torch.tensor(3.0).backward(),
    lambda: torch.ones(3).max(dim=1),
    lambda: torch.arange(5)[torch.tensor([True, False])],
]
for i, f in enumerate(errs):
    try:
        r = f()
        print(i, "OK", r)
    except Exception as e:
        print(i, type(e).__name__, str(e).split("\n")[0][:200])
