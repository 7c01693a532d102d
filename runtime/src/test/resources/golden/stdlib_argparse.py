# argparse as training scripts use it, compared with CPython: --help and usage layout (wrapped
# usage, help at column 24, long help wrapped), parse_args over lists with positionals, options,
# type=, choices=, nargs=, the store/append/count actions and prefixes, and the usage errors with
# SystemExit(2); set_defaults, parse_known_args, ArgumentTypeError and add_argument's own errors.
# Output from CPython 3.11.7 (python -u, stderr into stdout, as the golden runner merges them).
import argparse
p = argparse.ArgumentParser(prog="train.py", description="Train a small model on a data file and report the loss after every epoch of training.")
p.add_argument("data", help="data file")
p.add_argument("--lr", type=float, default=0.01, help="learning rate (default: %(default)s)")
p.add_argument("-n", "--epochs", type=int, default=10)
p.add_argument("--verbose", action="store_true", help="print more")
p.add_argument("--no-shuffle", dest="shuffle", action="store_false")
p.add_argument("--opt", choices=["sgd", "adam"], default="sgd", help="optimizer")
p.add_argument("--layers", nargs="+", type=int, default=[8])
p.add_argument("--seed", required=True, type=int, help="a very long help text that goes on and on so that it has to wrap over more than one line of the help output")
p.add_argument("out", nargs="?", default="model.pt")
p.print_help()
print(p.format_usage())
a = p.parse_args(["d.csv", "--lr", "0.1", "-n5", "--seed=3", "--layers", "4", "5", "--verbose", "--no-shuffle"])
print(a)
print(a.lr, a.epochs, vars(a))
for argv in [["d.csv"], ["--seed", "1"], ["d.csv", "--seed", "1", "--lr", "x"], ["d.csv", "--seed", "1", "--opt", "rms"],
             ["d.csv", "--seed", "1", "--lr"], ["d.csv", "--seed", "1", "a", "b"], ["d.csv", "--seed", "1", "--foo"],
             ["d.csv", "--seed", "1", "--layers"], ["d.csv", "--seed", "1", "-n", "1.5"], ["d.csv", "--seed", "1", "--ep", "3"],
             ["d.csv", "--seed", "1", "--lr", "-0.5"], ["d.csv", "--se", "1", "--", "-x"], ["-h"]]:
    try:
        print(argv, "->", p.parse_args(argv))
    except SystemExit as e:
        print(argv, "exit", e.code)

p = argparse.ArgumentParser(prog="x")
for kw in [dict(args=("a",), required=True), dict(args=("-a",), action="bogus"), dict(args=("-b",), type="int"),
           dict(args=("-h",)), dict(args=("b", "c")), dict(args=("--c",), nargs=0), dict(args=("--d",), action="store_true", type=int),
           dict(args=("-e",), nargs="x")]:
    try:
        p.add_argument(*kw.pop("args"), **kw); print("ok")
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
p = argparse.ArgumentParser(prog="x")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--tag", action="append")
p.add_argument("--mode", action="store_const", const="fast")
p.add_argument("files", nargs="*")
p.set_defaults(extra=1)
print(p.parse_args([]))
print(p.parse_args(["-vv", "--tag", "a", "--tag=b", "f1", "f2", "--mode", "-v"]))
print(p.parse_args(["--verbose"]))
ns = argparse.Namespace(a=1, b="x")
print(ns, ns.a, "a" in ns, ns == argparse.Namespace(a=1, b="x"), vars(ns))
print(p.format_help())
try:
    p.parse_args(["--ta"])
except SystemExit as e:
    print(e.code)
p2 = argparse.ArgumentParser(prog="y")
p2.add_argument("--epochs", type=int); p2.add_argument("--eval", action="store_true")
try:
    p2.parse_args(["--e", "3"])
except SystemExit as e:
    print(e.code)
print(p2.parse_known_args(["--epochs", "2", "--zzz", "q"]))
def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % s)
    return v
p2.add_argument("--k", type=positive)
for a in [["--k", "0"], ["--k", "z"], ["--k", "2"], ["--eval=1"], ["-e"]]:
    try:
        print(p2.parse_args(a))
    except SystemExit as e:
        print(e.code)
