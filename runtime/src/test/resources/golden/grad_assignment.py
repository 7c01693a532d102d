# Assigning .grad: a tensor or None, else PyTorch's TypeError; torch.accelerator on a machine without one.
# Output from PyTorch 2.13.0+cpu.
import torch

t = torch.ones(2, requires_grad=True)
for value in [0., 1, 'a', [1.]]:
    try:
        t.grad = value
    except TypeError as e:
        print(e)
t.grad = torch.zeros(2)
print(t.grad)
t.grad = None
print(t.grad)
print(torch.accelerator.is_available(), torch.accelerator.current_accelerator(), torch.accelerator.device_count())
