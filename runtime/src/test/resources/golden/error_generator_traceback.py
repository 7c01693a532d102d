# An error inside a generator, reached through a generator expression: the traceback has a frame
# for each (output from CPython 3.11, less the ^ marker lines Kindling does not print).
def scale(values, k):
    for v in values:
        yield v / k


print(list(scale([1, 2], 1)))
print(sum(x * 2 for x in scale([1, 2], 0)))
print("never")
