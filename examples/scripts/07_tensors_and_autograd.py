# Tensors and autograd, as in the course's Parts 2 and 3.
import torch

x = torch.tensor(3.14)
v = torch.tensor([1.0, 2.0, 3.0])
m = torch.tensor([[1, 2], [3, 4], [5, 6]])
print(x, v, m, sep="\n")
print(m.shape, m.dtype, v.dtype, x.dim())
a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([4.0, 5.0, 6.0])
print(a + b, a * b, a @ b)
print(m.float().mean(dim=0), m.sum(), m.T)

# y = x^2 + 3x, so dy/dx = 2x + 3 = 7 at x = 2
x = torch.tensor(2.0, requires_grad=True)
y = x ** 2 + 3 * x
y.backward()
print(y, x.grad)

# one neuron: z = w.x + b, a = sigmoid(z), loss = (a - target)^2
inputs = torch.tensor([0.5, -1.0, 2.0])
w = torch.tensor([0.1, 0.4, -0.3], requires_grad=True)
bias = torch.tensor(0.2, requires_grad=True)
loss = (torch.sigmoid(w @ inputs + bias) - 1.0) ** 2
loss.backward()
print(loss)
print(w.grad, bias.grad)
with torch.no_grad():
    w -= 0.5 * w.grad
print(w, w.requires_grad)
