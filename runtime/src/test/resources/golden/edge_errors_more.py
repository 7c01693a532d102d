# More values at the edges of built-ins and torch: the errors CPython and PyTorch raise, never a
# Java exception. Output from CPython 3.11.7 with PyTorch 2.13.0+cpu.
import torch

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("input", lambda: input())
attempt("divmod", lambda: divmod(1.0, 0))
attempt("divmod", lambda: divmod(1, 0.0))
attempt("divmod", lambda: divmod(7, 0))
attempt("divmod", lambda: divmod(-7.5, 2))
attempt("precision g", lambda: format(1.5, ".900000000g"))
attempt("precision tail", lambda: ("%.1100f" % 5e-324)[-30:])
attempt("exact", lambda: format(0.1, ".60f"))
attempt("width", lambda: len(format(1, ">10000000")))
attempt("width", lambda: len("%0*d" % (10000000, 1)))
attempt("width", lambda: len("x".zfill(10000000)))
attempt("width", lambda: len("x".center(10000001, "-")))
attempt("width", lambda: format(1, ">1000000000000000000000"))
attempt("randperm", lambda: torch.randperm(-3))
attempt("randperm", lambda: torch.randperm(0))
