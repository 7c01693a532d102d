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
