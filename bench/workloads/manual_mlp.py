# A hand-written 784-256-10 MLP as a teacher writes it from scratch: x @ W.T + b, relu,
# cross_entropy, backward, then p -= lr * p.grad and p.grad.zero_() under no_grad. Batch 64.
import time
import torch
torch.manual_seed(0)
X = torch.randn(512, 784)
y = torch.randint(0, 10, (512,))
W1 = (torch.randn(256, 784) * 0.01).requires_grad_()
b1 = torch.zeros(256, requires_grad=True)
W2 = (torch.randn(10, 256) * 0.01).requires_grad_()
b2 = torch.zeros(10, requires_grad=True)

def step(i):
    xb = X[i:i + 64]
    yb = y[i:i + 64]
    h = torch.relu(xb @ W1.T + b1)
    loss = torch.nn.functional.cross_entropy(h @ W2.T + b2, yb)
    loss.backward()
    with torch.no_grad():
        for p in (W1, b1, W2, b2):
            p -= 0.1 * p.grad
            p.grad.zero_()
    return loss

for i in range(50):
    step((i % 8) * 64)
best = 1e9
for rep in range(5):
    t0 = time.perf_counter()
    for i in range(100):
        step((i % 8) * 64)
    best = min(best, time.perf_counter() - t0)
print(f"manual_mlp us_per_step {best * 1e4:.1f}")
