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

print("== losses")
p = torch.tensor([[0.2, -1.0, 3.0], [0.4, 2.5, -0.3]], requires_grad=True)
q = torch.tensor([[0.0, 0.5, 0.9], [0.4, 0.0, -2.0]])
for loss in [nn.SmoothL1Loss(), nn.SmoothL1Loss(beta=0.5), nn.SmoothL1Loss(reduction='none'),
             nn.HuberLoss(), nn.HuberLoss(delta=2.0, reduction='sum'), nn.HuberLoss(reduction='none')]:
    out = loss(p, q)
    g, = torch.autograd.grad(out.sum(), p)
    print(loss, out, g, sep="\n")
print(F.smooth_l1_loss(p, q, beta=0.0))
print(F.huber_loss(p, q, delta=0.1))
print(F.smooth_l1_loss(p, q, reduction='sum', beta=2.0).grad_fn.name())

logp = torch.tensor([[0.1, 0.6, 0.3], [0.25, 0.25, 0.5]]).log().requires_grad_()
tp = torch.tensor([[0.2, 0.8, 0.0], [0.3, 0.3, 0.4]])
for r in ['batchmean', 'sum', 'none']:
    out = F.kl_div(logp, tp, reduction=r)
    g, = torch.autograd.grad(out.sum(), logp)
    print(r, out, g, out.grad_fn.name(), sep="\n")
kl = nn.KLDivLoss(reduction='batchmean', log_target=True)
print(kl, kl(logp, (tp + 0.1).log()))

a = torch.tensor([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0], [-1.0, 0.5, 2.0]], requires_grad=True)
b = torch.tensor([[1.0, 0.0, -1.0], [1.0, 1.0, 1.0], [2.0, -1.0, 4.0]])
cs = F.cosine_similarity(a, b)
print(cs, F.cosine_similarity(a, b, dim=0), F.cosine_similarity(a, torch.tensor([1.0, 1.0, 1.0]), dim=-1), sep="\n")
print(cs.grad_fn.name(), torch.autograd.grad(cs.sum(), a)[0])
n = F.normalize(a)
print(n, F.normalize(a, dim=0), F.normalize(a, p=1), n.grad_fn.name(), sep="\n")
print(torch.autograd.grad(n[:, 0].sum(), a)[0])

for bad in [lambda: F.smooth_l1_loss(p, q, reduction='foo'), lambda: F.huber_loss(p, q, delta=0.0),
            lambda: F.smooth_l1_loss(p, q, beta=-1.0), lambda: F.kl_div(logp, tp, reduction='avg'),
            lambda: F.normalize(a, dim=2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

print("== layers")
torch.manual_seed(3)
ln = nn.LayerNorm(4)
print(ln, ln.weight, ln.bias, nn.LayerNorm([2, 3], eps=1e-3, elementwise_affine=False), sep="\n")
x = torch.randn(2, 3, 4, requires_grad=True)
y = ln(x)
print(y, y.grad_fn.name())
(y * torch.arange(24.0).reshape(2, 3, 4)).sum().backward()
print(x.grad, ln.weight.grad, ln.bias.grad, sep="\n")
w = torch.tensor([1.0, 2.0, 0.5, -1.0, 0.0, 3.0], requires_grad=True)
b = torch.tensor([0.1, 0.2, 0.3, 0.4, 0.5, 0.6], requires_grad=True)
z = torch.randn(3, 2, 3)
out = F.layer_norm(z, (6,) if False else [2, 3], w.view(2, 3), b.view(2, 3))
print(out)
emb = nn.Embedding(10, 3)
print(emb, emb.weight, emb.num_embeddings, emb.embedding_dim)
idx = torch.tensor([[1, 2, 1], [9, 0, 2]])
e = emb(idx)
print(e, e.shape, e.grad_fn.name())
(e * 2).sum().backward()
print(emb.weight.grad)
print(F.embedding(torch.tensor([2, 0]), torch.arange(6.0).reshape(3, 2)))
print(nn.Sequential(nn.Embedding(5, 4), nn.LayerNorm(4), nn.SiLU()))
for bad in [lambda: emb(torch.tensor([10])), lambda: emb(torch.tensor([1.0])), lambda: ln(torch.zeros(2, 3)),
            lambda: F.layer_norm(torch.zeros(2, 3, 4), [3, 5])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)


print("== containers")
torch.manual_seed(0)
d = nn.ModuleDict({'b': nn.Linear(2, 3), 'a': nn.ReLU()})
d['c'] = nn.Tanh()
print(d)
print(len(d), 'a' in d, 'z' in d, list(d.keys()), list(d.values())[1], list(d.items())[0])
print(nn.ModuleDict(), nn.ModuleDict([('x', nn.SiLU())]))
print([n for n, _ in d.named_parameters()])
for k in d:
    print(k, d[k])
d.update({'e': nn.SiLU()})
print(list(d))


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.heads = nn.ModuleDict({'x': nn.Linear(2, 1), 'y': nn.Linear(2, 2)})
        self.unflat = nn.Unflatten(1, (2, 1))

    def forward(self, t):
        return self.unflat(self.heads['y'](t))


net = Net()
print(net)
print([n for n, _ in net.named_parameters()], list(net.state_dict().keys()))
print(net(torch.ones(3, 2)).shape)
u = nn.Unflatten(1, (2, 3))
x = torch.arange(12.).reshape(2, 6).requires_grad_()
print(u, nn.Unflatten(-1, [2, -1]), u(x), u(x).grad_fn.name(), nn.Unflatten(-1, [2, -1])(x).shape)
for bad in [lambda: d['zz'], lambda: nn.ModuleDict({'x': 3}), lambda: u(torch.zeros(2, 5)), lambda: d(torch.zeros(1))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

torch.manual_seed(1)
pl = nn.ParameterList([nn.Parameter(torch.ones(2)), nn.Parameter(torch.zeros(3))])
print(pl)
print(len(pl), pl[0], [n for n, _ in pl.named_parameters()])
pl.append(nn.Parameter(torch.randn(2, 2)))
print(pl)
print(pl[-1])
print(nn.ParameterList([torch.ones(2)])[0], nn.ParameterList(), nn.ParameterList([nn.Parameter(torch.tensor(1.))]))


class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.ps = nn.ParameterList([nn.Parameter(torch.ones(1))])
        self.d = nn.ModuleDict({'l': nn.Linear(1, 1)})

    def forward(self, x):
        return self.d['l'](x) * self.ps[0]


m = M()
print(m, [n for n, _ in m.named_parameters()], sep="\n")
m(torch.tensor([[2.0]])).sum().backward()
print([p.grad for p in m.parameters()])
print(sum(p.sum() for p in pl))
try:
    pl[5]
except Exception as e:
    print(type(e).__name__, e)

torch.manual_seed(0)
e = nn.Embedding(5, 2, padding_idx=-2)
print(e, e.padding_idx, nn.Embedding(3, 1).padding_idx, e.weight)
y = e(torch.tensor([3, 1, 3]))
y.sum().backward()
print(e.weight.grad)
w = torch.ones(4, 2, requires_grad=True)
F.embedding(torch.tensor([0, 1, 1]), w, padding_idx=1).sum().backward()
print(w.grad)
for bad in [lambda: nn.Embedding(5, 2, padding_idx=5), lambda: nn.Embedding(5, 2, padding_idx=-6)]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)

print("== inplace")
inplace = [("silu", lambda t: F.silu(t, inplace=True)), ("elu", lambda t: F.elu(t, 0.5, inplace=True)),
           ("hardtanh", lambda t: F.hardtanh(t, inplace=True)), ("relu6", lambda t: F.relu6(t, inplace=True)),
           ("ELU", nn.ELU(inplace=True)), ("ReLU6", nn.ReLU6(inplace=True)), ("SiLU", nn.SiLU(inplace=True)),
           ("Hardtanh", nn.Hardtanh(-0.5, 0.5, inplace=True))]
for name, f in inplace:
    x = torch.tensor([-1.0, 0.25, 0.75, 2.0, 7.0], requires_grad=True)
    y = x * 1
    z = f(y)
    z.sum().backward()
    print(name, z is y, z.grad_fn.name(), y, x.grad)
print(nn.ELU(inplace=True), nn.ReLU6(inplace=True), nn.SiLU(inplace=True), nn.Hardtanh(inplace=True))
with torch.no_grad():
    w = torch.tensor([-2.0, 0.5])
    print(F.relu6(w, inplace=True) is w, w)
try:
    F.elu(torch.tensor([1.0], requires_grad=True), inplace=True)
except Exception as e:
    print(type(e).__name__, e)
