# torch.nn.utils' clipping and parameters_to_vector, seeded torch.multinomial, new_full/new_empty and
# indexing with a range. Output from PyTorch 2.13.0+cpu.
import torch
import torch.nn as nn
torch.manual_seed(0)
m = nn.Linear(3, 2)
loss = (m(torch.randn(4, 3)) ** 2).sum() * 10
loss.backward()
print(nn.utils.clip_grad_norm_(m.parameters(), 1.0))
print(m.weight.grad, m.bias.grad)
print(nn.utils.clip_grad_norm_(m.parameters(), 100.0))
nn.utils.clip_grad_value_(m.parameters(), 0.1)
print(m.weight.grad)
print(nn.utils.parameters_to_vector(m.parameters()))
print(torch.multinomial(torch.tensor([0.1, 0.6, 0.3]), 2), torch.multinomial(torch.tensor([[1., 1.], [0., 1.]]), 4, replacement=True))
print(torch.ones(2).new_full((2,), 3, dtype=torch.float64), torch.tensor([1, 2]).new_empty(3).shape, torch.arange(5)[range(1, 4)])
for f in [lambda: nn.utils.clip_grad_norm_(), lambda: torch.multinomial(torch.tensor([1., 1.]), 3), lambda: torch.multinomial(torch.tensor([1, 1]), 1),
          lambda: torch.multinomial(torch.tensor([-1., 1.]), 1), lambda: torch.multinomial(torch.ones(2, 2, 2), 1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
