# The standard-library modules tutorials import, as Kindling's subsets: __future__, itertools,
# functools, operator, typing, copy, string and math's newer functions; a name a module lacks is
# an AttributeError naming it (output from CPython 3.11).
from __future__ import annotations, print_function, division
import __future__
import itertools
from itertools import count, chain, islice, product, permutations, combinations, repeat, cycle, accumulate
from itertools import zip_longest, groupby
import functools
from functools import reduce, partial, lru_cache, wraps
import operator
from operator import itemgetter, attrgetter
from typing import List, Dict, Tuple, Optional, Union, Callable, Any, Iterable, Iterator, Sequence, TypeVar
import typing
import copy
import string
import math

print(__future__.annotations, __future__.all_feature_names[-1])

print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(0.5, 0.25), 3)))
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3], []])))
print(list(islice("abcdefg", 2, None)), list(islice(range(100), 1, 10, 3)), list(islice("ab", 5)))
print(list(product("ab", [0, 1])), len(list(product(range(3), repeat=3))), list(product()))
print(list(permutations([1, 2, 3])), list(permutations("abcd", 2))[:5], list(permutations([], 0)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations("ab", 3)))
print(list(itertools.combinations_with_replacement("abc", 2)))
print(list(repeat("x", 3)), list(zip(range(3), repeat(0))), list(islice(cycle("ab"), 5)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=10)))
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest([1, 2], "xyz")))
print([(k, list(g)) for k, g in groupby("aaabccdaa")])
print([(k, len(list(g))) for k, g in groupby(sorted(["apple", "avocado", "banana", "cherry"]), key=lambda w: w[0])])
print([k for k, _ in groupby([1, 1, 2, 2, 1])], list(itertools.pairwise("abcd")))
print(list(itertools.takewhile(lambda x: x < 3, count())), list(itertools.dropwhile(lambda x: x < 3, range(6))))
print(list(itertools.filterfalse(None, [0, 1, "", "a"])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(itertools.starmap(pow, [(2, 5), (3, 2)])))
for name in ["batched", "imap"]:
    try:
        getattr(itertools, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    list(islice(count(), -1))
except ValueError as e:
    print("ValueError:", e)
try:
    combinations("abc")
except TypeError as e:
    print("TypeError:", e)

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
base2 = partial(int, base=2)
print(base2("1011"), partial(pow, 2)(10), partial(partial(max, 1), 5)(3))
p = partial(print, "hello", sep="-")
p("world")
print(p.args, p.keywords, p.func is print)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache
def square(x):
    print("  computing", x)
    return x * x


print(square(3), square(3), square(4), square.cache_info().hits, square.__name__)


@functools.cache
def slow_double(x):
    return 2 * x


print(slow_double(21), slow_double(21), slow_double.cache_info())
small = lru_cache(maxsize=2)(lambda x: x + 1)
print([small(i) for i in [1, 2, 1, 3, 2]], small.cache_info())
try:
    square([1])
except TypeError as e:
    print("TypeError:", e)


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("  calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))

print(operator.add(1, 2), operator.mul("ab", 2), operator.sub(5, 7), operator.truediv(1, 4), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 8), operator.neg(5), operator.not_(0), operator.truth([]), operator.abs(-2))
print(operator.lt(1, 2), operator.ge(1, 2), operator.eq("a", "a"), operator.ne(1, 1.0), operator.and_(6, 3))
print(operator.or_(4, 1), operator.xor(5, 1), operator.contains([1, 2], 2), operator.getitem("abc", 1))
print(operator.is_(None, None), operator.is_not(1, None), operator.index(7), operator.concat([1], [2]))
rows = [("b", 2, 9), ("a", 3, 1), ("c", 1, 5)]
print(sorted(rows, key=itemgetter(1)), itemgetter(0, 2)(rows[0]), itemgetter(slice(1, None))("hello"))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.meta = {"name": "p"}


pts = [Point(3, 1), Point(1, 2)]
print([p.x for p in sorted(pts, key=attrgetter("x"))], attrgetter("x", "y")(pts[0]), attrgetter("meta")(pts[1]))
print(operator.methodcaller("split", ",")("a,b,c"), operator.methodcaller("upper")("abc"))
lst = [1, 2]
print(operator.iadd(lst, [3]), lst)

print(List[int], Dict[str, List[float]], Tuple[int, ...], Optional[str], Union[int, str])
print(Callable[[int, str], bool], Any, Iterable[int], Iterator, Sequence[Tuple[int, int]], typing.TYPE_CHECKING)
T = TypeVar("T")
Vector = List[float]
print(T, Vector, typing.cast(int, "not checked"))


def scale(scalar: float, vector: Vector) -> Vector:
    result: List[float] = [scalar * num for num in vector]
    return result


print(scale(2.0, [1.0, -4.2]))

nested = {"a": [1, [2, 3]], "b": {"c": (4, [5])}}
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested["a"][1].append(99)
nested["b"]["c"][1].append(6)
print(shallow["a"], deep["a"], deep["b"], shallow is nested, shallow["a"] is nested["a"])
shared = [0]
pair = [shared, shared]
dup = copy.deepcopy(pair)
print(dup[0] is dup[1], dup[0] is shared)
cyclic = [1]
cyclic.append(cyclic)
cc = copy.deepcopy(cyclic)
print(cc[1] is cc, cc[1] is cyclic)


class Config:
    def __init__(self):
        self.layers = [16, 32]
        self.name = "net"


c1 = Config()
c2 = copy.copy(c1)
c3 = copy.deepcopy(c1)
c1.layers.append(64)
print(type(c2).__name__, c2.layers, c3.layers, c3.name)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("  __copy__ called")
        return Custom(self.v + 1)

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called")
        return Custom(self.v + 100)


print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v, copy.copy(5), copy.deepcopy("s"), copy.copy((1, 2)))

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable), string.capwords("hello  big world"), string.capwords("a-b", "-"))
try:
    string.letters
except AttributeError as e:
    print("AttributeError:", e)

print(math.acosh(2), math.asinh(1), math.atanh(0.5), math.acosh(1), math.asinh(-10.5), math.atanh(-0.9))
print(math.cbrt(8), math.cbrt(-64), math.exp2(10), math.exp2(0.5), math.fmod(7, 3), math.fmod(-7, 3))
print(math.remainder(7, 3), math.remainder(8, 3), math.frexp(8), math.frexp(-0.1), math.frexp(0), math.ldexp(0.5, 4))
print(math.modf(2.5), math.modf(-3.75), math.isqrt(17), math.isqrt(10 ** 30), math.lcm(4, 6, 10), math.lcm())
print(math.comb(10, 3), math.comb(3, 5), math.perm(5, 2), math.perm(4), math.comb(100, 50))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.hypot(3, 4), math.hypot(1, 1, 1), math.hypot())
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(1e300), math.ulp(0.0))
bad_calls = [("acosh(0.5)", lambda: math.acosh(0.5)), ("atanh(1)", lambda: math.atanh(1)),
             ("fmod(1, 0)", lambda: math.fmod(1, 0)), ("isqrt(-1)", lambda: math.isqrt(-1)),
             ("comb(-1, 2)", lambda: math.comb(-1, 2)), ("exp2(2000)", lambda: math.exp2(2000)),
             ("ldexp(1.0, 5000)", lambda: math.ldexp(1.0, 5000)), ("dist((1,), (1, 2))", lambda: math.dist((1,), (1, 2))),
             ("remainder(1, 0)", lambda: math.remainder(1, 0)), ("ldexp(1.0, 2.0)", lambda: math.ldexp(1.0, 2.0))]
for text, call in bad_calls:
    try:
        call()
    except (ValueError, OverflowError, TypeError) as e:
        print(text, "->", type(e).__name__ + ":", e)
