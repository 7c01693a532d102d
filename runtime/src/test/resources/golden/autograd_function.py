# torch.autograd.Function subclasses: static forward/backward with a ctx, save_for_backward and
# saved_tensors, needs_input_grad, arguments that are not tensors, mark_non_differentiable, the node
# scripts see as grad_fn, and PyTorch's errors for a backward that returns the wrong gradients.
# A cubic fitted through its own Function, as pytorch/tutorials' "Defining New autograd Functions"
# does. Output from PyTorch 2.13.0+cpu.
import math
import torch
from torch.autograd import Function
from torch.autograd.function import once_differentiable


def node(fn):
    return repr(fn).split(" at ")[0] + ">" if fn is not None else None


class Cubic(Function):
    """P3(x) = (5x^3 - 3x) / 2 and its derivative 3/2 (5x^2 - 1)."""

    @staticmethod
    def forward(ctx, z):
        ctx.save_for_backward(z)
        return 0.5 * (5 * z ** 3 - 3 * z)

    @staticmethod
    def backward(ctx, grad):
        z, = ctx.saved_tensors
        return grad * 1.5 * (5 * z ** 2 - 1)


torch.manual_seed(0)
xs = torch.linspace(-math.pi, math.pi, 200, dtype=torch.float64)
target = torch.sin(xs) + 0.01 * torch.randn(200, dtype=torch.float64)
w = [torch.full((), v, dtype=torch.float64, requires_grad=True) for v in (0.0, -1.0, 0.0, 0.3)]
for step in range(300):
    pred = w[0] + w[1] * Cubic.apply(w[2] + w[3] * xs)
    loss = (pred - target).pow(2).sum()
    if step % 60 == 59:
        print(step, round(loss.item(), 10))
    loss.backward()
    with torch.no_grad():
        for p in w:
            p -= 5e-5 * p.grad
            p.grad = None
print("fit:", [round(p.item(), 8) for p in w])
print(node(pred.grad_fn), node(pred.grad_fn.next_functions[1][0].next_functions[1][0]))


class Scaled(Function):
    @staticmethod
    def forward(ctx, x, factor, shift=0.0):
        ctx.factor = factor
        ctx.save_for_backward(x)
        print("needs_input_grad:", ctx.needs_input_grad, "saved so far:", len(ctx.saved_tensors))
        return x.clamp(min=0) * factor + shift

    @staticmethod
    @once_differentiable
    def backward(ctx, grad):
        x, = ctx.saved_tensors
        g = grad.clone()
        g[x < 0] = 0
        return g * ctx.factor, None, None


x = torch.tensor([-1.0, 2.0, 3.0], requires_grad=True)
y = Scaled.apply(x, 3)
print(y)
fn = y.grad_fn
print(node(fn), type(fn), fn.name(), fn.factor, fn is y.grad_fn)
print(len(fn.next_functions), node(fn.next_functions[0][0]), type(Scaled._backward_cls))
print(fn.saved_tensors)
y.sum().backward()
print(x.grad)
try:
    fn.saved_tensors
except RuntimeError as e:
    print("RuntimeError:", str(e)[:60])
with torch.no_grad():
    z = Scaled.apply(x, 2, 1.0)
print(z, z.grad_fn, z.requires_grad)
print(Scaled.apply(torch.ones(2), 2).grad_fn)


class ArgMaxAndDouble(Function):
    @staticmethod
    def forward(ctx, a):
        where = a.argmax()
        ctx.mark_non_differentiable(where)
        return a * 2, where

    @staticmethod
    def backward(ctx, grad, grad_where):
        print("grad for the index:", grad_where)
        return grad * 2


a = torch.tensor([1.0, 5.0, 2.0], requires_grad=True)
doubled, where = ArgMaxAndDouble.apply(a)
print(doubled, where, where.requires_grad)
doubled.sum().backward()
print(a.grad)


class Same(Function):
    @staticmethod
    def forward(ctx, a):
        return a

    @staticmethod
    def backward(ctx, grad):
        return grad


s = Same.apply(a)
print(s, s is a, node(s.grad_fn))


def attempt(label, make, backward=True):
    try:
        out = make()
        if backward:
            out.sum().backward()
        print(label, "-> ok")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


def product(ctx, a, b):
    return a * b


class TooFew(Function):
    forward = staticmethod(product)
    backward = staticmethod(lambda ctx, g: g)


class TooMany(Function):
    forward = staticmethod(product)
    backward = staticmethod(lambda ctx, g: (g, g, g))


class WrongShape(Function):
    forward = staticmethod(product)
    backward = staticmethod(lambda ctx, g: (torch.ones(3), None))


class Broadcast(Function):
    forward = staticmethod(product)
    backward = staticmethod(lambda ctx, g: (torch.ones(4, 2), None))


class NotTensor(Function):
    forward = staticmethod(product)
    backward = staticmethod(lambda ctx, g: (3, None))


class AllNone(Function):
    forward = staticmethod(product)
    backward = staticmethod(lambda ctx, g: (None, None))


u = torch.ones(2, requires_grad=True)
for f in (TooFew, TooMany, WrongShape, Broadcast, NotTensor, AllNone):
    attempt(f.__name__, lambda: f.apply(u, u))
print(u.grad)


class NoBackward(Function):
    @staticmethod
    def forward(ctx, a):
        return a * 2


class SavesNumber(Function):
    @staticmethod
    def forward(ctx, a):
        ctx.save_for_backward(a, 3)
        return a


attempt("no backward", lambda: NoBackward.apply(u))
attempt("no forward", lambda: Function.apply(u), backward=False)
attempt("saves a number", lambda: SavesNumber.apply(u), backward=False)
attempt("missing argument", lambda: Scaled.apply(u), backward=False)
