# float32 exp, softmax, log_softmax, sigmoid, silu and cross_entropy, bit for bit as PyTorch computes
# them (MKL's exp, SLEEF's exp and log, 16-lane sums, nll_loss's cascade): .tolist() shows every
# bit of a float.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(4, 37) * 3
print(torch.softmax(x, 1)[0].tolist())
print(torch.log_softmax(x, 1)[3].tolist())
print(torch.softmax(x[:, :5], 1)[1].tolist())

x.requires_grad_()
upstream = torch.randn(4, 37)
g_log, = torch.autograd.grad(torch.log_softmax(x, 1), x, upstream)
g_soft, = torch.autograd.grad(torch.softmax(x, 1), x, upstream)
print(g_log[2].tolist())
print(g_soft[2].tolist())

print(torch.sigmoid(torch.randn(47) * 4).tolist())
z = (torch.randn(47) * 4).requires_grad_()
silu = F.silu(z)
print(silu.tolist(), torch.autograd.grad(silu, z, torch.randn(47))[0].tolist())
print(torch.exp(torch.randn(40) * 10).tolist())

logits = torch.randn(300, 10, requires_grad=True)
target = torch.randint(0, 10, (300,))
weight = torch.rand(10) + 0.5
for kwargs in ({}, {"reduction": "sum"}, {"weight": weight}, {"ignore_index": 3}):
    loss = F.cross_entropy(logits, target, **kwargs)
    grad, = torch.autograd.grad(loss, logits)
    print(loss.item(), grad[0].tolist())

# softmax over a dim that is not the last: whole vectors of columns take SLEEF's exp
cols = torch.randn(64, 50) * 3
print(torch.softmax(cols, 0)[5].tolist())
print(torch.log_softmax(cols, 0)[7].tolist())
