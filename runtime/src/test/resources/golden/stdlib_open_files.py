# The builtin open() in text mode, compared with CPython: writing, appending and exclusive
# creation, read/readline/readlines/iteration, universal and explicit newlines, print(file=),
# json.dump/json.load with real files, and the errors of bad modes, missing files, closed files
# and the wrong direction. Files live in a fresh folder that the script removes. Output from CPython 3.11.7.
import io
import json
import os

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__module__ + "." + type(e).__name__ if type(e).__module__ != "builtins"
              else type(e).__name__, e)

base = "kindling_open_demo"
os.makedirs(base, exist_ok=True)
a = os.path.join(base, "a.txt")
f = open(a, "w")
print(repr(f), f.name, f.mode, f.closed, f.encoding, type(f).__name__, isinstance(f, io.TextIOWrapper))
print(f.write("x\ny\r\nz\rw"), f.writable(), f.readable())
attempt("read w", lambda: f.read())
attempt("write int", lambda: f.write(3))
f.close()
f.close()
print(f.closed)
attempt("write closed", lambda: f.write("a"))
attempt("read closed", lambda: f.read())
attempt("iter closed", lambda: next(iter(f)))
attempt("enter closed", lambda: f.__enter__())
attempt("readable closed", lambda: f.readable())
attempt("writable closed", lambda: f.writable())
attempt("flush closed", lambda: f.flush())
with open(a) as g:
    print(repr(g), g.read(2), repr(g.readline()), g.readlines())
    attempt("write r", lambda: g.write("a"))
print(g.closed)
attempt("readable closed r", lambda: g.readable())
attempt("writable closed r", lambda: g.writable())
attempt("readline closed r", lambda: g.readline())
with open(a, newline="") as g:
    print(g.readlines())
with open(a, newline="\r") as g:
    print(g.readlines())
with open(a, "r", encoding="utf-8", newline=None) as g:
    print(list(g), repr(g))
for mode in ["z", "rw", "rr", "", "rbt", "wx", 3]:
    attempt("mode %r" % (mode,), lambda: open(a, mode))
attempt("encoding", lambda: open(a, encoding="nope"))
attempt("newline", lambda: open(a, newline="x"))
attempt("missing", lambda: open(os.path.join(base, "missing.txt")))
attempt("folder", lambda: open(base))
attempt("folder w", lambda: open(base, "w"))
attempt("x exists", lambda: open(a, "x"))
attempt("name float", lambda: open(3.5))
attempt("binary encoding", lambda: open(a, "rb", encoding="utf-8"))
attempt("binary newline", lambda: open(a, "rb", newline=""))
with open(a, "a") as f:
    f.writelines(["1\n", "2\n"])
    attempt("writelines int", lambda: f.writelines([1]))
    print(f.mode, repr(f))
print(open(a).read())
b = os.path.join(base, "b.txt")
with open(b, "w", newline="\r\n") as f:
    print("hi", "there", file=f)
    print("é", 2, file=f, sep="-", end="")
print(repr(open(b, newline="").read()), repr(open(b).read()), repr(open(b, encoding="latin-1").read()))
with open(a) as f:
    print(repr(f.read(0)), repr(f.read(-1)), repr(f.read()), repr(f.readline()))
    attempt("read str", lambda: f.read("3"))
    attempt("read float", lambda: f.read(1.5))
with open(a) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
    print(f.readlines(), next(f, "end"))
with open(a) as f:
    print(repr(f.readline(3)), f.readlines(2), repr(f.readline(1)), f.read(None))
c = os.path.join(base, "cfg.json")
with open(c, "w") as f:
    json.dump({"lr": 0.01, "layers": [64, 32]}, f, indent=1)
with open(c) as f:
    print(json.load(f))
try:
    open(c).write("x")
except OSError as e:
    print("OSError caught:", e, e.args)
with open(os.path.join(base, "new.txt"), "x") as f:
    f.write("made")
lines = [line.rstrip("\n") for line in open(a)]
print(lines, open(os.path.join(base, "new.txt")).read())
for name in sorted(os.listdir(base)):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print(os.path.exists(base))
