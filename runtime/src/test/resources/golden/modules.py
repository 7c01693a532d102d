import math
import random
import time
from math import sqrt, pi as PI
import math as m
print(math.sqrt(2), sqrt(16), PI, m.floor(-2.5), math.ceil(-2.5), math.e, math.inf, math.isclose(1.0, 1.0 + 1e-10))
print(math.exp(1), math.log(100, 10), math.log(8, 2), math.log10(1000), math.sin(0), math.cos(0), math.tanh(0.5))
print(math.factorial(20), math.gcd(12, 18), math.fabs(-2), math.pow(2, 0.5), math.isnan(float("nan")), math.trunc(-2.7))
random.seed(42)
print(random.random(), random.randint(1, 10), random.uniform(0, 1), random.choice("abcdef"))
items = list(range(10))
random.shuffle(items)
print(items, random.randrange(0, 100, 5), random.sample(range(100), 3))
random.seed(0)
print(random.random(), random.gauss(0, 1), random.gauss(0, 1))
random.seed("text seed")
print(random.random())
start = time.time()
t0 = time.perf_counter()
time.sleep(0.01)
print(time.perf_counter() - t0 >= 0.009, time.time() >= start)
try:
    import notamodule
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
