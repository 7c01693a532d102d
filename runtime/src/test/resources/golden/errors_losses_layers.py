# Loss, layer and in-place errors worded as PyTorch 2.13 words them (output from PyTorch).
import torch
import torch.nn as nn
errs = [
    lambda: nn.CrossEntropyLoss()(torch.randn(3, 4), torch.tensor([0.0, 1.0, 2.0])),
    lambda: nn.CrossEntropyLoss()(torch.randn(3, 4), torch.tensor([[0], [1], [2]])),
    lambda: nn.NLLLoss()(torch.randn(3, 4), torch.tensor([0, 1])),
    lambda: nn.BCELoss()(torch.tensor([0.5, 1.5]), torch.tensor([1.0, 0.0])),
    lambda: nn.Linear(2, 2)(torch.tensor([1, 2])),
    lambda: nn.Linear(2, 2)(torch.ones(2, dtype=torch.float64)),
    lambda: torch.ones(2, 2) @ torch.ones(2, 2, dtype=torch.float64),
    lambda: torch.ones(2).long().mean(),
    lambda: torch.ones(3).view(2, 2),
    lambda: torch.tensor([1, 2]) + torch.tensor([1.5]),
    lambda: torch.ones(2, requires_grad=True).numpy(),
    lambda: torch.optim.Adam([], lr=0.1),
    lambda: torch.optim.SGD(nn.Linear(1, 1).parameters()),
    lambda: nn.Sequential(nn.Linear(2, 3), nn.Linear(4, 1))(torch.ones(1, 2)),
    lambda: torch.ones(2, 3)[:, 5],
    lambda: torch.ones(2, 3)[2],
    lambda: torch.ones(2, 3)[0, 0, 0],
    lambda: torch.tensor([1.0]).item() + torch.ones(2),
    lambda: float(torch.ones(2)),
    lambda: int(torch.tensor(2.7)),
    lambda: torch.ones(2) < "a",
    lambda: torch.zeros(2, 2).max(dim=2),
    lambda: torch.cat([torch.ones(2), torch.ones(2, 1)]),
    lambda: torch.ones(2).expand(3),
    lambda: torch.ones(2, 1).expand(2, 3).add_(1),
]
for i, f in enumerate(errs):
    try:
        r = f()
        print(i, "OK", r)
    except Exception as e:
        print(i, type(e).__name__, str(e).split("\n")[0][:220])
