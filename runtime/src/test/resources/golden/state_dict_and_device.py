# state_dict() is a collections.OrderedDict; dict views and torch.device print as in Python/PyTorch. Output from PyTorch 2.13.
import torch
import torch.nn as nn
torch.manual_seed(0)
l = nn.Linear(2, 1)
sd = l.state_dict()
print(sd)
print(type(sd).__name__, list(sd.items())[0][0], sd.keys(), sd.values().__class__.__name__)
import collections
print(collections.OrderedDict(a=1))
od = collections.OrderedDict()
print(od)
od['x'] = torch.ones(1)
od['y'] = 2
print(od, od.keys(), od.values(), od.items())
print(isinstance(od, dict), type(od), od.copy())
d = {'a': 1}
print(d.keys(), d.values(), d.items(), type(d.keys()).__name__)
m = nn.Sequential(nn.Linear(1, 1))
print(list(m.state_dict().keys()))
m.load_state_dict(m.state_dict())
print(dict(l.state_dict()).keys())
d = torch.device('cpu')
print(d, repr(d), d.type, d.index, torch.ones(1).device, [torch.ones(1).device], d == torch.device('cpu'))
