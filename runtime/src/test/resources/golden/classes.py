class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"Animal({self.name!r})"

    def __str__(self):
        return f"<{self.name}>"


class Dog(Animal):
    kind = "dog"

    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)

    def speak(self):
        return super().speak() + " (woof)"


a = Animal("generic")
d = Dog("rex", ["sit"])
print(a, repr(a), str(d), [a, d])
print(a.speak(), "|", d.speak())
print(Animal.count, Dog.kind, d.kind, a.kind, type(d).__name__, type(d) is Dog)
print(isinstance(d, Animal), isinstance(a, Dog), issubclass(Dog, Animal), Dog.__base__.__name__)
print(hasattr(d, "tricks"), getattr(d, "missing", "none"), d.__class__.__name__)
setattr(d, "age", 3)
print(d.age, d.__dict__)


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        return iter((self.x, self.y))

    def __call__(self, scale):
        return self * scale

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


v = Vector(1, 2)
w = Vector(3, 4)
print(v + w, v * 3, 2 * v, -v, v == Vector(1, 2), v != w, len(v), v[1], list(v), v(10))
print(sorted([w, v]), {v: "a"}[Vector(1, 2)], bool(Vector(0, 0)), max(v, w))
x, y = w
print(x, y)


class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)
        return self

    @property
    def top(self):
        return self._items[-1]

    @staticmethod
    def describe():
        return "a stack"

    @classmethod
    def of(cls, *items):
        s = cls()
        for i in items:
            s.push(i)
        return s


s = Stack.of(1, 2, 3)
print(s.top, Stack.describe(), s.describe(), type(s).__name__)
print(Animal.__name__, Dog.__qualname__, Dog.speak.__qualname__)
