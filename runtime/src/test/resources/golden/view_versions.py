# Views share their base's version counter (a change to either moves both), .data has a counter of
# its own, and a view saved for backward whose base changed in place is reported, as in PyTorch.
import torch

w = torch.zeros(3, 4)
views = [w.t(), w[0], w[:, 1:3], w.permute(1, 0), w.narrow(1, 0, 2), w[1:]]
w.add_(1)
print("after w.add_:", w._version, [v._version for v in views])
views[1].mul_(2)
print("after w[0].mul_:", w._version, [v._version for v in views])
print(w)

flat = w.view(12)
flat.add_(1)
print("view:", w._version, flat._version)
d = w.detach()
d.add_(1)
print("detach:", w._version, d._version)
data = w.data
data.add_(1)
print("data:", w._version, data._version)
w.data = torch.ones(3, 4)
print("data assigned:", w._version, w.sum().item())
q = torch.zeros(2, 3)
r = q[0].data
r.add_(1)
print("view's data:", q._version, r._version, q.tolist())

W = torch.ones(3, 4, requires_grad=True)
x = torch.ones(2, 4, requires_grad=True)
h = x @ W.T
with torch.no_grad():
    W.add_(1)
try:
    h.sum().backward()
    print("no error")
except RuntimeError as err:
    print("RuntimeError:", err)

W2 = torch.ones(3, 4, requires_grad=True)
x2 = torch.ones(2, 2, requires_grad=True)
out = (x2 @ W2[1:]).sum()
with torch.no_grad():
    W2.mul_(2)
try:
    out.backward()
    print("no error")
except RuntimeError as err:
    print("RuntimeError:", err)

# changed through .data, the weight reaches the next product and Adam's next step
torch.manual_seed(0)
lin = torch.nn.Linear(300, 200)
opt = torch.optim.Adam(lin.parameters(), lr=0.01)
x3 = torch.randn(64, 300)
for step in range(3):
    loss = lin(x3).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    lin.weight.data.mul_(0.5)
    print(step, lin.weight._version, f"{lin(x3).pow(2).mean().item():.4f}")
