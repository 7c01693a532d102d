# nn.init: Xavier and Kaiming (uniform and normal, fan modes, gains), constants and eye_, seeded as PyTorch (output from PyTorch 2.13).
import torch
import torch.nn as nn
torch.manual_seed(0)
w = torch.empty(3, 4)
nn.init.xavier_uniform_(w); print(w)
nn.init.xavier_normal_(w); print(w)
nn.init.kaiming_uniform_(w, nonlinearity='relu'); print(w)
nn.init.kaiming_normal_(w, mode='fan_out'); print(w)
nn.init.normal_(w, mean=0, std=0.02); print(w)
nn.init.uniform_(w, -0.1, 0.1); print(w)
nn.init.constant_(w, 0.5); print(w.sum())
nn.init.ones_(w); nn.init.zeros_(w); print(w.sum())
print(nn.init.eye_(torch.empty(2, 3)))
print(nn.init.calculate_gain('relu'), nn.init.calculate_gain('tanh'), nn.init.calculate_gain('leaky_relu', 0.2))
