def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [1][3]
    if kind == "zero":
        return 1 / 0
    if kind == "type":
        return 1 + "a"
    if kind == "attr":
        return (1).nope
    if kind == "name":
        return undefined_name
    return "fine"

for kind in ["value", "key", "index", "zero", "type", "attr", "name", "none"]:
    try:
        print(risky(kind))
    except (KeyError, IndexError) as e:
        print("lookup:", type(e).__name__, e)
    except ArithmeticError as e:
        print("arith:", e)
    except Exception as e:
        print("other:", type(e).__name__, e, e.args)
    else:
        print("no error")
    finally:
        pass

class AppError(Exception):
    pass

class DataError(AppError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

try:
    raise DataError("broken", 42)
except AppError as e:
    print(type(e).__name__, e, e.code, isinstance(e, Exception), repr(e))

def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling, then re-raising")
        raise

try:
    reraise()
except ZeroDivisionError as e:
    print("outer caught:", e)

def finally_order():
    try:
        return "from try"
    finally:
        print("finally runs first")
print(finally_order())

try:
    try:
        raise KeyError("k")
    finally:
        print("inner finally")
except KeyError as e:
    print("caught", repr(e), str(e))

try:
    raise RuntimeError
except RuntimeError as e:
    print("bare class raised:", repr(e), "|", e, "|")

try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("assert:", e)

try:
    int("abc")
except ValueError as e:
    print(e)
try:
    float("x1")
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
try:
    nothing = None
    nothing()
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    "a" < 1
except TypeError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    raise ValueError("with", "two args")
except ValueError as e:
    print(e, e.args)
