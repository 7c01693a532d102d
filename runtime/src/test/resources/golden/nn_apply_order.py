# Module.apply visits children before the module itself, as PyTorch's does (output from PyTorch 2.13).
import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = nn.Linear(1, 1)
        self.b = nn.Sequential(nn.ReLU(), nn.Linear(1, 2))
seen = []
Net().apply(lambda m: seen.append(type(m).__name__))
print(seen)
def init(m):
    if isinstance(m, nn.Linear):
        nn.init.zeros_(m.weight)
net = Net().apply(init)
print(net.b[1].weight)
