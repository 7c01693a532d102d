# Views share their base's storage: strides, storage offsets, data_ptr, _base, _version, writes
# through any alias seen by all, and autograd through views. Output from PyTorch 2.13.0+cpu.
import torch

x = torch.arange(12.).view(3, 4)
def views():
    return {"x[0]": x[0], "x[:, 1]": x[:, 1], "x.t()": x.t(), "x.view(-1)": x.view(-1), "x[::2]": x[::2],
            "x[1:, ::2]": x[1:, ::2], "x.unsqueeze(0)": x.unsqueeze(0), "x[0].expand(2, 4)": x[0].expand(2, 4),
            "x.t()[1]": x.t()[1], "x.narrow(1, 1, 2)": x.narrow(1, 1, 2), "x.permute(1, 0)[2:]": x.permute(1, 0)[2:],
            "x[1][2:]": x[1][2:], "x[None, 1, ..., 3]": x[None, 1, ..., 3]}
for name, v in views().items():
    print(name, v.stride(), v.storage_offset(), v.is_contiguous(), v._is_view(), v._base is x._base,
          (v.data_ptr() - x.data_ptr()) // x.element_size())

live = views()
x[0, 1] = 100.
x[2] += 1000
for name, v in live.items():
    print(name, v.tolist())

writers = [("x[0]", lambda: x[0]), ("x[:, 1]", lambda: x[:, 1]), ("x.t()", lambda: x.t()),
           ("x.view(-1)", lambda: x.view(-1)), ("x[::2]", lambda: x[::2]), ("x.unsqueeze(0)", lambda: x.unsqueeze(0))]
for name, make in writers:
    before = x._version
    v = make()
    v.mul_(-1)
    print(name, x.tolist(), x._version - before, v._version == x._version)
    v.mul_(-1)

e = x[0].expand(2, 4)
try:
    e.add_(1)
except RuntimeError as err:
    print("RuntimeError:", str(err).split("\n")[0])

t = x.t()
t[3, 2] = 7.
print(x[2, 3].item(), live["x[:, 1]"].tolist())
y = x[1:]
z = y[:, 2:]
z.zero_()
print(x.tolist(), z._base is x._base, z.storage_offset(), y.data_ptr() == x[1].data_ptr())

a = torch.ones(3, requires_grad=True)
b = a * 2
c = b[1:]
c.mul_(3)
b.sum().backward()
print(a.grad, b.grad_fn.name(), c.grad_fn.name())

leaf = torch.ones(2, 2, requires_grad=True)
try:
    leaf[0].add_(1)
except RuntimeError as err:
    print("RuntimeError:", err)
m = torch.ones(2, 3, requires_grad=True)
s = m.t()[1:]
(s * torch.tensor([[1.], [2.]])).sum().backward()
print(m.grad)

w = torch.zeros(2000, 2000)
many = [w[i:, 1:] for i in range(1000)] + [w.t() for _ in range(100)] + [w.view(-1) for _ in range(100)]
w[1999, 1999] = 3.
print(len(many), many[999].shape, many[999].storage_offset(), many[999][-1, -1].item(), many[1050][1999, 1999].item())

# select, detach, reshape copies, diagonal, as_strided, untyped_storage
x2 = torch.arange(12.).view(3, 4)
def attempt_view(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
attempt_view("unbind", lambda: [(t._is_view(), t.storage_offset(), t.stride()) for t in x2.unbind(1)])
attempt_view("split", lambda: [(t._is_view(), t.storage_offset(), t.stride()) for t in x2.split(2, 1)])
attempt_view("chunk", lambda: [(t._is_view(), t.storage_offset(), t.stride()) for t in x2.chunk(2)])
attempt_view("select", lambda: (x2.select(1, 2)._is_view(), x2.select(1, 2).storage_offset()))
attempt_view("detach", lambda: (x2.detach()._is_view(), x2.detach().data_ptr() == x2.data_ptr()))
attempt_view("data", lambda: (x2.data._is_view(), x2.data.data_ptr() == x2.data_ptr()))
attempt_view("squeeze", lambda: x2.unsqueeze(1).squeeze(1)._is_view())
attempt_view("flatten", lambda: (x2.flatten()._is_view(), x2.t().flatten()._is_view()))
attempt_view("reshape t", lambda: (x2.t().reshape(-1)._is_view(), x2.reshape(2, 6)._is_view()))
attempt_view("contiguous", lambda: (x2.contiguous() is x2, x2.t().contiguous()._is_view()))
attempt_view("T", lambda: (x2.T._is_view(), x2.mT._is_view() if hasattr(x2, "mT") else None))
attempt_view("diagonal", lambda: (x2.diagonal().tolist(), x2.diagonal(1).stride(), torch.diagonal(x2, -1).tolist()))
attempt_view("as_strided", lambda: x2.as_strided((2, 2), (1, 4), 1).tolist())
attempt_view("untyped_storage", lambda: (x2[1].untyped_storage().data_ptr() == x2.untyped_storage().data_ptr(), x2.untyped_storage().nbytes()))
y = torch.zeros(4)
for t in y.unbind(0):
    t.add_(1)
print(y)
for t in y.split(2):
    t.mul_(3)
print(y)
