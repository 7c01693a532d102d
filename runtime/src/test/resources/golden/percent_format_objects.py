# printf-style %d/%f take an object's __index__/__float__, as CPython does (output from CPython 3.11).
class Celsius:
    def __init__(self, v): self.v = v
    def __float__(self): return float(self.v)
class Count:
    def __index__(self): return 7
print("%.1f|%d|%x|%s" % (Celsius(21.5), Count(), Count(), "a"))
try:
    print("%d" % [1])
except TypeError as e:
    print(e)
try:
    print("%f" % "x")
except TypeError as e:
    print(e)
