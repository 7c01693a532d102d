# Loads what a typical script loads (torch, nn, a training step), so the build's class-data
# archive (kindling.jsa, see repl/pom.xml) holds those classes for bin/kindling's start-up.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(1, 4), nn.ReLU(), nn.Linear(4, 1))
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
x = torch.rand(8, 1)
loss = nn.MSELoss()(model(x), x * 2)
loss.backward()
optimizer.step()
optimizer.zero_grad()
_ = F.softmax(torch.randn(2, 3), dim=1).sum().item()
_ = str(torch.ones(2))
