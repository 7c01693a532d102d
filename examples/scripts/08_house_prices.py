# The course's Part 5: predict house prices with a small network and the 5-step training loop.
import torch
import torch.nn as nn

torch.manual_seed(42)
sqft = torch.rand(100, 1) * 5         # 0-5 (in thousands)
price = 200 * sqft + 50 + torch.randn(100, 1) * 20

print(f"sqft range: {sqft.min():.1f} - {sqft.max():.1f}")
print(f"price range: {price.min():.0f} - {price.max():.0f}")


class HousePriceNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(1, 16),
            nn.ReLU(),
            nn.Linear(16, 1),
        )

    def forward(self, x):
        return self.layers(x)


model = HousePriceNet()
print(model)
print(sum(p.numel() for p in model.parameters()), "parameters")

loss_fn = nn.MSELoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
for epoch in range(500):
    pred = model(sqft)
    loss = loss_fn(pred, price)
    loss.backward()
    optimizer.step()
    optimizer.zero_grad()
    if epoch % 100 == 0:
        print(f"Epoch {epoch:>3d} | Loss: {loss.item():.0f}")

with torch.no_grad():
    predicted = model(torch.tensor([[3.0]]))
    print(f"3,000 sqft -> predicted price: ${predicted.item():.0f}k")
