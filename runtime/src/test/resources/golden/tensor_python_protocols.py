# Tensors in f-strings, %-formatting and Python builtins (output from PyTorch 2.13).
import torch
t = torch.tensor(3.14159)
print(f"{t:.2f}", f"{t}", f"{t!r}", f"{t.item():.3e}", "%.2f" % t, "{:.1f}".format(t))
v = torch.tensor([1.5, 2.5])
print(f"{v}", str(v), repr(v))
try:
    print(f"{v:.2f}")
except Exception as e:
    print(type(e).__name__, e)
print(round(t.item(), 2), round(float(t), 1), int(t), bool(torch.tensor(0.)), t > 3, (t > 3).item())
print(torch.tensor(7) // 2, torch.tensor(7) / 2, -torch.tensor(7) // 2, torch.tensor(7.5) % 2)
print(max(torch.tensor([1, 5, 2])), sum(torch.tensor([1., 2.])), min(torch.tensor(3), torch.tensor(2)))
print(list(torch.tensor([1, 2])), [x.item() for x in torch.arange(3)], torch.tensor([1, 2]).tolist())
print(len(torch.zeros(4, 2)), 3 in torch.tensor([1, 2, 3]), torch.tensor([1, 2]) == 1)
print(sorted(torch.tensor([3, 1, 2]).tolist()), abs(torch.tensor(-2.0)), pow(torch.tensor(2.0), 3))
print(hash(t) == hash(t), t is t, t == t)
