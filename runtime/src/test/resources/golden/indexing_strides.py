# Basic indexing, narrow and slicing report the strides PyTorch gives them, so is_contiguous() and
# view() agree with PyTorch (view of a non-contiguous slice raises its error).
import torch
x = torch.arange(24.).reshape(2, 3, 4)
cases = {
    "x[:, 0]": lambda: x[:, 0], "x[0]": lambda: x[0], "x[:, 1:]": lambda: x[:, 1:], "x[..., 1]": lambda: x[..., 1],
    "x[None]": lambda: x[None], "x[:, None]": lambda: x[:, None], "x[..., None]": lambda: x[..., None],
    "x[::2, ::2]": lambda: x[::2, ::2], "x[1, :, ::3]": lambda: x[1, :, ::3], "x.transpose(0, 2)[1]": lambda: x.transpose(0, 2)[1],
    "x.t2[:, 1:]": lambda: x[0].t()[:, 1:], "x[0, 1]": lambda: x[0, 1], "x[0, 1, 2]": lambda: x[0, 1, 2],
    "narrow": lambda: x.narrow(2, 1, 2), "x[1:]": lambda: x[1:], "xt[1:]": lambda: x[0].t()[1:],
    "x[:, None, 1]": lambda: x[:, None, 1], "x[None, ..., None]": lambda: x[None, ..., None],
}
for k, f in cases.items():
    v = f()
    print(k, tuple(v.shape), v.stride(), v.is_contiguous())
try:
    x[:, 1:].view(-1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(x[:, 0].reshape(-1).shape, x[:, 1:].reshape(-1).shape, x[0, :, 1:].view(3, 3).shape)
