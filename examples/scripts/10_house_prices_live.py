# The course's Part 5, live: `bin/kindling --lab examples/scripts/10_house_prices_live.py` opens
# Kindling Lab, where the loss curve grows and the prediction line bends toward the data as the
# model trains. Under PyTorch (no kindling.lab) the same script trains and prints the same.
import time

import torch
import torch.nn as nn

try:
    import kindling.lab as lab
except ImportError:
    lab = None

torch.manual_seed(42)
sqft = torch.rand(100, 1) * 5         # 0-5 (in thousands)
price = 200 * sqft + 50 + torch.randn(100, 1) * 20

model = nn.Sequential(nn.Linear(1, 16), nn.ReLU(), nn.Linear(16, 1))
if lab is not None:
    lab.watch(model, sqft, price)     # the data as points, the model's prediction as a line

loss_fn = nn.MSELoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.05)
losses = []
for epoch in range(300):
    pred = model(sqft)
    loss = loss_fn(pred, price)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    losses.append(loss.item())        # each loss.item() is one more point of the Lab's curve
    if epoch % 50 == 0:
        print(f"Epoch {epoch:>3d} | Loss: {losses[-1]:.0f}")
    time.sleep(0.005)                 # slow enough to watch the line move

print(f"final loss: {losses[-1]:.0f}")
with torch.no_grad():
    print(f"3,000 sqft -> predicted price: ${model(torch.tensor([[3.0]])).item():.0f}k")
