# Sizes a tensor cannot have: PyTorch's errors, never a silent wrap-around or a JVM crash.
import torch

def attempt(make):
    try:
        print(make())
    except RuntimeError as e:
        print(type(e).__name__ + ":", str(e).split(" (Kindling's limit")[0])

attempt(lambda: torch.zeros(-1))
attempt(lambda: torch.ones(2, -3))
attempt(lambda: torch.randn(-1))
attempt(lambda: torch.zeros(2**62))
attempt(lambda: torch.zeros(2**62, 4))
attempt(lambda: torch.full((2**40, 2**30), 1.0))
attempt(lambda: torch.ones(3).view(2**62, 4))
attempt(lambda: torch.ones(3).reshape(2**31, 1))
attempt(lambda: torch.ones(2, 3).view(3, 2))
attempt(lambda: torch.zeros(0, 3))
