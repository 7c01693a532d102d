# Dataset subclasses, DataLoader batching and collation, Subset and random_split (seeded); output from PyTorch 2.13.
import torch
from torch.utils.data import Dataset, DataLoader, TensorDataset, random_split
class Squares(Dataset):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        return torch.tensor([float(i)]), torch.tensor(float(i * i))
torch.manual_seed(0)
dl = DataLoader(Squares(10), batch_size=4, shuffle=True, drop_last=True)
for xb, yb in dl:
    print(xb.shape, yb)
print(len(dl))
dl2 = DataLoader(Squares(5), batch_size=2)
print([b[1].tolist() for b in dl2])
ds = TensorDataset(torch.arange(6.), torch.arange(6))
print(ds[2], len(ds), ds[1:3])
tr, te = random_split(ds, [4, 2])
print(len(tr), len(te), [tr[i][1].item() for i in range(len(tr))])
dl3 = DataLoader(list(range(7)), batch_size=3)
print(list(dl3))
dl4 = DataLoader([(1, 2.0), (3, 4.0)], batch_size=2)
print(next(iter(dl4)))
