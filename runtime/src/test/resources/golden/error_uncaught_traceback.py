def inner(values):
    return values[10]


def outer():
    data = [1, 2, 3]
    return inner(data)


print("before")
outer()
print("never")
