# Built-ins given values at their edges: the errors CPython raises for them, never a Java exception.
# Output from CPython 3.11.7.
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

print("vars", sorted(k for k in vars() if not k.startswith("__")))
attempt("print end", lambda: print("x", end=3))
attempt("print sep", lambda: print("x", sep=[]))
attempt("chr", lambda: chr(-1))
attempt("chr", lambda: chr(0x110000))
attempt("chr", lambda: chr(0x1F600) == "\U0001F600")
attempt("issubclass", lambda: issubclass(int, 1))
attempt("issubclass", lambda: issubclass(1, int))
attempt("issubclass", lambda: issubclass(bool, (str, int)))
items = [3, 1, 2]
def grows(v):
    items.append(v)
    return v
attempt("sort", lambda: items.sort(key=grows))
print(items)
def fails(v):
    if v == 1:
        raise KeyError(v)
    return v
attempt("sort", lambda: items.sort(key=fails))
print(items)
attempt("pow", lambda: pow(2, 10**20, 7))
attempt("pow", lambda: pow(2, -1, 7))
attempt("pow", lambda: pow(-3, 5, -7))
attempt("pow", lambda: pow(2, 3, 0))
attempt("pow", lambda: pow(2, -1, 4))
attempt("pow", lambda: pow(2.0, 3, 5))
attempt("div", lambda: 10**400 / 3)
attempt("div", lambda: 10**400 / 10**399)
attempt("mod", lambda: 5 % 0)
attempt("mod", lambda: 10**30 % 0)
attempt("floordiv", lambda: 1 // 0)
attempt("str", lambda: len(str(10**4299)))
attempt("str", lambda: len(str(10**5000)))
attempt("str", lambda: str(-10**4300))
attempt("repr", lambda: repr([10**10**5]))
