# Module buffers: register_buffer (persistent or not), named_buffers, assignment, and register_buffer's
# and register_parameter's errors. Output from PyTorch 2.13.0+cpu.
import torch
import torch.nn as nn
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
m = nn.Linear(1, 1)
m.register_buffer("b", torch.ones(1))
m.register_buffer("t", torch.zeros(2), persistent=False)
print(list(m.state_dict().keys()), [n for n, _ in m.named_buffers()], m.b, len(list(m.buffers())))
s = nn.Sequential(m, nn.ReLU())
print([n for n, _ in s.named_buffers()])
m.b = torch.full((1,), 5.)
print(m.b, m.state_dict()["b"])
attempt("bad setattr", lambda: setattr(m, "b", 3))
attempt("name int", lambda: m.register_buffer(3, torch.ones(1)))
attempt("dot", lambda: m.register_buffer("a.b", torch.ones(1)))
attempt("empty", lambda: m.register_buffer("", torch.ones(1)))
attempt("exists", lambda: m.register_buffer("weight", torch.ones(1)))
attempt("not tensor", lambda: m.register_buffer("c", 3))
attempt("param not param", lambda: m.register_parameter("w", torch.ones(1)))
attempt("param ok", lambda: (m.register_parameter("w", nn.Parameter(torch.ones(1))), [n for n, _ in m.named_parameters()])[1])
attempt("param exists", lambda: m.register_parameter("b", nn.Parameter(torch.ones(1))))
attempt("none buffer", lambda: (m.register_buffer("n", None), list(m.state_dict().keys()))[1])
