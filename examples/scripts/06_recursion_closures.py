# Recursion, closures, *args/**kwargs, generators expressions and the limits of recursion.
def memoize(f):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print([fib(i) for i in range(15)])
print(fib(90))


def make_counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment


counter = make_counter()
counter()
counter(5)
print("counter:", counter())


def describe(*args, sep=", ", **options):
    parts = [str(a) for a in args] + [f"{k}={v}" for k, v in sorted(options.items())]
    return sep.join(parts)


print(describe(1, 2, 3, lr=0.1, epochs=10))
print(describe(*"abc", sep="-"))


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)

print(2 ** 100, -7 // 2, -7 % 3, divmod(17, 5), round(2.5), round(3.5), 0.1 + 0.2)
