def greet(name, greeting="Hello", *, punct="!"):
    """Say hello."""
    return f"{greeting}, {name}{punct}"
print(greet("Ada"), greet("Bo", "Hi"), greet(name="Cy", punct="?"))
print(greet.__name__, greet.__doc__)
def variadic(a, *args, b=2, **kwargs):
    return a, args, b, kwargs
print(variadic(1), variadic(1, 2, 3, b=4, c=5))
print(variadic(*[1, 2], **{"b": 9, "z": 0}))
def outer():
    x = "outer"
    def middle():
        def inner():
            return x + "!"
        return inner()
    return middle()
print(outer())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c())
adders = [lambda v, i=i: v + i for i in range(3)]
print([f(10) for f in adders])
def deco(f):
    def wrapper(*a, **k):
        print("calling", f.__name__)
        return f(*a, **k)
    return wrapper
@deco
def add(a, b):
    return a + b
print(add(2, 3))
def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)
print(recursive(20), recursive(30))
def no_return():
    pass
print(no_return())
def early(x):
    for i in range(10):
        if i == x:
            return i * 10
    return -1
print(early(3), early(20))
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2))
g = 5
def read_global():
    return g * 2
print(read_global())
def kwonly(*, a, b=1):
    return a + b
print(kwonly(a=1))
for bad in ["greet()", "greet('a', 'b', 'c')", "greet('a', bogus=1)", "kwonly()", "greet('a', name='b')"]:
    try:
        eval_result = None
        if bad == "greet()":
            greet()
        elif bad == "greet('a', 'b', 'c')":
            greet('a', 'b', 'c')
        elif bad == "greet('a', bogus=1)":
            greet('a', bogus=1)
        elif bad == "kwonly()":
            kwonly()
        else:
            greet('a', name='b')
    except TypeError as e:
        print("TypeError:", e)
