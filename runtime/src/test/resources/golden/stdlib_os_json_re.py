# os, os.path, pathlib, json and re as Kindling's subsets, compared with CPython: path strings,
# files made, listed, written and read in a fresh folder, json's text and its decode errors,
# regular expressions with groups, sub, split and findall, and re.error. Output from CPython 3.11.7.
import os
import json
import re
from pathlib import Path

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__module__ + "." + type(e).__name__ if type(e).__module__ != "builtins"
              else type(e).__name__, e)

print(os.path.join("data", "train", "x.pt"), os.path.join("a/", "/abs", "b"), os.path.join("", "c"))
print(os.path.basename("/tmp/run/model.pt"), os.path.dirname("/tmp/run/model.pt"), os.path.dirname("x"))
print(os.path.splitext("model.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a/b.c/d"))
print(os.path.split("a/b/"), os.path.split("//x"), os.sep, os.environ.get("KINDLING_NOT_SET"),
      os.environ.get("KINDLING_NOT_SET", "fallback"), os.getenv("KINDLING_NOT_SET", 3))
p = Path("runs") / "exp1" / "weights.best.pt"
print(p, repr(p), p.name, p.stem, p.suffix, p.parent, p.parent.parent, p.parts)
print(Path(), Path("a//b/./c/"), Path("/"), Path("/").name, Path("a") / "/b", "x" / Path("y"))
print(p.with_suffix(".json"), Path("a/b.txt").with_name("c.md"), Path("a") == Path("a/"), p.is_absolute())

base = "kindling_stdlib_demo"
attempt("exists before", lambda: os.path.exists(base))
os.makedirs(os.path.join(base, "sub"), exist_ok=True)
os.makedirs(os.path.join(base, "sub"), exist_ok=True)
attempt("makedirs again", lambda: os.makedirs(os.path.join(base, "sub")))
attempt("mkdir missing parent", lambda: os.mkdir(os.path.join(base, "no", "pe")))
f = Path(base) / "notes.txt"
print(f.write_text("line 1\nline 2\n"), f.read_text().splitlines(), f.exists(), f.is_file(), f.is_dir())
(Path(base) / "deep" / "er").mkdir(parents=True, exist_ok=True)
attempt("mkdir exists", lambda: (Path(base) / "deep").mkdir())
print(sorted(os.listdir(base)), os.path.isdir(base), os.path.isfile(base), sorted(q.name for q in Path(base).iterdir()))
attempt("read missing", lambda: (Path(base) / "missing.txt").read_text())
attempt("listdir missing", lambda: os.listdir("no_such_folder_here"))
cfg = {"lr": 0.001, "layers": [64, 32], "name": "mlp", "dropout": None, "ok": True, "é": "ü"}
(Path(base) / "cfg.json").write_text(json.dumps(cfg, indent=2, sort_keys=True))
back = json.loads((Path(base) / "cfg.json").read_text())
print(back == cfg, (Path(base) / "cfg.json").read_text())
(Path(base) / "notes.txt").unlink()
os.remove(os.path.join(base, "cfg.json"))
print(sorted(os.listdir(base)))
for folder in ["deep/er", "deep", "sub", ""]:
    os.rmdir(os.path.join(base, folder))
attempt("exists after", lambda: os.path.exists(base))

print(json.dumps(cfg), json.dumps([1, 2.5, "a\n\"b\"", (1, 2), {}, []]), json.dumps({1: 2, None: 3, 1.5: True}))
print(json.dumps({"b": 1, "a": [1, {"c": 2}]}, indent=4), json.dumps([], indent=2), json.dumps("ü", ensure_ascii=False))
print(json.dumps(float("nan")), json.dumps({"a": 1}, separators=(",", ":")), json.dumps([1], indent="\t"))
print(json.loads('{"a": [1, 2.0, -3e2, true, false, null], "b": {"c": "\\u00e9\\n"}}'), json.loads(" 12345678901234567890 "))
for doc in ["", "[1, 2", '{"a" 1}', "{'a': 1}", "[1,]", "1 2", '"abc', '"a\\qb"', "nul", '{"a": 1,}']:
    attempt("loads %r" % doc, lambda: json.loads(doc))
attempt("dumps set", lambda: json.dumps({1, 2}))
attempt("dumps key", lambda: json.dumps({(1, 2): 3}))
attempt("loads int", lambda: json.loads(3))
try:
    json.loads("[1, 2")
except ValueError as e:
    print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno)

m = re.match(r"(?P<epoch>\d+)/(?P<total>\d+) loss=([\d.]+)", "12/100 loss=0.253 acc=0.9")
print(m, m.group(), m.group(1), m.group("total"), m.groups(), m.groupdict(), m.span(3), m.start(), m.end(2), m[3])
print(re.search(r"acc=(\d\.\d)", "loss=1 acc=0.9").group(1), re.match("b", "ab"), re.fullmatch(r"\w+", "ab_1"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)=(\d)", "a=1, b=2"), re.findall(r"(a)|b", "ab"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host you@there"), re.sub(r"\s+", " ", "a  b\t\nc"),
      re.sub(r"(?P<x>\d)", r"<\g<x>\g<1>>", "a1b2"), re.sub("x*", "-", "abxd"), re.subn("a", "b", "aaa", count=2))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 10 pears"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b"), re.split(r"\s*", "ab"), re.split(",", "a,b,c", 1))
pat = re.compile(r"^layer(\d+)\.(weight|bias)$", re.M | re.I)
print(pat, pat.pattern, pat.groups, pat.findall("layer1.weight\nLAYER2.bias\nfoo"), pat.flags)
print(re.compile("[]a]+").findall("]a]b"), re.findall("a{,2}", "aaa"), re.findall("{x}", "{x}"))
print(re.escape("a.b*c?"), [m.span() for m in re.finditer(r"o", "foo bo")], re.match(r"\Ax\Z", "x"))
for bad in [r"a**", r"(abc", r"abc)", r"*a", r"[abc", r"\p{L}", r"a{1,2}{3}", r"(?P<1a>x)"]:
    attempt("compile %r" % bad, lambda: re.compile(bad))
attempt("bad template", lambda: re.sub("a", r"\q", "a"))
attempt("bad group", lambda: re.sub("(a)", r"\2", "a"))
attempt("no group", lambda: re.match("a", "a").group(2))
