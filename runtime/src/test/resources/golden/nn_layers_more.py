import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([-30.0, -1.5, -0.25, 0.0, 0.5, 3.0, 7.0, 25.0], requires_grad=True)

print("== activations")
layers = [nn.SiLU(), nn.ELU(), nn.ELU(alpha=2), nn.Softplus(), nn.Softplus(beta=2, threshold=5),
          nn.Hardtanh(), nn.Hardtanh(-2, 3), nn.ReLU6(), nn.Softsign(), nn.LogSigmoid()]
for layer in layers:
    y = layer(x)
    g, = torch.autograd.grad(y.sum(), x)
    print(layer, y, g, sep="\n")

funcs = [("silu", lambda t: F.silu(t)), ("elu", lambda t: F.elu(t, 0.5)),
         ("softplus", lambda t: F.softplus(t, beta=0.5)), ("hardtanh", lambda t: F.hardtanh(t, -0.5, 0.5)),
         ("relu6", lambda t: F.relu6(t)), ("softsign", lambda t: F.softsign(t)),
         ("logsigmoid", lambda t: F.logsigmoid(t))]
for name, f in funcs:
    y = f(x)
    print(name, y.grad_fn.name(), y)

r = torch.randn(2, 3)
print(nn.Sequential(nn.Linear(3, 4), nn.SiLU(), nn.Linear(4, 1), nn.Softplus()))
print(F.silu(r), F.elu(r), F.relu6(r * 4), sep="\n")
