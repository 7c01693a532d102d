# Adam/AdamW when the parameters or the optimizer state are changed between steps; output from PyTorch 2.13.
import torch
import torch.nn as nn

torch.manual_seed(0)
lin = nn.Linear(3, 2)
opt = torch.optim.Adam(lin.parameters(), lr=0.1)
x = torch.randn(4, 3)

def step():
    opt.zero_grad()
    lin(x).pow(2).sum().backward()
    opt.step()

step()
print(lin.weight)
lin.weight.data = torch.ones(2, 3)            # assigned through .data
step()
print(lin.weight)
with torch.no_grad():
    lin.bias.mul_(0.5)                        # changed in place under no_grad
step()
print(lin.bias)
sd = opt.state_dict()
print(sd['state'][0]['exp_avg'])
step()
print(sd['state'][0]['exp_avg'])             # the state_dict holds the live moments
print(opt.state_dict()['state'][1]['exp_avg_sq'])

other = torch.optim.Adam(lin.parameters(), lr=0.1)
other.load_state_dict(opt.state_dict())
opt = other
step()
print(lin.weight)

torch.manual_seed(1)
net = nn.Linear(4, 3)
adamw = torch.optim.AdamW(net.parameters(), lr=0.05, weight_decay=0.1)
for _ in range(3):
    adamw.zero_grad()
    net(torch.ones(2, 4)).sum().backward()
    adamw.step()
print(net.weight)
adamw.param_groups[0]['maximize'] = True
adamw.zero_grad()
net(torch.ones(2, 4)).sum().backward()
adamw.step()
print(net.bias)
print(adamw.state_dict()['state'][1]['exp_avg'])
