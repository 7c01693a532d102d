# Generator functions and expressions: lazy values, return values on StopIteration, send, throw,
# close, yield from, try/with around a yield, and the errors CPython raises (output from CPython 3.11).
def count(start=0):
    i = start
    while True:
        yield i
        i += 1


def signs(n):
    for i in range(n):
        if i % 2:
            yield i
        else:
            yield -i
    return "done"


g = signs(4)
print(next(g), next(g), list(g), next(g, "default"))
try:
    next(g)
except StopIteration as e:
    print("exhausted:", repr(e.value), e.args)
g = signs(1)
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned:", repr(e.value), e.args, repr(e))
for x in count(10):
    if x > 13:
        break
    print(x, end=" ")
print()


def noisy(n):
    for i in range(n):
        print("  produce", i)
        yield i


lazy = (x * 10 for x in noisy(3))
print("generator expression created")
for v in lazy:
    print("  got", v)
print(sum(x * x for x in range(5)), list(x for x in "abc" if x != "b"), max(len(w) for w in ["a", "abc"]))
print(dict(zip("abc", (i * i for i in count()))), list(enumerate(c for c in "xy")))
print(list(map(str, (i for i in range(3)))), any(x > 2 for x in count()), all(x < 2 for x in range(5)))
print(list((i, j) for i in range(4) for j in range(i) if (i + j) % 2), sorted(x % 3 for x in range(6)))
ge = (i for i in range(3))
print(type(ge).__name__, iter(ge) is ge, next(ge), list(ge), list(ge))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
try:
    next(x for x in [])
except StopIteration as e:
    print("StopIteration:", repr(e), e.value)


def delegating():
    r = yield from signs(3)
    print("  inner returned", r)
    yield from [7, 8]
    yield from "hi"


print(list(delegating()))


def running_total():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total


acc = running_total()
print(next(acc), acc.send(3), acc.send(4))
try:
    acc.send(None)
except StopIteration as e:
    print("final total", e.value)
try:
    running_total().send(5)
except TypeError as e:
    print("TypeError:", e)


def averager():
    total, n = 0.0, 0
    avg = None
    while True:
        value = (yield avg)
        total += value
        n += 1
        avg = total / n


def report(values):
    a = averager()
    next(a)
    return [a.send(v) for v in values]


print(report([10, 20, 60]))


def raises_stop():
    yield 1
    raise StopIteration("oops")


try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e)


def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup")


c = with_cleanup()
print(next(c))
c.close()
print(next(c, "closed"), list(with_cleanup()))


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


i = ignores_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("  caught", e)


c = catcher()
print(next(c), c.throw(ValueError("bad")), c.throw(ValueError))
t = with_cleanup()
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("KeyError:", e, next(t, "over"))


def phases():
    try:
        x = yield "body"
        raise KeyError(x)
    except KeyError as e:
        yield "handler " + str(e)
        yield "handler again"
    else:
        yield "else"
    finally:
        yield "finally"


print(list(phases()))
p = phases()
next(p)
print(p.send("k"), next(p), next(p), next(p, None))


class Opened:
    def __enter__(self):
        print("  enter")
        return "resource"

    def __exit__(self, *exc):
        print("  exit", exc[0])


def using(n):
    with Opened() as r:
        yield r
        yield n


print(list(using(5)))
w = using(1)
print(next(w))
w.close()


def me():
    yield g2.send(None)


g2 = me()
try:
    next(g2)
except ValueError as e:
    print("ValueError:", e)


def early():
    return 5
    yield


print(list(early()), list(x for x in ()))


def loops_with_else():
    for i in range(2):
        yield i
    else:
        yield "for-else"
    n = 0
    while n < 1:
        n += 1
        yield "while"
    else:
        yield "while-else"


print(list(loops_with_else()))


class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child


tree = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(tree), sum(tree), max(tree), sorted(tree, reverse=True), 3 in tree, 5 in tree)
it = iter(tree)
print(next(it), next(it))


def make_counter():
    count = 0

    def gen():
        nonlocal count
        while count < 3:
            count += 1
            yield count
    return gen


print(list(make_counter()()))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])
n = 0
for v in fib():
    n += 1
    if v > 10 ** 100:
        break
print("terms below a googol:", n)
