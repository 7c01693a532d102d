# Optimizer state_dict/load_state_dict and options as PyTorch prints them; output from PyTorch 2.13.
import torch
p = torch.nn.Parameter(torch.ones(2))
opt = torch.optim.Adam([p], lr=0.1)
p.grad = torch.ones(2)
opt.step()
sd = opt.state_dict()
opt2 = torch.optim.Adam([p], lr=0.5)
opt2.load_state_dict(sd)
print(opt2.param_groups[0]['lr'], opt2.state_dict()['state'][0]['step'])
opt2.step()
print(p)
q = torch.nn.Parameter(torch.tensor([1.0, -2.0]))
s1 = torch.optim.SGD([q], lr=0.1, momentum=0.9)
for _ in range(2):
    s1.zero_grad(); (q ** 2).sum().backward(); s1.step()
s2 = torch.optim.SGD([q], lr=0.1, momentum=0.9)
s2.load_state_dict(s1.state_dict())
s2.zero_grad(); (q ** 2).sum().backward(); s2.step()
print(q, s2.state_dict()['state'])
try:
    torch.optim.SGD([q, p], lr=0.1).load_state_dict(s1.state_dict())
except ValueError as e:
    print(e)
import torch.nn as nn
torch.manual_seed(5)
p = nn.Parameter(torch.randn(3))
for opt in [torch.optim.SGD([p], lr=0.1, momentum=0.9, nesterov=True, weight_decay=0.01),
            torch.optim.Adam([p], lr=0.01, betas=(0.8, 0.9), weight_decay=0.1, amsgrad=True),
            torch.optim.AdamW([p], lr=0.01)]:
    for _ in range(3):
        opt.zero_grad()
        loss = (p ** 2).sum() + p.sin().sum()
        loss.backward()
        opt.step()
    print(type(opt).__name__, p.data)
print(opt.state_dict()['param_groups'])
print(len(opt.state_dict()['state']), sorted(opt.state_dict()['state'][0].keys()))
opt2 = torch.optim.SGD([{'params': [p], 'lr': 0.5}], lr=0.1)
print(opt2.param_groups[0]['lr'], opt2)
sched = torch.optim.lr_scheduler.ExponentialLR(opt2, gamma=0.9)
for _ in range(2):
    opt2.step(); sched.step()
print(sched.get_last_lr())
x = torch.randn(4, 3)
t = torch.tensor([1, 0, 2, 1])
for l in [nn.CrossEntropyLoss(label_smoothing=0.1), nn.CrossEntropyLoss(weight=torch.tensor([1., 2., 3.])), nn.NLLLoss(reduction='sum')]:
    print(l(x.log_softmax(1) if isinstance(l, nn.NLLLoss) else x, t))
print(nn.BCELoss()(torch.sigmoid(x[:, 0]), torch.tensor([1., 0., 1., 0.])))
print(nn.BCEWithLogitsLoss(reduction='none')(x[:, 0], torch.tensor([1., 0., 1., 0.])))
print(nn.L1Loss()(x, torch.zeros(4, 3)), nn.MSELoss(reduction='sum')(x, torch.ones(4, 3)))
print(nn.functional.one_hot(t), nn.functional.one_hot(t, num_classes=4).shape)
print(nn.functional.gelu(x[0]), nn.functional.leaky_relu(x[0], 0.2))
print(opt.param_groups[0]['betas'], opt.param_groups[0]['params'][0].shape)
print(opt.state_dict()['state'][0]['step'])
