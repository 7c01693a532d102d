# Element-wise ops and reductions on a 256x784 float32 tensor (200k elements), one line each.
import time
import torch
torch.manual_seed(0)
a = torch.randn(256, 784)
b = torch.randn(256, 784)
row = torch.randn(784)

def timed(name, f, n=400):
    for i in range(100):
        f()
    t0 = time.perf_counter()
    for i in range(n):
        f()
    print(f"ew_{name} us_per_op {(time.perf_counter() - t0) * 1e6 / n:.1f}")

timed("add", lambda: a + b)
timed("add_row", lambda: a + row)
timed("relu", lambda: torch.relu(a))
timed("exp", lambda: a.exp())
timed("sigmoid", lambda: torch.sigmoid(a))
timed("tanh", lambda: torch.tanh(a))
timed("gt", lambda: a > 0)
timed("where", lambda: torch.where(a > 0, a, b))
timed("sum", lambda: a.sum())
timed("softmax", lambda: torch.softmax(a, 1))
timed("transpose", lambda: a.t().contiguous())
