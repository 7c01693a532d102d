# A script module that assigns layers or parameters before calling super().__init__(): PyTorch's
# AttributeError, while a plain attribute is still set. Output from PyTorch 2.13.0+cpu.
import torch
import torch.nn as nn

class NoSuper(nn.Module):
    def __init__(self):
        self.fc = nn.Linear(1, 1)

class NoSuperParameter(nn.Module):
    def __init__(self):
        self.w = nn.Parameter(torch.ones(1))

class NoSuperPlain(nn.Module):
    def __init__(self):
        self.k = 3

class Late(nn.Module):
    def __init__(self):
        self.k = 3
        super().__init__()
        self.fc = nn.Linear(1, 1)

for make in (NoSuper, NoSuperParameter):
    try:
        make()
    except AttributeError as e:
        print("AttributeError:", e)
print(NoSuperPlain().k)
late = Late()
print(late.k, [name for name, _ in late.named_parameters()])
