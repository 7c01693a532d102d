"""Writes random_reference.tsv: PyTorch's CPU draws for the recipes below, bit for bit.

Run with a CPU PyTorch 2.x (x86-64 with AVX2):  python generate_reference.py > random_reference.tsv
Each line is: name TAB recipe TAB outputs, with one output group per op separated by ' ; '.
RandomReferenceTest replays each recipe on CpuGenerator/Distributions and compares the bits.

Recipe ops (separated by spaces):
  seed(S)            torch.manual_seed(S)            gen(S)  use torch.Generator().manual_seed(S)
  default            use the default generator again  initial_seed  -> the seed (unsigned)
  rand(T,N)  randn(T,N)  uniform(T,N,a,b)  normal(T,N,mean,std)   (T = f32 | f64)
  randint(T,N,lo,hi) (T = i64 | i32 | f32 | f64)     random(T,N)  (T = i64 | i32 | f32 | f64)
  randperm(N)  bernoulli(T,N,p)  bernoullip(N,p)  dropout(N,p)  linear(IN,OUT)  state
  shuffle(N)         the first epoch's order of DataLoader(range(N), batch_size=N, shuffle=True)
  strided_normal(T,N)   torch.zeros(2N)[::2].normal_(): a non-contiguous tensor, element by element
  exponential(T,N,lambda)   multinomial(R,C,S,repl)  weights w[r][c] = (r*31 + c*17) % 11 + 0.5
"""
import math
import struct
import sys

import torch
import torch.nn.functional as F

DT = {"f32": torch.float32, "f64": torch.float64, "i64": torch.int64, "i32": torch.int32}


def fmt(t):
    t = t.flatten()
    if t.dtype == torch.float32:
        return " ".join("%08x" % struct.unpack("<I", struct.pack("<f", v))[0] for v in t.tolist())
    if t.dtype == torch.float64:
        return " ".join("%016x" % struct.unpack("<Q", struct.pack("<d", v))[0] for v in t.tolist())
    if t.dtype == torch.uint8:
        return bytes(t.tolist()).hex()
    return " ".join(str(v) for v in t.tolist())


def run(recipe):
    gen = None
    kw = {}
    outs = []
    for op in recipe.split():
        name, _, args = op.partition("(")
        a = args.rstrip(")").split(",") if args else []
        if name == "seed":
            torch.manual_seed(int(a[0]))
        elif name == "gen":
            gen = torch.Generator().manual_seed(int(a[0]))
            kw = {"generator": gen}
        elif name == "default":
            gen, kw = None, {}
        elif name == "initial_seed":
            outs.append(str(gen.initial_seed() if gen else torch.initial_seed()))
        elif name == "rand":
            outs.append(fmt(torch.rand(int(a[1]), dtype=DT[a[0]], **kw)))
        elif name == "randn":
            outs.append(fmt(torch.randn(int(a[1]), dtype=DT[a[0]], **kw)))
        elif name == "uniform":
            t = torch.empty(int(a[1]), dtype=DT[a[0]])
            outs.append(fmt(t.uniform_(float(a[2]), float(a[3]), **kw)))
        elif name == "normal":
            outs.append(fmt(torch.normal(float(a[2]), float(a[3]), size=(int(a[1]),), dtype=DT[a[0]], **kw)))
        elif name == "randint":
            outs.append(fmt(torch.randint(int(a[2]), int(a[3]), (int(a[1]),), dtype=DT[a[0]], **kw)))
        elif name == "random":
            outs.append(fmt(torch.empty(int(a[1]), dtype=DT[a[0]]).random_(**kw)))
        elif name == "randperm":
            outs.append(fmt(torch.randperm(int(a[0]), **kw)))
        elif name == "bernoulli":
            outs.append(fmt(torch.empty(int(a[1]), dtype=DT[a[0]]).bernoulli_(float(a[2]), **kw)))
        elif name == "bernoullip":
            outs.append(fmt(torch.bernoulli(torch.full((int(a[0]),), float(a[1])), **kw)))
        elif name == "dropout":
            outs.append(fmt(F.dropout(torch.ones(int(a[0])), float(a[1]), training=True)))
        elif name == "linear":
            lin = torch.nn.Linear(int(a[0]), int(a[1]))
            outs.append(fmt(lin.weight.detach()) + " | " + fmt(lin.bias.detach()))
        elif name == "shuffle":
            loader = torch.utils.data.DataLoader(list(range(int(a[0]))), batch_size=int(a[0]), shuffle=True)
            outs.append(fmt(next(iter(loader))))
        elif name == "strided_normal":
            outs.append(fmt(torch.zeros(2 * int(a[1]), dtype=DT[a[0]])[::2].normal_(**kw)))
        elif name == "exponential":
            outs.append(fmt(torch.empty(int(a[1]), dtype=DT[a[0]]).exponential_(float(a[2]), **kw)))
        elif name == "multinomial":
            r, c, n = int(a[0]), int(a[1]), int(a[2])
            w = torch.tensor([[(i * 31 + j * 17) % 11 + 0.5 for j in range(c)] for i in range(r)])
            outs.append(fmt(torch.multinomial(w if r > 1 else w[0], n, replacement=a[3] == "1", **kw)))
        elif name == "state":
            outs.append(fmt(gen.get_state() if gen else torch.get_rng_state()))
        else:
            raise ValueError(op)
    return " ; ".join(outs)


SIZES = [1, 2, 3, 7, 15, 16, 17, 31, 32, 33, 100, 1000]
CASES = []
for s in [0, 42, 2**40 + 5]:
    for t in ["f32", "f64"]:
        CASES.append((f"rand_{t}_seed{s}", f"seed({s}) " + " ".join(f"rand({t},{n})" for n in SIZES)))
        for n in SIZES:
            CASES.append((f"randn_{t}_{n}_seed{s}", f"seed({s}) randn({t},{n})"))
CASES += [
    ("initial_seeds", "seed(0) initial_seed seed(1099511627781) initial_seed seed(-1) initial_seed "
                      "gen(67280421310721) initial_seed"),
    ("fresh_generator", "gen(67280421310721) rand(f32,5) randn(f32,20) randint(i64,5,0,10)"),
    ("state_after_seed", "seed(42) state"),
    ("state_after_draws", "seed(42) rand(f32,700) randn(f64,1) state"),
    ("normal_cache", "seed(3) randn(f32,1) randn(f32,1) randn(f32,1) randn(f32,20) randn(f32,1) "
                     "randn(f64,3) seed(3) randn(f32,1)"),
    ("normal_mean_std", "seed(5) normal(f32,3,2.5,0.3) normal(f32,40,-1.0,3.0) normal(f64,5,0.3,1.7) "
                        "normal(f64,40,0.3,1.7) normal(f32,1000,100.0,0.01)"),
    ("uniform_bounds", "seed(9) uniform(f32,50,-0.5773502691896258,0.5773502691896258) "
                       "uniform(f32,1000,-3.0,7.5) uniform(f64,50,-2.0,5.0) uniform(f32,20,1.0,1.0000001)"),
    ("randint_mixed", "seed(11) randint(i64,20,0,10) randint(i64,20,-5,5) randint(i64,10,0,4294967296) "
                      "randint(i64,10,-1099511627776,1099511627776) randint(i32,10,0,100) "
                      "randint(f32,10,0,10) randint(f64,10,-3,3) randint(f32,5,0,8589934592)"),
    ("randint_threshold", "seed(21) randint(i64,5,0,268435455) randint(i64,5,0,268435456) "
                          "randint(i64,5,-260,686646061) randint(i32,5,0,268435456) randint(i32,5,-5,2147483647) "
                          "randint(f32,5,0,268435456) randint(f64,5,0,268435455)"),
    ("random_bare", "seed(12) random(i64,10) random(i32,10) random(f32,10) random(f64,10)"),
    ("randperm_small", "seed(0) " + " ".join(f"randperm({n})" for n in [0, 1, 2, 3, 6, 10, 17, 100, 1000])),
    ("randperm_seed42", "seed(42) randperm(5) randperm(20) randperm(5000)"),
    ("bernoulli", "seed(13) bernoulli(f32,100,0.5) bernoulli(f32,1000,0.2) bernoulli(f64,50,0.7) "
                  "bernoullip(50,0.3) bernoulli(f32,10,0.0) bernoulli(f32,10,1.0)"),
    ("dropout", "seed(14) dropout(50,0.5) dropout(1000,0.3) dropout(20,0.1)"),
    ("mixed_sequence", "seed(2) rand(f32,5) randn(f32,3) randint(i64,4,0,100) randperm(8) randn(f32,20) "
                       "randn(f32,1) rand(f64,3) randn(f64,17) randn(f32,1) bernoulli(f32,10,0.5) state"),
    ("generators_independent", "seed(1) gen(7) rand(f32,3) default rand(f32,3) gen(7) randn(f32,20) "
                               "default randn(f32,20) gen(8) randperm(10) randint(i64,5,0,6) initial_seed"),
    ("course_pattern", "seed(42) rand(f32,100) randn(f32,100)"),
    ("script_04_house_prices", "seed(42) rand(f32,100) randn(f32,100) linear(1,16) linear(16,1)"),
    ("script_18_seeded_random", "seed(0) rand(f32,3) randn(f32,6) randn(f32,20) randint(i64,5,0,10) "
                                "seed(0) rand(f32,3) seed(123) linear(3,2) rand(f32,4) randn(f32,1) "
                                "normal(f32,3,0.0,1.0) randperm(6)"),
    ("script_22_xor", "seed(7) linear(2,8) linear(8,1)"),
    ("script_25_training_loop", "seed(1) linear(1,32) linear(32,1)"),
    ("dataloader_shuffle", "seed(0) shuffle(10) shuffle(100) rand(f32,2) seed(42) shuffle(7)"),
    ("strided_normal", "seed(33) strided_normal(f32,40) strided_normal(f64,17) randn(f32,1) "
                       "gen(5) strided_normal(f32,100)"),
    ("exponential", "seed(31) exponential(f32,100,1.0) exponential(f64,100,2.5) exponential(f32,3,0.5)"),
    ("multinomial", "seed(32) multinomial(1,27,1,1) multinomial(1,27,1,1) multinomial(4,27,1,1) "
                    "multinomial(1,27,50,1) multinomial(3,5,20,1) multinomial(1,27,5,0) multinomial(2,10,10,0) "
                    "gen(2147483647) multinomial(1,27,1,1) multinomial(1,27,100,1)"),
    ("linear_layers", "seed(0) linear(784,10) linear(3,1) linear(10,10)"),
]

if __name__ == "__main__":
    print(f"# PyTorch {torch.__version__}: see generate_reference.py")
    for name, recipe in CASES:
        sys.stdout.write(f"{name}\t{recipe}\t{run(recipe)}\n")
