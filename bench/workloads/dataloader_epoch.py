# One shuffled epoch of a DataLoader over a TensorDataset of 10000x784, batch 64 (the batches only).
import time
import torch
from torch.utils.data import TensorDataset, DataLoader
torch.manual_seed(0)
loader = DataLoader(TensorDataset(torch.randn(10000, 784), torch.randint(0, 10, (10000,))), batch_size=64,
                    shuffle=True)
best = 1e9
for rep in range(15):
    t0 = time.perf_counter()
    for xb, yb in loader:
        pass
    best = min(best, time.perf_counter() - t0)
print(f"dataloader_epoch ms_per_epoch {best * 1000:.2f}")
