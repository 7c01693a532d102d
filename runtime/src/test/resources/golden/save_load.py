# torch.save/torch.load of a state_dict and a checkpoint dict, and load_state_dict's checks; output from PyTorch 2.13.
import torch
import torch.nn as nn
torch.manual_seed(0)
m = nn.Linear(2, 1)
torch.save(m.state_dict(), "target/m.pt")
m2 = nn.Linear(2, 1)
m2.load_state_dict(torch.load("target/m.pt"))
print(m2.weight, m2.bias)
torch.save({'epoch': 3, 'w': torch.arange(3)}, "target/c.pt")
print(torch.load("target/c.pt"))
try:
    m2.load_state_dict({'weight': torch.ones(1, 2)})
except RuntimeError as e:
    print(e)
try:
    m2.load_state_dict({'weight': torch.ones(2, 2), 'bias': torch.ones(1)})
except RuntimeError as e:
    print(e)
print(m2.load_state_dict({'weight': torch.ones(1, 2)}, strict=False))
print(m2.load_state_dict(m2.state_dict()))
try: m2.load_state_dict({'weight': torch.ones(2, 2), 'bias': torch.ones(1), 'extra': torch.ones(1)})
except RuntimeError as e: print(repr(str(e)))
try: m2.load_state_dict({'weight': torch.ones(2, 2), 'bias': torch.ones(3)})
except RuntimeError as e: print(repr(str(e)))
print(m2.load_state_dict({'weight': torch.ones(1, 2), 'extra': 1}, strict=False))
r = m2.load_state_dict({'weight': torch.ones(1, 2)}, strict=False)
print(r.missing_keys, r.unexpected_keys)
missing, unexpected = r
print(missing, unexpected)
try: torch.load("target/nope.pt")
except FileNotFoundError as e: print(e)
except Exception as e: print(type(e).__name__)
