# A batch sliced from a float dataset is a view: it sees writes to the dataset and writes
# through to it, and products of batches (one batch with its own transpose, two batches of one
# tensor) read the dataset's rows in place. Output from PyTorch 2.13.
import torch
torch.manual_seed(0)
X = torch.randn(512, 784)
xb = X[64:128]
print(xb.shape, xb.dtype)
print(xb[0, :3])
X[64, 0] = 100.0
print(xb[0, 0])
xb[1, 1] = -5.0
print(X[65, 1])
W = torch.randn(10, 784, requires_grad=True)
out = xb @ W.t()
print(out.shape)
out.sum().backward()
print(W.grad.shape, round(float(W.grad.sum()), 2))
y = xb * 2
print(round(float(y.sum()), 2), round(float(xb.sum()), 2))
Z = torch.randn(300, 100, requires_grad=True)
zb = Z[10:110]
(zb ** 2).sum().backward()
print(round(float(Z.grad.sum()), 2))
print(X[100:200].mean().item() != 0)
print(torch.mm(X[0:100], X[0:100].t()).shape)
A = X[0:256]
G = A @ A.t()
print(round(float(G.sum()), 0), round(float(G[5, 5]), 2), round(float(G[200, 3]), 2))
B = X[100:356]
print(round(float((B @ A.t())[7, 9]), 2))
