# float64 matrix products, as stored and with a transposed operand, one line each.
import time
import torch
torch.manual_seed(0)

def timed(name, n, f, reps):
    f()
    best = 1e9
    for rep in range(5):
        t0 = time.perf_counter()
        for i in range(reps):
            f()
        best = min(best, time.perf_counter() - t0)
    print(f"f64_{name} gflops {2 * n ** 3 * reps / best / 1e9:.1f}")

for n, reps in [(256, 20), (1024, 2)]:
    a = torch.randn(n, n, dtype=torch.float64)
    b = torch.randn(n, n, dtype=torch.float64)
    timed(f"mm{n}", n, lambda: a @ b, reps)
    timed(f"mm{n}_bT", n, lambda: a @ b.t(), reps)
    timed(f"mm{n}_aT", n, lambda: a.t() @ b, reps)
