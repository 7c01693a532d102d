# A two-class classifier on points inside/outside a circle, trained in mini-batches.
import torch
import torch.nn as nn
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(0)
points = torch.rand(200, 2) * 2 - 1
labels = (points.pow(2).sum(dim=1) < 0.5).long()
print("inside:", labels.sum().item(), "outside:", (labels == 0).sum().item())

loader = DataLoader(TensorDataset(points, labels), batch_size=20, shuffle=True)
model = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 2))
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.5, momentum=0.9)

for epoch in range(30):
    total = 0.0
    for xb, yb in loader:
        loss = loss_fn(model(xb), yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        total += loss.item() * len(xb)
    if epoch % 10 == 0 or epoch == 29:
        accuracy = (model(points).argmax(dim=1) == labels).float().mean()
        print(f"epoch {epoch:2d}  loss {total / len(points):.2f}  accuracy {accuracy:.2f}")
