# Ops added as one declaration each: values, dtypes, grad_fn names, gradients and errors.
# Output from PyTorch 2.13.0+cpu.
import torch

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

# trace
m = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)
t = m.trace()
print(t, torch.trace(m.detach()), torch.arange(9).view(3, 3).trace())
t.backward()
print(m.grad)
print(torch.tensor([[0.1, 0.2], [0.3, 0.7]]).trace().item(), torch.eye(3, dtype=torch.float64).trace())
attempt(lambda: torch.trace(torch.ones(3)))
attempt(lambda: torch.tensor([[True, False], [True, True]]).trace())
attempt(lambda: torch.trace(m, 1))

# logaddexp
x = torch.tensor([-100., 0., 1000., float("inf"), 2., 0.3], requires_grad=True)
y = torch.tensor([-100., 0., 1000., float("inf"), -3., 0.7], requires_grad=True)
z = torch.logaddexp(x, y)
print(z)
z[[0, 1, 2, 4, 5]].sum().backward()
print(x.grad, y.grad)
print(x.detach().logaddexp(torch.tensor(0.)), torch.logaddexp(torch.tensor([1., 2.], dtype=torch.float64), torch.tensor(0., dtype=torch.float64)))
a = torch.linspace(-5, 5, 41)
# float32 agrees with PyTorch's SLEEF kernel to the last bit or one unit in it: 7 digits printed
print(["%.7g" % v for v in torch.logaddexp(a, a.flip(0) * 0.37).tolist()])
attempt(lambda: torch.logaddexp(x, 1.0))
