x = y = 5
x += 1
y -= 2
print(x, y)
a, b = 1, 2
a, b = b, a
print(a, b)
items = [1, 2]
items[0] += 10
items += [3]
print(items)
class Box:
    pass
box = Box()
box.v = 1
box.v *= 5
print(box.v)
d = {}
d["k"] = 1
d["k"] += 1
print(d)
for i in range(3):
    if i == 1:
        continue
    print("for", i)
else:
    print("for done")
for i in range(10):
    if i == 2:
        break
else:
    print("not printed")
n = 0
while n < 3:
    n += 1
else:
    print("while done", n)
if n == 1:
    print("one")
elif n == 3:
    print("three")
else:
    print("other")
del d["k"]
print(d)
lst = [0, 1, 2, 3, 4]
del lst[1], lst[-1]
print(lst)
del lst[::2]
print(lst)
v = 1
del v
try:
    print(v)
except NameError as e:
    print(e)
assert True
class Manager:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None, value)
        return kind is ZeroDivisionError
with Manager("a") as m, Manager("b"):
    print("inside", m)
with Manager("c"):
    1 / 0
print("suppressed")
def scope_demo():
    global counter
    counter = 10
scope_demo()
print(counter)
x: int = 5
print(x)
pass; print("semicolons"); z = 3
print(z)
